import { validateLocks, type EventFile, type LockedMeeting, type Schedule } from '../../solver';
import { AppError, invalid } from './errors';
import { loadEvent } from './event-access';
import { resolveEvent } from './merge-preferences';
import type { AppDeps } from './ports';

/** Everything a solve of one event starts from, read at one revision. */
export interface SolverInput {
  event: EventFile;
  locks: LockedMeeting[];
  previous: Schedule | null;
  revision: number;
}

/**
 * The event as the solver must see it (the clusters' wishes merged, declines
 * as neverMeet), its locks and the schedule to stay close to. 404, 422 or 409 when it
 * cannot be solved as it stands.
 */
export async function loadSolverInput(deps: Pick<AppDeps, 'store'>, eventId: string): Promise<SolverInput> {
  const { event: base, revision } = await loadEvent(deps, eventId);
  const [preferences, locks, published, draft] = await Promise.all([
    deps.store.getAllPreferences(eventId),
    deps.store.getLocks(eventId),
    deps.store.getSchedule(eventId),
    deps.store.getDraft(eventId),
  ]);
  // Move as little as possible from what was announced, else from the draft being worked on.
  const previous = published ?? draft?.schedule ?? null;
  const resolved = resolveEvent(base, preferences, { declinesAsNeverMeet: true });
  if (!resolved.ok) throw invalid('the event cannot be solved as it stands', resolved.problems);
  const stale = validateLocks(resolved.event, locks);
  if (stale.length > 0) throw new AppError('conflict', 'locked meetings do not fit the event', stale);
  return { event: resolved.event, locks, previous, revision };
}
