/**
 * The console reads the API through its own types
 * (src/browser/console/console-api-types.ts): the use cases' results must fit
 * them. These checks fail the type check (`npm run typecheck`, and ts-jest)
 * when either side changes alone.
 */
import type { CreatedEvent } from '../../../src/app/create-event';
import type { ClusterAccess } from '../../../src/app/event-access';
import type { ClusterStatus } from '../../../src/app/list-clusters';
import type { EventSummary } from '../../../src/app/list-events';
import type { JobView as AppJobView } from '../../../src/app/ports';
import type { PublishedDraft } from '../../../src/app/publish-draft';
import type { DraftChanges } from '../../../src/app/schedule-changes';
import type * as Console from '../../../src/browser/console/console-api-types';

/** Compiles only when `A` can be used where `B` is expected. */
const fits = <A extends B, B>(): true => true;

describe('the API as the console reads it', () => {
  it('fits what the use cases return', () => {
    expect(fits<{ events: EventSummary[] }, Console.EventList>()).toBe(true);
    expect(fits<CreatedEvent, Console.CreatedEvent>()).toBe(true);
    expect(fits<{ clusters: ClusterStatus[] }, Console.ClusterList>()).toBe(true);
    expect(fits<ClusterAccess, Console.ReissuedLink>()).toBe(true);
    expect(fits<AppJobView, Console.JobView>()).toBe(true);
    expect(fits<DraftChanges, Console.ScheduleChanges>()).toBe(true);
    expect(fits<PublishedDraft, Console.Published>()).toBe(true);
  });
});
