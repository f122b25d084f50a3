/**
 * The page reads the API through its own types (src/browser/api-types.ts):
 * the use cases' results must fit them. These checks fail the type check
 * (`npm run typecheck`, and ts-jest) when either side changes alone.
 */
import type { Suggestion } from '../../solver';
import type { Agenda } from '../../src/app/get-agenda';
import type { Overview } from '../../src/app/get-overview';
import type { PreferencesView } from '../../src/app/get-preferences';
import type * as Page from '../../src/browser/api-types';

/** Compiles only when `A` can be used where `B` is expected. */
const fits = <A extends B, B>(): true => true;

describe('the API as the page reads it', () => {
  it('fits what the use cases return', () => {
    expect(fits<Overview, Page.Overview>()).toBe(true);
    expect(fits<PreferencesView, Page.PreferencesView>()).toBe(true);
    expect(fits<{ suggestions: Suggestion[] }, Page.SuggestionsView>()).toBe(true);
    expect(fits<Agenda, Page.AgendaView>()).toBe(true);
  });
});
