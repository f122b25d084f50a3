import { eventOnTheDay, locksOnTheDay, validateLocks, type Absence, type EventFile, type LockedMeeting, type PlacedMeeting, type Schedule } from '../../solver';
import { solverAbsences } from './absences';
import { AppError, invalid } from './errors';
import { loadEvent } from './event-access';
import { resolveEvent } from './merge-preferences';
import type { AppDeps } from './ports';

/** Everything a solve of one event starts from, read at one revision. */
export interface SolverInput {
  /** With the clusters' wishes merged; what the absences void is the solver's to leave out (see {@link onTheDay}). */
  event: EventFile;
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
  return { event: resolved.event, locks, absences, previous, revision };
}

/**
 * The event and the locks that a schedule of the day is checked against: the
 * absences void the required meetings and the locks of absent clusters,
 * except the required meetings that the schedule holds (held before the absence).
 */
export function onTheDay(input: SolverInput, meetings: readonly PlacedMeeting[]): { event: EventFile; locks: LockedMeeting[] } {
  return { event: eventOnTheDay(input.event, input.absences, meetings), locks: locksOnTheDay(input.event, input.locks, input.absences) };
}
