/**
 * A schedule of meetings placed by hand (moved, added or removed by the
 * organiser): times, values, explanations and stats are worked out from the
 * event, never taken from the placements.
 */
import { normalizeEvent } from '../model/normal-event';
import { pairKey } from '../model/pair-key';
import type { EventFile, LockedMeeting, Meeting, Schedule } from '../model/types';
import { Board } from '../search/board';
import { buildInstance } from '../search/instance';
import { formatInZone } from '../time/zoned-time';
import { englishReasons } from '../value/english';
import { pairValues, pairWhy } from '../value/pair-value';
import { unmetRequests } from './unmet';

/** Where a meeting takes place: all that a hand edit says. */
export interface PlacedMeeting {
  clusters: readonly [string, string];
  round: number;
  table: string;
}

export interface PlacedScheduleOptions {
  /** The organiser's locks: a placement at a lock's round and table is marked locked. */
  locks?: readonly LockedMeeting[];
  /** A proven upper bound of the value (that of the schedule edited); the value when absent. */
  upperBound?: number;
  /**
   * The edited schedule was proven optimal, with this coverage: the new one is
   * too while its value reaches the bound (and, for `"fair"`, its coverage
   * that of the edited one).
   */
  optimal?: { covered: number };
}

const lockKey = (clusters: readonly [string, string], round: number, table: string): string =>
  `${pairKey(clusters[0], clusters[1])}\u0000${round}\u0000${table}`;

/**
 * The schedule v1 of the placements, in their order (so that the checker's
 * paths name them as given), each pair's clusters in ascending order.
 *
 * Total: placements that break the rules (unknown clusters or rounds, a
 * cluster twice in a round…) still give a schedule, for the checker to
 * report; its `unmet` is then empty. Reads its inputs only.
 */
export function scheduleFromMeetings(event: EventFile, placed: readonly PlacedMeeting[], options: PlacedScheduleOptions = {}): Schedule {
  const normal = normalizeEvent(event);
  const zone = normal.zone;
  const rounds = normal.slots.map((s) => ({ index: s.index, start: formatInZone(s.startMs, zone), end: formatInZone(s.endMs, zone) }));
  const pairs = pairValues(normal);
  const locked = new Set((options.locks ?? []).map((l) => lockKey(l.clusters, l.round, l.table)));

  const meetings = placed.map((p): Meeting => {
    const [x, y] = p.clusters;
    const clusters: [string, string] = x <= y ? [x, y] : [y, x];
    const key = pairKey(clusters[0], clusters[1]);
    const isLocked = locked.has(lockKey(clusters, p.round, p.table));
    const why = pairWhy(pairs.get(key), { mustMeet: normal.mustMeet.has(key), locked: isLocked });
    const round = rounds[p.round - 1];
    return {
      clusters,
      round: p.round,
      table: p.table,
      start: round?.start ?? '',
      end: round?.end ?? '',
      value: pairs.get(key)?.value ?? 0,
      reasons: englishReasons(why),
      why,
      ...(isLocked ? { locked: true } : {}),
    };
  });

  const value = meetings.reduce((sum, m) => sum + m.value, 0);
  const upperBound = Math.max(value, options.upperBound ?? value);
  const covered = new Set(meetings.flatMap((m) => m.clusters)).size;
  const proven = options.optimal;
  const optimal = proven !== undefined && value >= upperBound - 1e-9 && (normal.objective !== 'fair' || covered >= proven.covered);
  const board = soundBoard(normal, meetings);
  return {
    eventId: event.event.id,
    rounds,
    meetings,
    unmet: board ? unmetRequests(normal, board, false) : [],
    stats: {
      objective: normal.objective,
      value,
      covered,
      upperBound,
      optimal,
      idleRounds: board ? board.idle() : 0,
      // No bound: nothing was searched, so nothing is proven about the idle time of these placements.
      ...(board ? { idle: board.idleCost() } : {}),
      rounds: rounds.length,
      meetings: meetings.length,
      solveMs: 0,
    },
  };
}

/**
 * The meetings on a board (each placed as a lock is), when they can be: known
 * and distinct clusters, existing rounds, one meeting per cluster and round,
 * one per pair, within the caps. `null` otherwise.
 */
function soundBoard(normal: ReturnType<typeof normalizeEvent>, meetings: readonly Meeting[]): Board | null {
  const seen = new Set<string>();
  const count = new Map<string, number>();
  for (const m of meetings) {
    const [a, b] = m.clusters;
    const pair = pairKey(a, b);
    if (a === b || !normal.byId.has(a) || !normal.byId.has(b) || !normal.slots[m.round - 1] || seen.has(pair)) return null;
    seen.add(pair);
    for (const id of m.clusters) {
      const key = `${m.round}\u0000${id}`;
      if (seen.has(key)) return null;
      seen.add(key);
      count.set(id, (count.get(id) ?? 0) + 1);
      if (count.get(id)! > normal.cap.get(id)!) return null;
    }
  }
  return new Board(buildInstance(normal, meetings));
}
