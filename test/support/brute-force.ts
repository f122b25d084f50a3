/**
 * Exact optimum of tiny events by exhaustive search, to test the solver
 * against. It uses the independent checker's rules (grid, values, caps,
 * availability, meeting windows), never the solver's code.
 */
import { deriveRules, VALUE_EPSILON } from '../../solver/check/check-rules';
import { pairKey } from '../../solver/model/pair-key';
import type { EventFile } from '../../solver/model/types';

/** The optimal scores of an event. */
export interface BruteForceResult {
  /** Clusters with at least one meeting. */
  covered: number;
  /** Total value of the meetings. */
  value: number;
  /** Idle rounds, minimised once the objective is optimal. */
  idleRounds: number;
}

/** An optimal solution: its scores and one set of meetings achieving them. */
export interface BruteForceSolution extends BruteForceResult {
  /**
   * Idle time by the event's `idleMeasure` (rounds by default), minimised once
   * the objective is optimal; `idleRounds` is then that solution's idle rounds.
   */
  idle: number;
  /** Ascending cluster ids and a round; tables are free within the table count. */
  meetings: { clusters: [string, string]; round: number }[];
}

/** Largest instances the search accepts; beyond them it would take too long. */
export const BRUTE_FORCE_LIMITS = { clusters: 7, rounds: 3 } as const;

/** Options of {@link bruteForceSolution}. */
export interface BruteForceOptions {
  /** Cut branches that cannot beat the best found; off only to test the cut. @defaultValue true */
  prune?: boolean;
  /** Largest instance searched: forum-type events (every pair required) allow more rounds. @defaultValue BRUTE_FORCE_LIMITS */
  limits?: { clusters: number; rounds: number };
}

interface Candidate {
  a: number;
  b: number;
  value: number;
  must: boolean;
  /** Rounds (0-based) in which both clusters are available, inside the pair's meeting windows. */
  rounds: number[];
}

/**
 * The exact lexicographic optimum: for `"fair"` (covered, value) then least
 * idle time; for `"total"` value then least idle time, by the event's
 * `idleMeasure`. Returns `null` when the must-meet pairs cannot all be scheduled.
 *
 * @throws RangeError above `limits` ({@link BRUTE_FORCE_LIMITS}).
 */
export function bruteForceSolution(event: EventFile, { prune = true, limits = BRUTE_FORCE_LIMITS }: BruteForceOptions = {}): BruteForceSolution | null {
  const rules = deriveRules(event);
  const ids = event.clusters.map((c) => c.id);
  const grid = rules.grid;
  if (ids.length > limits.clusters || grid.length > limits.rounds) {
    throw new RangeError(`brute force takes at most ${limits.clusters} clusters and ${limits.rounds} rounds`);
  }
  const gaps = event.event.idleMeasure === 'gaps';
  const fair = (event.event.objective ?? 'fair') === 'fair';

  const candidates: Candidate[] = [];
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < ids.length; b++) {
      const key = pairKey(ids[a], ids[b]);
      const must = rules.mustMeet.has(key);
      const value = rules.pairValue(ids[a], ids[b]);
      if (rules.neverMeet.has(key)) {
        if (must) return null;
        continue;
      }
      if (value <= 0 && !must) continue;
      const allowed = (r: (typeof grid)[number]) => rules.available(ids[a], r) && rules.available(ids[b], r) && rules.insideMeetingWindow(ids[a], ids[b], r);
      const rounds = grid.flatMap((r, i) => (allowed(r) ? [i] : []));
      if (rounds.length === 0 && must) return null;
      if (rounds.length > 0) candidates.push({ a, b, value, must, rounds });
    }
  }
  // A must-meet pair naming an unknown cluster can never be scheduled.
  const known = new Set(ids);
  for (const [a, b] of event.constraints?.mustMeet ?? []) if (!known.has(a) || !known.has(b) || a === b) return null;
  // Must-meet pairs first, then the most valuable: good schedules come early and prune more.
  candidates.sort((x, y) => Number(y.must) - Number(x.must) || y.value - x.value);

  const caps = ids.map((id) => rules.cap(id));
  const busy = ids.map(() => grid.map(() => false));
  const count = ids.map(() => 0);
  const perRound = grid.map(() => 0);
  const chosen: number[] = candidates.map(() => -1);
  // Suffix sums of value, and the last candidate of each cluster, for the bound.
  const valueFrom = candidates.map((_, i) => candidates.slice(i).reduce((s, c) => s + c.value, 0));
  const lastCandidate = ids.map((_, k) => candidates.reduce((last, c, i) => (c.a === k || c.b === k ? i : last), -1));

  let best: BruteForceSolution | null = null;
  // Negative: (covered, value) worse than the best so far; 0: tie; positive: better.
  const compare = (covered: number, value: number): number => {
    if (!best) return 1;
    if (fair && covered !== best.covered) return covered - best.covered;
    return Math.abs(value - best.value) <= VALUE_EPSILON ? 0 : value - best.value;
  };

  /** Idle rounds, or idle stretches (`gaps`), over clusters and sessions. */
  const idleTime = (stretches: boolean): number => {
    let idle = 0;
    ids.forEach((_, k) => {
      const bySession = new Map<number, number[]>();
      grid.forEach((r, i) => {
        if (busy[k][i]) bySession.set(r.session, [...(bySession.get(r.session) ?? []), r.index]);
      });
      for (const list of bySession.values()) {
        if (!stretches) idle += Math.max(...list) - Math.min(...list) + 1 - list.length;
        else for (let j = 1; j < list.length; j++) if (list[j] > list[j - 1] + 1) idle++;
      }
    });
    return idle;
  };

  const search = (i: number, value: number): void => {
    const covered = count.filter((n) => n > 0).length;
    const coverable = covered + count.filter((n, k) => n === 0 && lastCandidate[k] >= i).length;
    if (prune && i < candidates.length) {
      // Even taking every remaining candidate cannot beat the best, nor tie it with fewer idle rounds than 0.
      const order = compare(coverable, value + valueFrom[i]);
      if (order < 0 || (order === 0 && best?.idle === 0)) return;
    }
    if (i === candidates.length) {
      const order = compare(covered, value);
      const idle = order >= 0 ? idleTime(gaps) : 0;
      if (order > 0 || (order === 0 && best && idle < best.idle)) {
        best = {
          covered,
          value,
          idle,
          idleRounds: idleTime(false),
          meetings: candidates.flatMap((c, j) =>
            chosen[j] < 0 ? [] : [{ clusters: [ids[c.a], ids[c.b]].sort() as [string, string], round: grid[chosen[j]].index }],
          ),
        };
      }
      return;
    }
    const c = candidates[i];
    for (const r of c.rounds) {
      if (busy[c.a][r] || busy[c.b][r] || count[c.a] >= caps[c.a] || count[c.b] >= caps[c.b]) continue;
      if (perRound[r] >= rules.tableLimit) continue;
      busy[c.a][r] = busy[c.b][r] = true;
      count[c.a]++;
      count[c.b]++;
      perRound[r]++;
      chosen[i] = r;
      search(i + 1, value + c.value);
      chosen[i] = -1;
      count[c.a]--;
      count[c.b]--;
      perRound[r]--;
      busy[c.a][r] = busy[c.b][r] = false;
    }
    if (!c.must) search(i + 1, value);
  };
  search(0, 0);
  return best;
}

/** The optimal (covered, value, idleRounds) of a tiny event, or `null` if its must-meet pairs are infeasible. */
export function bruteForce(event: EventFile): BruteForceResult | null {
  const solution = bruteForceSolution(event);
  if (!solution) return null;
  const { covered, value, idleRounds } = solution;
  return { covered, value, idleRounds };
}
