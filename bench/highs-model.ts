/**
 * The scheduling problem as a mixed-integer program for HiGHS: the
 * benchmark's reference, written from the event file's rules (README, "The
 * event file") apart from the solver's search and exact path. Where a pair
 * may meet comes from the solver's public rule (`pairAllowed`: both clusters
 * available, inside the pair's meeting windows); the value of a pair is
 * worked out here again from the requests and the terms, so that a bug in
 * the solver's value rule shows as a disagreement.
 *
 * One binary x[p, r] per candidate pair p and round r in which it may meet:
 * - each pair at most once (exactly once when it is in `mustMeet`);
 * - each cluster at most one meeting per round, and at most its cap in all;
 * - at most `tables` meetings per round;
 * - `"total"`: maximise Σ value(p) · x[p, r].
 * - `"fair"`: lexicographic, with y_c ≤ Σ x[p, r] over the pairs of c
 *   (0 ≤ y_c ≤ 1): maximise W · Σ y_c + Σ value(p) · x[p, r], with W larger
 *   than any total value, so that coverage comes first.
 * Its LP relaxation bounds the optimum; so does the smaller `aggregated` one.
 *
 * Idle rounds (forum-type events): u[c, r] ≥ the meetings of c in r, and
 * s[c, r] ≥ u[c, r] − u[c, r − 1] with Σ s ≤ 1 over each session, so that the
 * rounds with u = 1 form one stretch covering the meetings of c (u and s may
 * stay continuous: with integral x, a stretch with a hole would need Σ s > 1).
 * Minimising Σ u leaves Σ u − meetings = the idle rounds.
 */
import { normalizeEvent, pairAllowed, pairKey, pairOfKey, priorityOf, type EventFile, type Objective } from '../solver';

/** A pair that may be scheduled: positive value or required, not forbidden, with a round to meet in. */
export interface CandidatePair {
  /** Cluster indices into {@link ReferenceProblem.clusters}, `a < b` by id. */
  a: number;
  b: number;
  value: number;
  mustMeet: boolean;
  /** Rounds (0-based) in which the pair may meet. */
  rounds: number[];
}

/** The event reduced to what the program needs. */
export interface ReferenceProblem {
  /** Cluster ids, ascending. */
  clusters: string[];
  cap: number[];
  rounds: number;
  /** Session (0-based) of each round. */
  sessionOf: number[];
  /** Meetings a round can hold (`Infinity` for unlimited tables). */
  tables: number;
  objective: Objective;
  pairs: CandidatePair[];
}

/** What the program optimises. */
export type ModelKind =
  /**
   * The integer program of the event's objective. With `idle`, for
   * forum-type events whose candidate pairs are all required (so that the
   * meetings, their value and coverage are fixed): the program that
   * minimises the idle rounds instead (the `"rounds"` measure: for each
   * cluster and session, the rounds between its first and last meeting in
   * which it does not meet).
   */
  | ({ kind: 'mip'; idle?: boolean } & Relaxation)
  /** Its LP relaxation. */
  | ({ kind: 'lp' } & Relaxation);

/** Changes that turn the program into a relaxation of the event's, whose optimum bounds it. */
export interface Relaxation {
  /**
   * For `"fair"`: the best value over the schedules covering at least this
   * many clusters, instead of coverage first (the bound the solver's
   * `upperBound` is compared with).
   */
  minCovered?: number;
  /**
   * One column per pair instead of one per pair and round: each cluster
   * meets at most min(cap, the rounds its pairs can use) times, and there
   * are at most tables × rounds meetings. It forgets which round each
   * meeting takes, so its optimum is only a bound, but it is small enough
   * for HiGHS on events whose round-by-round program it cannot solve in time.
   */
  aggregated?: boolean;
}

/** A program in the shape HiGHS reads: maximise colCost · x subject to rowLower ≤ A x ≤ rowUpper (rows in CSR). */
export interface SparseProgram {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** True for the binaries (all x; the y of `"fair"` stay continuous: integral x make them so). */
  integer: Uint8Array;
  /** Number of x columns; x columns come first, pair by pair, and `pairOf[j]` is the pair of x column j, `roundOf[j]` its round. */
  xCount: number;
  pairOf: Int32Array;
  roundOf: Int32Array;
  /** Weight of coverage in the objective (0 for `"total"` or with `minCovered`). */
  coverWeight: number;
  /** With `idle`: the clusters given u and s columns (two pairs or more), whose meetings Σ u − idle counts. */
  idleClusters?: number[];
}

const fold = (term: string): string => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');

/** Value of every pair of positive value: Σ (6 − priority) over its requests, plus the weight × the terms one offers and the other seeks. */
function pairValues(event: EventFile, weight: number): Map<string, number> {
  const values = new Map<string, number>();
  const add = (a: string, b: string, v: number) => {
    const key = pairKey(a, b);
    values.set(key, (values.get(key) ?? 0) + v);
  };
  for (const r of event.requests ?? []) add(r.from, r.to, 6 - priorityOf(r));
  if (weight > 0) {
    const seekers = new Map<string, string[]>();
    for (const c of event.clusters) {
      for (const term of new Set((c.seeks ?? []).map(fold))) if (term !== '') seekers.set(term, [...(seekers.get(term) ?? []), c.id]);
    }
    for (const c of event.clusters) {
      for (const term of new Set((c.offers ?? []).map(fold))) for (const s of seekers.get(term) ?? []) if (s !== c.id) add(c.id, s, weight);
    }
  }
  for (const [key, v] of values) if (!(v > 0)) values.delete(key);
  return values;
}

/** The candidate pairs of a valid event and the limits around them. */
export function referenceProblem(event: EventFile): ReferenceProblem {
  const normal = normalizeEvent(event);
  const clusters = normal.clusters.map((c) => c.id).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const indexOf = new Map(clusters.map((id, i) => [id, i]));
  const cap = clusters.map((id) => normal.cap.get(id)!);
  const values = pairValues(event, normal.competenceWeight);
  const pairs: CandidatePair[] = [];
  for (const key of [...new Set([...values.keys(), ...normal.mustMeet])].sort()) {
    if (normal.neverMeet.has(key)) continue;
    const [idA, idB] = pairOfKey(key);
    const a = indexOf.get(idA)!;
    const b = indexOf.get(idB)!;
    if (cap[a] === 0 || cap[b] === 0) continue;
    const rounds: number[] = [];
    normal.slots.forEach((slot, r) => pairAllowed(normal, idA, idB, slot) && rounds.push(r));
    if (rounds.length > 0) pairs.push({ a: Math.min(a, b), b: Math.max(a, b), value: values.get(key) ?? 0, mustMeet: normal.mustMeet.has(key), rounds });
  }
  return { clusters, cap, rounds: normal.slots.length, sessionOf: normal.slots.map((s) => s.session), tables: normal.tablesPerRound, objective: normal.objective, pairs };
}

/** Rows of the program, appended one at a time. */
class Rows {
  lower: number[] = [];
  upper: number[] = [];
  starts: number[] = [0];
  indices: number[] = [];
  values: number[] = [];

  add(lower: number, upper: number, columns: readonly number[], coefficients?: readonly number[]): void {
    this.lower.push(lower);
    this.upper.push(upper);
    for (let k = 0; k < columns.length; k++) {
      this.indices.push(columns[k]);
      this.values.push(coefficients ? coefficients[k] : 1);
    }
    this.starts.push(this.indices.length);
  }
}

/** The program of a problem, as {@link ModelKind} says. Rows that cannot bind are left out. */
export function buildProgram(problem: ReferenceProblem, model: ModelKind): SparseProgram {
  const { pairs } = problem;
  const n = problem.clusters.length;
  const aggregated = model.aggregated === true;
  // Aggregated, each pair has one column, as if in one round holding all the tables of the event.
  const rounds = aggregated ? 1 : problem.rounds;
  const tables = aggregated ? problem.tables * problem.rounds : problem.tables;
  const roundsOf = (p: CandidatePair) => (aggregated ? [0] : p.rounds);
  const xCount = pairs.reduce((sum, p) => sum + roundsOf(p).length, 0);
  const idle = model.kind === 'mip' && model.idle === true;
  if (idle && !pairs.every((p) => p.mustMeet)) throw new RangeError('the idle program needs every candidate pair required (a forum-type event)');
  const fair = problem.objective === 'fair' && !idle;
  const { minCovered } = model;
  const coverWeight = fair && minCovered === undefined ? 1 + pairs.reduce((sum, p) => sum + p.value, 0) : 0;

  // Columns of each cluster (all rounds) and of each cluster in each round.
  const ofCluster: number[][] = Array.from({ length: n }, () => []);
  const ofClusterRound = new Map<number, number[]>();
  const ofRound: number[][] = Array.from({ length: rounds }, () => []);
  // Rounds a cluster can use at all: its meetings cannot outnumber them.
  const usable = Array.from({ length: n }, () => new Set<number>());
  const pairOf = new Int32Array(xCount);
  const roundOf = new Int32Array(xCount);
  const rows = new Rows();
  let j = 0;
  pairs.forEach((p, index) => {
    if (aggregated) {
      for (const r of p.rounds) {
        usable[p.a].add(r);
        usable[p.b].add(r);
      }
    }
    const own: number[] = [];
    for (const r of roundsOf(p)) {
      pairOf[j] = index;
      roundOf[j] = r;
      own.push(j);
      ofRound[r].push(j);
      for (const c of [p.a, p.b]) {
        ofCluster[c].push(j);
        const key = c * rounds + r;
        const list = ofClusterRound.get(key);
        if (list) list.push(j);
        else ofClusterRound.set(key, [j]);
      }
      j++;
    }
    if (p.mustMeet || own.length > 1) rows.add(p.mustMeet ? 1 : -Infinity, 1, own);
  });
  if (!aggregated) for (const list of ofClusterRound.values()) if (list.length > 1) rows.add(-Infinity, 1, list);
  ofCluster.forEach((list, c) => {
    const most = aggregated ? Math.min(problem.cap[c], usable[c].size) : problem.cap[c];
    if (list.length > most) rows.add(-Infinity, most, list);
  });
  for (const list of ofRound) if (list.length > tables) rows.add(-Infinity, tables, list);

  // y_c for each cluster that has a pair: y_c − Σ x ≤ 0.
  const covered = fair ? ofCluster.flatMap((list, c) => (list.length > 0 ? [c] : [])) : [];
  covered.forEach((c, k) => {
    const list = ofCluster[c];
    rows.add(-Infinity, 0, [xCount + k, ...list], [1, ...list.map(() => -1)]);
  });
  if (minCovered !== undefined && covered.length > 0) rows.add(minCovered, Infinity, covered.map((_, k) => xCount + k));

  // Idle: u[c, r] then s[c, r] for each cluster with two pairs or more, after the x.
  const idleSlot = new Map<number, number>();
  if (idle) ofCluster.forEach((list, c) => new Set(list.map((x) => pairOf[x])).size > 1 && idleSlot.set(c, idleSlot.size));
  const uFirst = xCount + covered.length;
  const sFirst = uFirst + idleSlot.size * problem.rounds;
  for (const [c, k] of idleSlot) {
    const u = (r: number) => uFirst + k * problem.rounds + r;
    const sColumn = (r: number) => sFirst + k * problem.rounds + r;
    for (let r = 0; r < problem.rounds; r++) {
      const meets = ofClusterRound.get(c * rounds + r) ?? [];
      if (meets.length > 0) rows.add(-Infinity, 0, [...meets, u(r)], [...meets.map(() => 1), -1]);
      const first = r === 0 || problem.sessionOf[r - 1] !== problem.sessionOf[r];
      if (first) rows.add(-Infinity, 0, [u(r), sColumn(r)], [1, -1]);
      else rows.add(-Infinity, 0, [u(r), u(r - 1), sColumn(r)], [1, -1, -1]);
    }
    for (const session of new Set(problem.sessionOf)) {
      const inSession = problem.sessionOf.flatMap((s, r) => (s === session ? [sColumn(r)] : []));
      rows.add(-Infinity, 1, inSession);
    }
  }

  const numCols = sFirst + idleSlot.size * problem.rounds;
  const colCost = new Float64Array(numCols);
  // Forum-type: the value is fixed, and each round of a stretch costs 1.
  if (!idle) for (let x = 0; x < xCount; x++) colCost[x] = pairs[pairOf[x]].value;
  colCost.fill(coverWeight, xCount, uFirst);
  colCost.fill(-1, uFirst, sFirst);
  const integer = new Uint8Array(numCols);
  if (model.kind === 'mip') integer.fill(1, 0, xCount);
  return {
    numCols,
    numRows: rows.lower.length,
    colCost,
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(1),
    rowLower: Float64Array.from(rows.lower),
    rowUpper: Float64Array.from(rows.upper),
    starts: Int32Array.from(rows.starts),
    indices: Int32Array.from(rows.indices),
    values: Float64Array.from(rows.values),
    integer,
    xCount,
    pairOf,
    roundOf,
    coverWeight,
    ...(idle ? { idleClusters: [...idleSlot.keys()] } : {}),
  };
}
