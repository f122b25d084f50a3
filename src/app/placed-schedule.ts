/**
 * A schedule whose meetings the organiser placed by hand, or a draft to
 * publish: rebuilt from the placements and judged by the independent
 * checker, whose verdict is the only one.
 */
import { checkSchedule, scheduleFromMeetings, type EventFile, type LockedMeeting, type PlacedMeeting, type Problem, type Schedule } from '../../solver';

/** Fields of a meeting the server works out itself: the checker's word on them is not about the placement. */
const DERIVED = /^meetings\[\d+\]\.(value|why|reasons|start|end)(\[|\.|$)/;
/** What the organiser's placements answer for: the meetings, the must-meet pairs and the locks. */
const PLACEMENT = /^(meetings\[\d+\]|constraints\.mustMeet\[\d+\]|locks\[\d+\])/;

export type PlacedResult = { ok: true; schedule: Schedule } | { ok: false; problems: Problem[] };

/**
 * The schedule of `placed` for `event` (the clusters' wishes merged), with
 * values, reasons, unmet requests and stats recomputed. `base` is the schedule
 * edited: its bound is kept, and a proven optimum stays one while the edit
 * loses nothing against it (a move between free places). Not
 * `ok` with one located problem per broken rule; a pair without value is
 * allowed (the organiser may add any meeting she likes).
 */
export function placedSchedule(event: EventFile, placed: readonly PlacedMeeting[], locks: readonly LockedMeeting[], base: Schedule | null): PlacedResult {
  const schedule = scheduleFromMeetings(event, placed, {
    locks,
    ...(base ? { upperBound: base.stats.upperBound } : {}),
    ...(base?.stats.optimal ? { optimal: { covered: base.stats.covered } } : {}),
  });
  const all = checkSchedule(event, schedule, [...locks]);
  const problems = all.filter((p) => PLACEMENT.test(p.path) && !DERIVED.test(p.path) && p.code !== 'no_value');
  if (problems.length > 0) return { ok: false, problems };
  // Sound placements give a whole schedule: anything else the checker finds is ours to fix.
  const own = all.filter((p) => p.code !== 'no_value' && !(DERIVED.test(p.path) && p.code === 'empty'));
  if (own.length > 0) throw new Error(`schedule rebuilt from placements fails the checker: ${own.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return { ok: true, schedule };
}
