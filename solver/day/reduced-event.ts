/**
 * The rest of the day as an event of its own, on the same round grid: each
 * cluster available only in the rounds not started and outside its absence,
 * its cap reduced by the meetings it already held, the pairs that already met
 * forbidden, and the required pairs already met no longer required. Solving
 * it places only what may still change.
 */
import { isAvailable, normalizeEvent } from '../model/normal-event';
import { pairKey } from '../model/pair-key';
import type { ClusterInput, EventFile, TimeWindow } from '../model/types';
import type { PlacedMeeting } from '../output/schedule-from-meetings';
import type { RoundSlot } from '../time/round-grid';
import { formatInZone, wallClockToInstant } from '../time/zoned-time';

/** What the day has settled so far. */
export interface DaySoFar {
  /** Rounds 1..started have started: nothing new goes in them. */
  started: number;
  /** Cluster id → the 1-based rounds it misses. */
  absent: ReadonlyMap<string, ReadonlySet<number>>;
  /** The meetings held in the started rounds. */
  frozen: readonly PlacedMeeting[];
}

const MINUTE = 60_000;
/** How far before a first round, or after a last one, a window's end may be looked for. */
const SEARCH_MINUTES = 120;

/** The wall clock of an instant in the zone (date and `HH:MM`), when it reads back as that very instant. */
function exactWallClock(ms: number, zone: string): { date: string; time: string } | null {
  const text = formatInZone(ms, zone);
  const wall = { date: text.slice(0, 10), time: text.slice(11, 16) };
  return wallClockToInstant(wall.date, wall.time, zone) === ms ? wall : null;
}

/** The first instant, minute by minute from `from` by `step`, strictly before `limit` is reached, that reads back from its wall clock. */
function findExact(from: number, step: number, limit: number, zone: string) {
  for (let ms = from; step > 0 ? ms < limit : ms > limit; ms += step) {
    const wall = exactWallClock(ms, zone);
    if (wall) return wall;
  }
  return null;
}

/**
 * The window of the rounds `run` (consecutive in the grid `all`): it starts
 * after the previous round's start and ends before the next round's end, so
 * that it holds exactly these rounds, at wall-clock times that read back as
 * one instant (not in the hour that a DST change repeats). `null` when there
 * is none.
 */
function windowOfRun(run: readonly RoundSlot[], all: readonly RoundSlot[], zone: string): TimeWindow | null {
  const first = run[0];
  const last = run[run.length - 1];
  const before = all[first.index - 2];
  const after = all[last.index];
  const start = findExact(first.startMs, -MINUTE, before ? before.startMs : first.startMs - SEARCH_MINUTES * MINUTE, zone);
  const end = findExact(last.endMs, MINUTE, after ? after.endMs : last.endMs + SEARCH_MINUTES * MINUTE, zone);
  return start && end && start.date === end.date && start.time < end.time ? { date: start.date, start: start.time, end: end.time } : null;
}

/**
 * Windows holding exactly the given rounds (chronological, of the grid
 * `all`), one per run of consecutive rounds, on the wall clock of the zone.
 * A run that no window can hold (across midnight, or ending in the hour a
 * DST change repeats) loses rounds at its ends until one can: the cluster
 * then has fewer rounds, never more.
 */
export function windowsOfRounds(slots: readonly RoundSlot[], all: readonly RoundSlot[], zone: string): TimeWindow[] {
  const runs: RoundSlot[][] = [];
  for (const slot of slots) {
    const run = runs[runs.length - 1];
    if (run && slot.index === run[run.length - 1].index + 1) run.push(slot);
    else runs.push([slot]);
  }
  const windows: TimeWindow[] = [];
  for (const run of runs) {
    for (let from = 0, to = run.length; from < to; ) {
      const window = windowOfRun(run.slice(from, to), all, zone);
      if (window) {
        windows.push(window);
        // The rounds cut from the end make a run of their own.
        from = to;
        to = run.length;
      } else if (to - from === 1) {
        from = to;
        to = run.length;
      } else to--;
    }
  }
  return windows;
}

/** The event of the rounds left, from the event on the day (see `eventOnTheDay`). Reads its inputs only. */
export function reducedEvent(day: EventFile, soFar: DaySoFar): EventFile {
  const normal = normalizeEvent(day);
  const held = new Map<string, number>();
  const met = new Set<string>();
  for (const m of soFar.frozen) {
    met.add(pairKey(m.clusters[0], m.clusters[1]));
    for (const id of m.clusters) held.set(id, (held.get(id) ?? 0) + 1);
  }
  const clusters = day.clusters.map((c): ClusterInput => {
    const absent = soFar.absent.get(c.id);
    const count = held.get(c.id) ?? 0;
    const cap = count > 0 ? { maxMeetings: Math.max(0, normal.cap.get(c.id)! - count) } : {};
    if (soFar.started === 0 && !absent?.size) return { ...c, ...cap };
    const open = normal.slots.filter((s) => s.index > soFar.started && !absent?.has(s.index) && isAvailable(normal, c.id, s));
    return { ...c, ...cap, availability: windowsOfRounds(open, normal.slots, normal.zone) };
  });
  const constraints = day.constraints ?? {};
  const forbidden = new Set((constraints.neverMeet ?? []).map(([a, b]) => pairKey(a, b)));
  const newlyForbidden = soFar.frozen
    .map((m): [string, string] => [m.clusters[0], m.clusters[1]])
    .filter(([a, b]) => !forbidden.has(pairKey(a, b)));
  return {
    ...day,
    clusters,
    constraints: {
      ...constraints,
      mustMeet: (constraints.mustMeet ?? []).filter(([a, b]) => !met.has(pairKey(a, b))),
      neverMeet: [...(constraints.neverMeet ?? []), ...newlyForbidden],
    },
  };
}

/** The event with these pairs required too (`constraints.mustMeet`), those already required once. */
export function withRequiredPairs(event: EventFile, pairs: readonly (readonly [string, string])[]): EventFile {
  const mustMeet = event.constraints?.mustMeet ?? [];
  const required = new Set(mustMeet.map(([a, b]) => pairKey(a, b)));
  const added = pairs.filter(([a, b]) => !required.has(pairKey(a, b))).map(([a, b]): [string, string] => [a, b]);
  return { ...event, constraints: { ...event.constraints, mustMeet: [...mustMeet, ...added] } };
}
