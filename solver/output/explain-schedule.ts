/**
 * The explanations of a schedule that was not built by this solve: a file
 * written before `why` and `cause` existed, or meetings edited by hand. They
 * are recomputed from the event, never trusted from the input.
 */
import { normalizeEvent } from '../model/normal-event';
import { pairKey } from '../model/pair-key';
import type { EventFile, LockedMeeting, Schedule } from '../model/types';
import { Board } from '../search/board';
import { buildInstance } from '../search/instance';
import { englishReasons } from '../value/english';
import { pairValues, pairWhy } from '../value/pair-value';
import { unmetRequests } from './unmet';

/**
 * The schedule with every meeting's `why` and `reasons` and every unmet
 * request's `cause` and `reason` worked out from the event. Assumes the
 * schedule passed the checker; reads its inputs only.
 */
export function explainSchedule(event: EventFile, schedule: Schedule): Schedule {
  const normal = normalizeEvent(event);
  const pairs = pairValues(normal);
  const meetings = schedule.meetings.map((m) => {
    const key = pairKey(m.clusters[0], m.clusters[1]);
    const why = pairWhy(pairs.get(key), { mustMeet: normal.mustMeet.has(key), locked: m.locked === true });
    return { ...m, why, reasons: englishReasons(why) };
  });
  // The causes need the schedule as a board: every meeting placed as a lock is.
  const asLocks: LockedMeeting[] = schedule.meetings.map((m) => ({ clusters: m.clusters, round: m.round, table: m.table }));
  const board = new Board(buildInstance(normal, asLocks));
  return { ...schedule, meetings, unmet: unmetRequests(normal, board, schedule.stats.optimal) };
}
