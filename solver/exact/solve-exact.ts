/**
 * The exact path. An integer program (javascript-lp-solver) chooses the
 * meetings: one binary per candidate pair, the caps, and capacity
 * constraints over the groups of interchangeable rounds that each pair can
 * use (Hall-type conditions for the clusters and the tables). An exhaustive
 * search then places the chosen meetings in rounds. When they cannot all be
 * placed, a cut forbids that set and the program is solved again. The
 * program relaxes the real problem, so its optimum, once placed, is optimal.
 */
import solver, { type Model } from 'javascript-lp-solver';
import { Board, UNSCHEDULED } from '../search/board';
import { separateOddSets, type CutGraph, type LinearCut } from './odd-set-cuts';
import { assignRounds, infeasibleCore } from './round-assignment';
import { edgeFitsGroup, roundGroups, type RoundGroup } from './round-groups';

export interface ExactOptions {
  /** Milliseconds left for the integer program, or undefined for no limit. */
  timeLimitMs?: number;
  now?: () => number;
  /** Rounds of a previous schedule, to keep its meetings when that costs nothing. */
  previous?: Int32Array;
  /** A known schedule (rounds per edge), whose objective the program must reach. */
  incumbent?: Int32Array;
  maxCuts: number;
  nodeLimit: number;
}

/** Objective = cover × (newly covered clusters) + value × (value) + (kept previous meetings). */
export interface Weights {
  cover: number;
  value: number;
}

export type ExactOutcome =
  | { status: 'optimal'; roundOf: Int32Array }
  /** Not proven: `objectiveBound` bounds the program's objective, in the units of `weights`. */
  | { status: 'unproven'; roundOf: Int32Array | null; objectiveBound: number; weights: Weights }
  | { status: 'infeasible' };

type LpResult = { feasible: boolean; result: number; [name: string]: number | boolean | undefined };

interface Program {
  model: Model;
  names: string[];
}

/** Weights that make one more covered cluster worth more than any value (for "fair"). */
export function objectiveWeights(board: Board, previous?: Int32Array): Weights {
  const keptMax = previous ? previous.reduce((n, r) => n + (r !== UNSCHEDULED ? 1 : 0), 0) : 0;
  const value = keptMax + 1;
  const total = board.instance.edges.reduce((sum, e) => sum + e.value, 0);
  return { value, cover: board.instance.objective === 'fair' ? value * (total + 1) : 0 };
}

/** Groups each edge may use, as a sorted list and a key. */
function edgeGroups(board: Board, groups: RoundGroup[]): Array<number[] | null> {
  return board.instance.edges.map((_, e) => {
    if (board.locked[e]) return null;
    const usable = groups.map((_, g) => g).filter((g) => groups[g].tablesFree > 0 && edgeFitsGroup(board, groups[g], e));
    return usable.length > 0 ? usable : null;
  });
}

function buildProgram(
  board: Board,
  groups: RoundGroup[],
  cuts: number[][],
  oddCuts: readonly LinearCut[],
  weights: Weights,
  previous?: Int32Array,
  relaxed = false,
): Program {
  const { instance } = board;
  const { edges, cap } = instance;
  const constraints: Model['constraints'] = {};
  const variables: Record<string, Record<string, number>> = {};
  const binaries: Record<string, 1> = {};
  const names: string[] = [];
  const usable = edgeGroups(board, groups);
  const capacityOf = (set: number[]) => set.reduce((sum, g) => sum + groups[g].tablesFree * groups[g].rounds.length, 0);
  const roundsOf = (set: number[]) => set.reduce((sum, g) => sum + groups[g].rounds.length, 0);
  const subset = (small: number[], big: Set<number>) => small.every((g) => big.has(g));

  // Distinct group sets: each gives a capacity constraint for the tables and for each cluster.
  const sets = new Map<string, number[]>();
  usable.forEach((set) => set && sets.set(set.join(','), set));
  const setRows = [...sets.entries()].map(([key, set]) => ({ key, members: new Set(set), set }));

  edges.forEach((edge, e) => {
    const set = usable[e];
    if (!set) return;
    const name = `y${e}`;
    const kept = previous && previous[e] !== UNSCHEDULED ? 1 : 0;
    const objective = weights.value * edge.value + kept;
    const row: Record<string, number> = { obj: objective, [`cap${edge.a}`]: 1, [`cap${edge.b}`]: 1, [`cov${edge.a}`]: -1, [`cov${edge.b}`]: -1 };
    for (const { key, members } of setRows) {
      if (!subset(set, members)) continue;
      row[`t${key}`] = 1;
      row[`h${edge.a}_${key}`] = 1;
      row[`h${edge.b}_${key}`] = 1;
    }
    if (edge.mustMeet) {
      row[`must${e}`] = 1;
      constraints[`must${e}`] = { equal: 1 };
    }
    variables[name] = row;
    binaries[name] = 1;
    names[e] = name;
  });

  const incident = instance.ids.map(() => 0);
  for (const name of Object.keys(variables)) {
    const e = Number(name.slice(1));
    incident[edges[e].a]++;
    incident[edges[e].b]++;
  }
  instance.ids.forEach((_, c) => {
    const room = cap[c] - board.count[c];
    if (room < incident[c]) constraints[`cap${c}`] = { max: room };
    if (weights.cover > 0 && board.count[c] === 0 && incident[c] > 0) {
      variables[`z${c}`] = { obj: weights.cover, [`cov${c}`]: 1, [`zb${c}`]: 1 };
      constraints[`cov${c}`] = { max: 0 };
      constraints[`zb${c}`] = { max: 1 };
    }
    for (const { key, set } of setRows) constraints[`h${c}_${key}`] = { max: roundsOf(set) };
  });
  for (const { key, set } of setRows) {
    const capacity = capacityOf(set);
    if (Number.isFinite(capacity)) constraints[`t${key}`] = { max: capacity };
  }
  cuts.forEach((cut, k) => {
    constraints[`cut${k}`] = { max: cut.length - 1 };
    for (const e of cut) if (variables[`y${e}`]) variables[`y${e}`][`cut${k}`] = 1;
  });
  oddCuts.forEach((cut, k) => {
    constraints[`odd${k}`] = { max: cut.max };
    for (const [e, coefficient] of cut.edges) if (variables[`y${e}`]) variables[`y${e}`][`odd${k}`] = coefficient;
    for (const c of cut.clusters) if (variables[`z${c}`]) variables[`z${c}`][`odd${k}`] = 1;
  });
  if (relaxed) {
    // The relaxation keeps y ≤ 1 where no cap or Hall row implies it.
    for (const name of names) {
      if (!name) continue;
      const row = variables[name];
      const implied = Math.min(...Object.keys(row).map((key) => (/^(cap|h)/.test(key) ? ((constraints[key] as { max?: number } | undefined)?.max ?? Infinity) : Infinity)));
      if (implied > 1) {
        row[`u${name}`] = 1;
        constraints[`u${name}`] = { max: 1 };
      }
    }
    return { model: { optimize: 'obj', opType: 'max', constraints, variables, binaries: {} }, names };
  }
  return { model: { optimize: 'obj', opType: 'max', constraints, variables, binaries }, names };
}

/** The program's objective for a known schedule. */
function objectiveOf(board: Board, locksOnly: Board, roundOf: Int32Array, weights: Weights, previous?: Int32Array): number {
  const probe = new Board(board.instance);
  probe.restore(roundOf);
  let kept = 0;
  if (previous) roundOf.forEach((r, e) => r !== UNSCHEDULED && !probe.locked[e] && previous[e] !== UNSCHEDULED && kept++);
  return weights.cover * (probe.covered - locksOnly.covered) + weights.value * (probe.value - locksOnly.value) + kept;
}

/** Rounds of cut separation at most, and cuts added per round at most. */
const CUT_ROUNDS = 30;
const CUTS_PER_ROUND = 60;

/** The program's graph for the odd-set cuts: degree bounds from the caps and the rounds each cluster can use. */
function cutGraph(board: Board, groups: RoundGroup[], weights: Weights): CutGraph {
  const { instance } = board;
  const n = instance.ids.length;
  const usable = edgeGroups(board, groups);
  const incident = new Int32Array(n);
  const usedGroups: Array<Set<number>> = instance.ids.map(() => new Set());
  const edges = instance.edges.map((edge, e) => {
    const set = usable[e];
    if (!set) return null;
    for (const c of [edge.a, edge.b]) {
      incident[c]++;
      for (const g of set) usedGroups[c].add(g);
    }
    return { a: edge.a, b: edge.b };
  });
  const degree = instance.ids.map((_, c) => {
    let rounds = 0;
    for (const g of usedGroups[c]) rounds += groups[g].rounds.length;
    return Math.min(instance.cap[c] - board.count[c], rounds, incident[c]);
  });
  const coverable = weights.cover > 0 ? instance.ids.map((_, c) => board.count[c] === 0 && incident[c] > 0) : null;
  return { edges, degree, coverable };
}

interface Relaxation {
  /** The LP optimum, or undefined when the relaxation is infeasible. */
  bound: number | undefined;
  /** True when the LP optimum is integral. */
  integral: boolean;
}

/**
 * Tightens the program at its root: solves the LP relaxation, adds the
 * violated odd-set cuts to `oddCuts`, and repeats until none is found, the
 * rounds run out or `expired()`. Returns the last relaxation's optimum.
 */
function strengthen(board: Board, groups: RoundGroup[], graph: CutGraph, cuts: number[][], oddCuts: LinearCut[], weights: Weights, expired: () => boolean, previous?: Int32Array): Relaxation {
  let relaxation: Relaxation = { bound: Number.POSITIVE_INFINITY, integral: false };
  for (let round = 0; round < CUT_ROUNDS && !expired(); round++) {
    const { model, names } = buildProgram(board, groups, cuts, oddCuts, weights, previous, true);
    const result = solver.Solve(model) as LpResult;
    if (!result.feasible) return { bound: undefined, integral: false };
    const y = names.map((name) => (name ? Number(result[name] ?? 0) : 0));
    const z = graph.coverable ? board.instance.ids.map((_, c) => Number(result[`z${c}`] ?? 0)) : null;
    relaxation = { bound: result.result, integral: y.every((x) => Math.abs(x - Math.round(x)) <= 1e-6) };
    if (relaxation.integral) break;
    const found = separateOddSets(graph, y, z, CUTS_PER_ROUND);
    if (found.length === 0) break;
    oddCuts.push(...found);
  }
  return relaxation;
}

export function solveExact(board: Board, options: ExactOptions): ExactOutcome {
  const { groups, groupOf } = roundGroups(board);
  const weights = objectiveWeights(board, options.previous);
  const graph = cutGraph(board, groups, weights);
  const cuts: number[][] = [];
  const oddCuts: LinearCut[] = [];
  const now = options.now;
  const started = now?.() ?? 0;
  const remainingMs = () => (options.timeLimitMs === undefined || !now ? undefined : options.timeLimitMs - (now() - started));
  const expired = () => (remainingMs() ?? 1) <= 0;
  const locksOnly = board.snapshot();
  const incumbent = options.incumbent ? objectiveOf(board, board, options.incumbent, weights, options.previous) : undefined;
  // With integral pair values every objective is an integer: a bound below incumbent + 1 proves the incumbent.
  const step = board.instance.edges.every((e) => Number.isInteger(e.value)) ? 1 - 1e-6 : 1e-6;

  for (let iteration = 0; iteration <= options.maxCuts; iteration++) {
    const root = strengthen(board, groups, graph, cuts, oddCuts, weights, expired, options.previous);
    if (root.bound === undefined) return incumbent !== undefined ? unproven(board, groups, cuts, oddCuts, weights, null) : { status: 'infeasible' };
    if (options.incumbent && incumbent !== undefined && root.bound < incumbent + step) return { status: 'optimal', roundOf: options.incumbent.slice() };
    const remaining = remainingMs();
    if (remaining !== undefined && remaining <= 0) return unproven(board, groups, cuts, oddCuts, weights, null, root.bound);

    const program = buildProgram(board, groups, cuts, oddCuts, weights, options.previous);
    const callStart = now?.() ?? 0;
    const result = solver.Solve({ ...program.model, ...(remaining !== undefined ? { timeout: remaining } : {}) }) as LpResult;
    const timedOut = remaining !== undefined && (now?.() ?? 0) - callStart >= remaining * 0.98;
    if (!result.feasible) {
      if (timedOut || incumbent !== undefined) return unproven(board, groups, cuts, oddCuts, weights, null, root.bound);
      return { status: 'infeasible' };
    }
    const values = program.names.map((name) => (name ? Number(result[name] ?? 0) : 0));
    if (values.some((x) => Math.abs(x - Math.round(x)) > 1e-6)) return unproven(board, groups, cuts, oddCuts, weights, null, root.bound);
    // The program relaxes the problem: an optimum no better than the incumbent proves the incumbent.
    if (!timedOut && options.incumbent && incumbent !== undefined && result.result < incumbent + step) return { status: 'optimal', roundOf: options.incumbent.slice() };

    const chosen = values.flatMap((x, e) => (x > 0.5 ? [e] : []));
    const status = assignRounds(board, chosen, groupOf, options.nodeLimit, options.previous);
    if (status === 'ok') {
      const roundOf = board.snapshot();
      board.restore(locksOnly);
      return timedOut ? unproven(board, groups, cuts, oddCuts, weights, roundOf, root.bound) : { status: 'optimal', roundOf };
    }
    if (status === 'unknown') return unproven(board, groups, cuts, oddCuts, weights, null, root.bound);
    cuts.push(infeasibleCore(board, chosen, groupOf, options.nodeLimit, 80));
  }
  return unproven(board, groups, cuts, oddCuts, weights, null);
}

/**
 * Not proven. The LP relaxation's optimum (with the cuts found) bounds the
 * program's objective; `known` is such a bound already computed, which
 * saves solving the relaxation again (a time-out leaves none to spend).
 */
function unproven(board: Board, groups: RoundGroup[], cuts: number[][], oddCuts: readonly LinearCut[], weights: Weights, roundOf: Int32Array | null, known?: number): ExactOutcome {
  if (known !== undefined) return { status: 'unproven', roundOf, objectiveBound: known, weights };
  const { model } = buildProgram(board, groups, cuts, oddCuts, weights, undefined, true);
  const relaxed = solver.Solve(model) as LpResult;
  const objectiveBound = relaxed.feasible ? relaxed.result : Number.POSITIVE_INFINITY;
  return { status: 'unproven', roundOf, objectiveBound, weights };
}
