import { eventOnTheDay, locksOnTheDay, validateLocks, type Absence, type EventFile, type LockedMeeting, type Schedule } from '../../solver';
import { solverAbsences } from './absences';
import { AppError, invalid } from './errors';
import { loadEvent } from './event-access';
import { resolveEvent } from './merge-preferences';
import type { AppDeps } from './ports';

/** Everything a solve of one event starts from, read at one revision. */
export interface SolverInput {
  /** With the clusters' wishes merged, and what absences void left out (see `eventOnTheDay`). */
  event: EventFile;
  /** Without those an absence voids (see `locksOnTheDay`). */
  locks: LockedMeeting[];
  /** The clusters marked absent on the day. */
  absences: Absence[];
  previous: Schedule | null;
  revision: number;
}

/**
 * The event as the solver must see it (the clusters' wishes merged, declines
 * as neverMeet), its locks, the absences of the day and the schedule to stay close to. 404, 422 or 409 when it
 * cannot be solved as it stands.
 */
export async function loadSolverInput(deps: Pick<AppDeps, 'store' | 'life'>, eventId: string): Promise<SolverInput> {
  const { event: base, revision } = await loadEvent(deps, eventId);
  const [preferences, locks, published, draft, stored] = await Promise.all([
    deps.store.getAllPreferences(eventId),
    deps.store.getLocks(eventId),
    deps.store.getSchedule(eventId),
    deps.store.getDraft(eventId),
    deps.life.getAbsences(eventId),
  ]);
  // Move as little as possible from what was announced, else from the draft being worked on.
  const previous = published ?? draft?.schedule ?? null;
  const resolved = resolveEvent(base, preferences, { declinesAsNeverMeet: true });
  if (!resolved.ok) throw invalid('the event cannot be solved as it stands', resolved.problems);
  const stale = validateLocks(resolved.event, locks);
  if (stale.length > 0) throw new AppError('conflict', 'locked meetings do not fit the event', stale);
  const absences = solverAbsences(stored);
  return { event: eventOnTheDay(resolved.event, absences), locks: locksOnTheDay(resolved.event, locks, absences), absences, previous, revision };
}
