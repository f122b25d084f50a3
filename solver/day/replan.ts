/**
 * Re-planning the rest of the day: the rounds started at `asOf` are frozen as
 * announced, the meetings of absent clusters are cancelled, the other
 * announced meetings stay where they are, and the rounds left are solved
 * again to give the clusters that lost a meeting new ones. Results are data,
 * never exceptions.
 */
import { normalizeEvent, pairAllowed, type NormalEvent } from '../model/normal-event';
import { pairKey } from '../model/pair-key';
import type { EventFile, LockedMeeting, Schedule } from '../model/types';
import { validateEvent } from '../model/validate-event';
import { lockProblems } from '../model/validate-locks';
import { withChanges } from '../output/compare-schedules';
import { scheduleFromMeetings, type PlacedMeeting } from '../output/schedule-from-meetings';
import { solve as solveWhole, type SolveOptions, type SolveResult } from '../solve';
import { pairValues } from '../value/pair-value';
import { absentRounds, dayProblems, eventOnTheDay, locksOnTheDay, startedRounds } from './absences';
import { Occupancy, sortPrevious } from './day-meetings';
import { reducedEvent, withRequiredPairs } from './reduced-event';

/** The result with its schedule's `stats.changes` against the previous publication, when there is one. */
export function resultWithChanges(result: SolveResult, previous: Schedule | undefined): SolveResult {
  return previous && result.schedule ? { ...result, schedule: withChanges(result.schedule, previous) } : result;
}

/** One solve of the rounds left: its placements, or the result that stopped it. */
interface Phase {
  result: SolveResult;
  placed: PlacedMeeting[];
}

const placementsOf = (result: SolveResult): PlacedMeeting[] =>
  (result.schedule?.meetings ?? []).map((m) => ({ clusters: m.clusters, round: m.round, table: m.table }));

/**
 * Puts back at its announced round and table every kept meeting that the
 * solve moved, wherever that place and both clusters are free: a move stays
 * only where it is needed.
 */
function moveBack(placed: PlacedMeeting[], kept: readonly PlacedMeeting[]): PlacedMeeting[] {
  const out = placed.map((m) => ({ ...m }));
  const announced = new Map(kept.map((k) => [pairKey(k.clusters[0], k.clusters[1]), k]));
  let changed = true;
  while (changed) {
    changed = false;
    out.forEach((m, i) => {
      const was = announced.get(pairKey(m.clusters[0], m.clusters[1]));
      if (!was || (was.round === m.round && was.table === m.table)) return;
      const blocked = out.some(
        (o, j) => j !== i && o.round === was.round && (o.table === was.table || o.clusters.some((id) => m.clusters.includes(id))),
      );
      if (blocked) return;
      out[i] = { clusters: m.clusters, round: was.round, table: was.table };
      changed = true;
    });
  }
  return out;
}

/**
 * True when a cluster that lost a meeting is still below its cap after the
 * first solve, with a partner of value it has not met and could still meet:
 * only then may moving the kept meetings give it one.
 */
function someoneCouldGainByMoves(reduced: NormalEvent, losers: ReadonlySet<string>, placed: readonly PlacedMeeting[]): boolean {
  const count = new Map<string, number>();
  const met = new Set<string>();
  for (const m of placed) {
    met.add(pairKey(m.clusters[0], m.clusters[1]));
    for (const id of m.clusters) count.set(id, (count.get(id) ?? 0) + 1);
  }
  const below = (id: string) => (count.get(id) ?? 0) < (reduced.cap.get(id) ?? 0);
  for (const info of pairValues(reduced).values()) {
    const key = pairKey(info.a, info.b);
    if (!(losers.has(info.a) || losers.has(info.b)) || met.has(key) || reduced.neverMeet.has(key)) continue;
    if (!below(info.a) || !below(info.b)) continue;
    if (reduced.slots.some((s) => pairAllowed(reduced, info.a, info.b, s))) return true;
  }
  return false;
}

/** The options of a solve of the rounds left, from the caller's. */
function phaseOptions(options: SolveOptions, timeLimitMs: number | undefined, locks: LockedMeeting[], progress: (p: number) => void): SolveOptions {
  return {
    seed: options.seed,
    now: options.now,
    method: options.method,
    exactPairLimit: options.exactPairLimit,
    idleNodes: options.idleNodes,
    idleSearchLimit: options.idleSearchLimit,
    locks,
    onProgress: progress,
    ...(timeLimitMs !== undefined ? { timeLimitMs } : {}),
  };
}

/**
 * Re-plans the rest of the day at `options.asOf` with `options.absences`
 * (see `SolveOptions`): the meetings of `options.previous` in the rounds
 * started are kept exactly, those of a cluster absent at their round are
 * cancelled, the others stay at their round and table unless moving some is
 * the only way to give more meetings, and the rounds left get new meetings
 * where the rules allow. The schedule is one of `eventOnTheDay(event,
 * absences, schedule.meetings)` with `locksOnTheDay(event, locks, absences)` as locks, with
 * `stats.changes` against `previous`. Its `upperBound` bounds the value of
 * the re-plans that keep what was held; it is never proven optimal.
 * `onIncumbent` is not called. Pure: reads its inputs only.
 */
export function replan(event: EventFile, options: SolveOptions = {}): SolveResult {
  const now = options.now;
  const startedAt = now?.() ?? 0;
  const limit = options.timeLimitMs ?? 30_000;
  const progress = options.onProgress ?? (() => undefined);
  const absences = options.absences ?? [];
  const locks = options.locks ?? [];

  const validation = validateEvent(event);
  if (!validation.ok) return { status: 'invalid', schedule: null, problems: validation.problems };
  const inputProblems = [...dayProblems(event, options.asOf, absences), ...lockProblems(normalizeEvent(event), locks)];
  if (inputProblems.length > 0) return { status: 'invalid', schedule: null, problems: inputProblems };

  const started = options.asOf === undefined ? 0 : startedRounds(event, options.asOf);
  const absent = absentRounds(event, absences);
  const day = eventOnTheDay(event, absences);
  const dayLocks = locksOnTheDay(event, locks, absences);
  const { frozen, later } = sortPrevious(normalizeEvent(day), options.previous?.meetings ?? [], dayLocks, started, absent);
  const reduced = reducedEvent(day, { started, absent, frozen });
  const reducedValidation = validateEvent(reduced);
  if (!reducedValidation.ok) return { status: 'invalid', schedule: null, problems: reducedValidation.problems };
  const rest = normalizeEvent(reduced);

  // The organiser's locks of the rounds left first, then the announced meetings that still fit around them.
  const lateLocks = dayLocks.filter((l) => l.round > started);
  const lateLockProblems = lockProblems(rest, lateLocks).map((p) => ({ ...p, path: p.path.replace(/^locks\[(\d+)\]/, (_, k) => `locks[${locks.indexOf(lateLocks[Number(k)])}]`) }));
  if (lateLockProblems.length > 0) return { status: 'invalid', schedule: null, problems: lateLockProblems };
  const values = pairValues(rest);
  const room = new Occupancy(rest, (id) => rest.cap.get(id)!);
  for (const lock of lateLocks) room.add(lock);
  // Each announced meeting that fits takes its place in `room`, so that the next ones are judged around it.
  const kept = later.filter((m) => {
    const [a, b] = m.clusters;
    const key = pairKey(a, b);
    const slot = rest.slots[m.round - 1];
    const worth = (values.get(key)?.value ?? 0) > 0 || rest.mustMeet.has(key);
    return worth && !!slot && !rest.neverMeet.has(key) && rest.byId.has(a) && rest.byId.has(b) && pairAllowed(rest, a, b, slot) && room.add(m);
  });
  const keptLocks = kept.map((m): LockedMeeting => ({ clusters: [m.clusters[0], m.clusters[1]], round: m.round, table: m.table }));

  // Clusters of the announced meetings that did not survive: those whom a move might give a meeting back.
  const keptPairs = new Set(kept.map((m) => pairKey(m.clusters[0], m.clusters[1])));
  const lateLockPairs = new Set(lateLocks.map((l) => pairKey(l.clusters[0], l.clusters[1])));
  const losers = new Set(
    (options.previous?.meetings ?? [])
      .filter((m) => m.round > started && !keptPairs.has(pairKey(m.clusters[0], m.clusters[1])) && !lateLockPairs.has(pairKey(m.clusters[0], m.clusters[1])))
      .flatMap((m) => m.clusters),
  );
  const mayMove = kept.length > 0 && losers.size > 0;
  const remaining = () => (now ? Math.max(0, limit - (now() - startedAt)) : undefined);
  const firstLimit = now ? (mayMove ? limit / 2 : limit) : undefined;

  // Phase 1: nothing announced moves. Phase 2, only when someone might gain by it: the kept pairs are required but movable.
  const firstResult = solveWhole(reduced, phaseOptions(options, firstLimit, [...lateLocks, ...keptLocks], (p) => progress(p * (mayMove ? 0.5 : 1))));
  const first: Phase = { result: firstResult, placed: placementsOf(firstResult) };
  let chosen = first;
  const firstOk = first.result.schedule !== null;
  if (mayMove && (!firstOk || someoneCouldGainByMoves(rest, losers, [...frozen, ...first.placed]))) {
    const movable = withRequiredPairs(reduced, kept.map((m) => m.clusters));
    const second = solveWhole(movable, {
      ...phaseOptions(options, remaining(), lateLocks, (p) => progress(50 + p * 0.5)),
      previous: scheduleFromMeetings(reduced, kept),
    });
    if (second.schedule && (!firstOk || second.schedule.meetings.length > first.placed.length)) {
      chosen = { result: second, placed: moveBack(placementsOf(second), kept) };
    }
  }
  if (!chosen.result.schedule) return chosen.result;

  // Whatever the solve of the rounds left placed lies outside the started rounds and the absences.
  const placed = chosen.placed.filter((m) => m.round > started && !m.clusters.some((id) => absent.get(id)?.has(m.round)));
  const meetings = [...frozen, ...placed].sort((x, y) => x.round - y.round);
  // The required meetings held before an absence stay required ones, with their reason.
  const schedule = scheduleFromMeetings(eventOnTheDay(event, absences, meetings), meetings, { locks: dayLocks });
  const frozenValue = schedule.meetings.filter((m) => m.round <= started).reduce((sum, m) => sum + m.value, 0);
  const bound = Math.max(...[first, chosen].map((p) => p.result.schedule?.stats.upperBound ?? 0));
  // The reasons of the rounds left, as their solve found them (an absent cluster's "no common round"), where it knows them.
  const causes = new Map(chosen.result.schedule.unmet.map((u) => [`${u.from}\u0000${u.to}`, u]));
  const result: SolveResult = {
    status: [first, chosen].some((p) => p.result.status === 'timedout') ? 'timedout' : 'feasible',
    schedule: {
      ...schedule,
      unmet: schedule.unmet.map((u) => causes.get(`${u.from}\u0000${u.to}`) ?? u),
      stats: {
        ...schedule.stats,
        upperBound: Math.max(schedule.stats.value, frozenValue + bound),
        solveMs: now ? Math.round(now() - startedAt) : 0,
      },
    },
    problems: [],
  };
  progress(100);
  return resultWithChanges(result, options.previous);
}
