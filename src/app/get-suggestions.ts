import { suggestPartners, type Suggestion } from '../../solver';
import { AppError } from './errors';
import { loadEvent } from './event-access';
import { resolveEvent } from './merge-preferences';
import type { AppDeps } from './ports';

/** Partners for a cluster, ranked by the engine's value, with reasons. */
export async function getSuggestions(
  deps: Pick<AppDeps, 'store'>,
  eventId: string,
  clusterId: string,
): Promise<{ clusterId: string; suggestions: Suggestion[] }> {
  const { event } = await loadEvent(deps, eventId);
  const resolved = resolveEvent(event, await deps.store.getAllPreferences(eventId), { declinesAsNeverMeet: true });
  if (!resolved.ok) throw new AppError('conflict', 'the event has problems the organiser must fix first', resolved.problems);
  return { clusterId, suggestions: suggestPartners(resolved.event, clusterId) };
}
