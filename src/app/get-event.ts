import type { EventFile } from '../../solver';
import { loadEvent } from './event-access';
import { mergePreferences, resolveEvent } from './merge-preferences';
import type { AppDeps } from './ports';

/**
 * The event file with the clusters' current requests and availability, so
 * that it can be edited and sent back with PUT. Declines are not folded into
 * `constraints.neverMeet` here: they stay the clusters' own.
 */
export async function getEvent(deps: Pick<AppDeps, 'store'>, eventId: string): Promise<EventFile> {
  const { event } = await loadEvent(deps, eventId);
  const preferences = await deps.store.getAllPreferences(eventId);
  const resolved = resolveEvent(event, preferences, { declinesAsNeverMeet: false });
  return resolved.ok ? resolved.event : mergePreferences(event, preferences, { declinesAsNeverMeet: false });
}
