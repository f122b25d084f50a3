/**
 * The exact path. An integer program (javascript-lp-solver) chooses the
 * meetings and how many go to each group of interchangeable rounds; an
 * exhaustive colouring then places them in rounds. When a group cannot be
 * coloured, a cut forbids that core and the program is solved again. The
 * program relaxes the real problem, so its optimum, once placed, is optimal.
 */
import solver, { type Model } from 'javascript-lp-solver';
import { Board, UNSCHEDULED } from './board';
import { colorGroup, infeasibleCore } from './group-coloring';
import { freeInGroup, roundGroups, type RoundGroup } from './round-groups';

export interface ExactOptions {
  /** Milliseconds left for the integer program, or undefined for no limit. */
  timeLimitMs?: number;
  now?: () => number;
  /** Rounds of a previous schedule, to keep its meetings when that costs nothing. */
  previous?: Int32Array;
  maxCuts: number;
  nodeLimit: number;
}

export type ExactOutcome =
  | { status: 'optimal'; roundOf: Int32Array; bound: number }
  /** Not proven: `bound` is a proven bound on the program's objective, in the units of `weights`. */
  | { status: 'unproven'; roundOf: Int32Array | null; objectiveBound: number; weights: Weights }
  | { status: 'infeasible' };

/** Objective = coverWeight × covered + valueWeight × value + (kept previous meetings). */
export interface Weights {
  cover: number;
  value: number;
}

type Cut = { group: number; edges: number[] };

interface Program {
  model: Model;
  vars: Array<{ name: string; edge: number; group: number }>;
}

function buildProgram(board: Board, groups: RoundGroup[], cuts: Cut[], weights: Weights, previous?: Int32Array): Program {
  const { instance } = board;
  const { edges, cap } = instance;
  const constraints: Record<string, { max?: number; equal?: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  const binaries: Record<string, 1> = {};
  const vars: Program['vars'] = [];

  edges.forEach((edge, e) => {
    if (board.locked[e]) return;
    const { a, b } = edge;
    const options = groups.map((g, gi) => gi).filter((gi) => freeInGroup(board, groups[gi], a) && freeInGroup(board, groups[gi], b) && groups[gi].tablesFree > 0);
    const kept = previous && previous[e] !== UNSCHEDULED ? 1 : 0;
    for (const g of options) {
      const name = `x${e}_${g}`;
      const coefficients: Record<string, number> = { obj: weights.value * edge.value + kept };
      coefficients[`cap${a}`] = 1;
      coefficients[`cap${b}`] = 1;
      coefficients[`cg${a}_${g}`] = 1;
      coefficients[`cg${b}_${g}`] = 1;
      coefficients[`tg${g}`] = 1;
      coefficients[`one${e}`] = 1;
      coefficients[`cov${a}`] = -1;
      coefficients[`cov${b}`] = -1;
      variables[name] = coefficients;
      binaries[name] = 1;
      vars.push({ name, edge: e, group: g });
    }
    constraints[`one${e}`] = edge.mustMeet ? { equal: 1 } : { max: 1 };
  });

  instance.ids.forEach((_, c) => {
    constraints[`cap${c}`] = { max: cap[c] - board.count[c] };
    groups.forEach((g, gi) => (constraints[`cg${c}_${gi}`] = { max: g.rounds.length }));
    if (weights.cover > 0 && board.count[c] === 0) {
      variables[`z${c}`] = { obj: weights.cover, [`cov${c}`]: 1, [`zb${c}`]: 1 };
      constraints[`cov${c}`] = { max: 0 };
      constraints[`zb${c}`] = { max: 1 };
    }
  });
  groups.forEach((g, gi) => {
    if (Number.isFinite(g.tablesFree)) constraints[`tg${gi}`] = { max: g.tablesFree * g.rounds.length };
  });
  cuts.forEach((cut, k) => {
    constraints[`cut${k}`] = { max: cut.edges.length - 1 };
    for (const e of cut.edges) {
      const v = variables[`x${e}_${cut.group}`];
      if (v) v[`cut${k}`] = 1;
    }
  });
  return { model: { optimize: 'obj', opType: 'max', constraints, variables, binaries }, vars };
}

/** Weights that make one more covered cluster worth more than any value (for "fair"). */
export function objectiveWeights(board: Board, previous?: Int32Array): Weights {
  const keptMax = previous ? previous.reduce((n, r) => n + (r !== UNSCHEDULED ? 1 : 0), 0) : 0;
  const value = keptMax + 1;
  const total = board.instance.edges.reduce((sum, e) => sum + e.value, 0);
  return { value, cover: board.instance.objective === 'fair' ? value * (total + 1) : 0 };
}

type LpResult = { feasible: boolean; result: number; isIntegral?: boolean; [name: string]: number | boolean | undefined };

export function solveExact(board: Board, options: ExactOptions): ExactOutcome {
  const { groups } = roundGroups(board);
  const weights = objectiveWeights(board, options.previous);
  const cuts: Cut[] = [];
  const now = options.now;
  const started = now?.() ?? 0;
  const lockedRounds = board.snapshot();

  for (let iteration = 0; iteration <= options.maxCuts; iteration++) {
    const program = buildProgram(board, groups, cuts, weights, options.previous);
    const remaining = options.timeLimitMs === undefined || !now ? undefined : options.timeLimitMs - (now() - started);
    if (remaining !== undefined && remaining <= 0) return unproven(board, groups, cuts, weights, null);
    const callStart = now?.() ?? 0;
    const result = solver.Solve({ ...program.model, ...(remaining !== undefined ? { timeout: remaining } : {}) }) as LpResult;
    const timedOut = remaining !== undefined && (now?.() ?? 0) - callStart >= remaining * 0.98;
    if (!result.feasible) {
      return timedOut ? unproven(board, groups, cuts, weights, null) : { status: 'infeasible' };
    }
    const chosen = program.vars.filter((v) => Number(result[v.name] ?? 0) > 0.5);
    const integral = program.vars.every((v) => {
      const x = Number(result[v.name] ?? 0);
      return Math.abs(x - Math.round(x)) < 1e-6;
    });
    if (!integral) return unproven(board, groups, cuts, weights, null);

    const byGroup = groups.map(() => [] as number[]);
    for (const v of chosen) byGroup[v.group].push(v.edge);
    let placedAll = true;
    for (let g = 0; g < groups.length && placedAll; g++) {
      const status = colorGroup(board, groups[g], byGroup[g], options.nodeLimit, options.previous);
      if (status === 'ok') continue;
      placedAll = false;
      if (status === 'unknown') {
        board.restore(lockedRounds);
        return unproven(board, groups, cuts, weights, null);
      }
      cuts.push({ group: g, edges: infeasibleCore(board, groups[g], byGroup[g], options.nodeLimit) });
    }
    if (placedAll) {
      const roundOf = board.snapshot();
      board.restore(lockedRounds);
      if (timedOut) return unproven(board, groups, cuts, weights, roundOf);
      return { status: 'optimal', roundOf, bound: board.value };
    }
    board.restore(lockedRounds);
  }
  return unproven(board, groups, cuts, weights, null);
}

/** The LP relaxation's optimum: a proven bound on the program's objective. */
function unproven(board: Board, groups: RoundGroup[], cuts: Cut[], weights: Weights, roundOf: Int32Array | null): ExactOutcome {
  const { model } = buildProgram(board, groups, cuts, weights);
  const relaxed = solver.Solve({ ...model, binaries: {} }) as LpResult;
  const objectiveBound = relaxed.feasible ? relaxed.result : Number.POSITIVE_INFINITY;
  return { status: 'unproven', roundOf, objectiveBound, weights };
}
