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
import { Board, UNSCHEDULED } from './board';
import { assignRounds, infeasibleCore } from './round-assignment';
import { freeInGroup, roundGroups, type RoundGroup } from './round-groups';

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
  return board.instance.edges.map((edge, e) => {
    if (board.locked[e]) return null;
    const usable = groups.map((_, g) => g).filter((g) => groups[g].tablesFree > 0 && freeInGroup(board, groups[g], edge.a) && freeInGroup(board, groups[g], edge.b));
    return usable.length > 0 ? usable : null;
  });
}

function buildProgram(board: Board, groups: RoundGroup[], cuts: number[][], weights: Weights, previous?: Int32Array, incumbent?: number): Program {
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
    const row: Record<string, number> = { obj: objective, inc: objective, [`cap${edge.a}`]: 1, [`cap${edge.b}`]: 1, [`cov${edge.a}`]: -1, [`cov${edge.b}`]: -1 };
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
      variables[`z${c}`] = { obj: weights.cover, inc: weights.cover, [`cov${c}`]: 1, [`zb${c}`]: 1 };
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
  if (incumbent !== undefined) constraints.inc = { min: incumbent - 1e-4 };
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

export function solveExact(board: Board, options: ExactOptions): ExactOutcome {
  const { groups, groupOf } = roundGroups(board);
  const weights = objectiveWeights(board, options.previous);
  const cuts: number[][] = [];
  const now = options.now;
  const started = now?.() ?? 0;
  const locksOnly = board.snapshot();
  const incumbent = options.incumbent ? objectiveOf(board, board, options.incumbent, weights, options.previous) : undefined;

  for (let iteration = 0; iteration <= options.maxCuts; iteration++) {
    const program = buildProgram(board, groups, cuts, weights, options.previous, incumbent);
    const remaining = options.timeLimitMs === undefined || !now ? undefined : options.timeLimitMs - (now() - started);
    if (remaining !== undefined && remaining <= 0) return unproven(board, groups, cuts, weights, null, false);
    const callStart = now?.() ?? 0;
    const result = solver.Solve({ ...program.model, ...(remaining !== undefined ? { timeout: remaining } : {}) }) as LpResult;
    const timedOut = remaining !== undefined && (now?.() ?? 0) - callStart >= remaining * 0.98;
    if (!result.feasible) return timedOut || incumbent !== undefined ? unproven(board, groups, cuts, weights, null, !timedOut) : { status: 'infeasible' };
    const values = program.names.map((name) => (name ? Number(result[name] ?? 0) : 0));
    if (values.some((x) => Math.abs(x - Math.round(x)) > 1e-6)) return unproven(board, groups, cuts, weights, null);

    const chosen = values.flatMap((x, e) => (x > 0.5 ? [e] : []));
    const status = assignRounds(board, chosen, groupOf, options.nodeLimit, options.previous);
    if (status === 'ok') {
      const roundOf = board.snapshot();
      board.restore(locksOnly);
      return timedOut ? unproven(board, groups, cuts, weights, roundOf, false) : { status: 'optimal', roundOf };
    }
    if (status === 'unknown') return unproven(board, groups, cuts, weights, null);
    cuts.push(infeasibleCore(board, chosen, groupOf, options.nodeLimit, 80));
  }
  return unproven(board, groups, cuts, weights, null);
}

/**
 * The LP relaxation's optimum is a proven bound on the program's objective.
 * After a time-out it is not computed (it costs about as much as the program's
 * root), and the caller falls back on the Lagrangian bound.
 */
function unproven(board: Board, groups: RoundGroup[], cuts: number[][], weights: Weights, roundOf: Int32Array | null, relax = true): ExactOutcome {
  if (!relax) return { status: 'unproven', roundOf, objectiveBound: Number.POSITIVE_INFINITY, weights };
  const { model } = buildProgram(board, groups, cuts, weights);
  const relaxed = solver.Solve({ ...model, binaries: {} }) as LpResult;
  const objectiveBound = relaxed.feasible ? relaxed.result : Number.POSITIVE_INFINITY;
  return { status: 'unproven', roundOf, objectiveBound, weights };
}
