/**
 * « Vos retours » and the « Bilan » read the API through their own types
 * (src/browser/api-types.ts, src/browser/console/report-types.ts): the use
 * cases' results must fit them, so a change on either side alone fails the
 * type check.
 */
import type { FeedbackView } from '../../src/app/feedback';
import type { EventReport } from '../../src/app/get-report';
import type * as Page from '../../src/browser/api-types';
import type * as Report from '../../src/browser/console/report-types';

const fits = <A extends B, B>(): true => true;

describe('the feedback and report API as the pages read them', () => {
  it('fits what the use cases return', () => {
    expect(fits<FeedbackView, Page.FeedbackView>()).toBe(true);
    expect(fits<Page.FeedbackBody['meetings'][number], Omit<FeedbackView['meetings'][number], 'answeredAt'>>()).toBe(true);
    expect(fits<EventReport, Report.EventReport>()).toBe(true);
  });
});
