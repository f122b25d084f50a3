/**
 * The reference of the benchmark: HiGHS (npm `highs`, compiled to
 * WebAssembly, single-threaded) on the program of `highs-model.ts`. The MIP
 * gives the true optimum when HiGHS proves it within its time cap, else its
 * best schedule and its proven bound; the LP relaxation gives a bound.
 */
import loadHighs, { type Highs } from 'highs';
import { buildProgram, type ModelKind, type ReferenceProblem, type SparseProgram } from './highs-model';

/** What HiGHS found. Values are those of the event's pair values; for `"fair"`, see `valueBound`. */
export interface ReferenceResult {
  kind: ModelKind['kind'];
  /** True for the pair-by-pair relaxation (`aggregated`), whose optimum is only a bound. */
  aggregated?: boolean;
  /** `optimal` (proven), `time limit`, or another HiGHS model status. */
  status: string;
  /** MIP: its best schedule's value and coverage, when it has one. */
  value?: number;
  covered?: number;
  /**
   * A proven upper bound on the value: for `"total"` over every schedule;
   * for `"fair"` over the schedules covering at least `minCovered` clusters
   * when it is given, else `covered` (the MIP's). Absent when HiGHS stopped
   * without one.
   */
  valueBound?: number;
  /** `"fair"` MIP: a proven upper bound on the number of clusters covered. */
  coverageBound?: number;
  /** Idle MIP (forum-type events): the idle rounds of its best placement, and a proven lower bound on them. */
  idle?: number;
  idleLowerBound?: number;
  /** Wall-clock seconds of HiGHS's run (building the program is not counted). */
  seconds: number;
  columns: number;
  rows: number;
}

/** Options of {@link solveReference}. */
export interface ReferenceOptions {
  /** HiGHS's `time_limit`, in seconds. @defaultValue 120 */
  timeLimitSeconds?: number;
}

let loading: Promise<Highs> | undefined;

const STATUS: Record<number, string> = { 7: 'optimal', 8: 'infeasible', 13: 'time limit', 14: 'iteration limit', 17: 'interrupted' };

/** Value and coverage of the meetings chosen by an integral solution. */
function scheduleOf(problem: ReferenceProblem, program: SparseProgram, colValue: Float64Array): { value: number; covered: number } {
  const met = new Uint8Array(problem.clusters.length);
  let value = 0;
  for (let j = 0; j < program.xCount; j++) {
    if (colValue[j] < 0.5) continue;
    const p = problem.pairs[program.pairOf[j]];
    value += p.value;
    met[p.a] = met[p.b] = 1;
  }
  return { value, covered: met.reduce((sum, m) => sum + m, 0) };
}

/** Idle rounds of an integral solution: for each cluster and session, the span of its meetings less their number. */
function idleOf(problem: ReferenceProblem, program: SparseProgram, colValue: Float64Array): number {
  const spans = new Map<string, { first: number; last: number; count: number }>();
  for (let j = 0; j < program.xCount; j++) {
    if (colValue[j] < 0.5) continue;
    const p = problem.pairs[program.pairOf[j]];
    const r = program.roundOf[j];
    for (const c of [p.a, p.b]) {
      const key = `${c} ${problem.sessionOf[r]}`;
      const span = spans.get(key);
      if (span) Object.assign(span, { first: Math.min(span.first, r), last: Math.max(span.last, r), count: span.count + 1 });
      else spans.set(key, { first: r, last: r, count: 1 });
    }
  }
  let idle = 0;
  for (const { first, last, count } of spans.values()) idle += last - first + 1 - count;
  return idle;
}

/** Solves the program of `problem` with HiGHS. Throws only when HiGHS cannot load or read it. */
export async function solveReference(problem: ReferenceProblem, model: ModelKind, options: ReferenceOptions = {}): Promise<ReferenceResult> {
  const highs = await (loading ??= loadHighs());
  const program = buildProgram(problem, model);
  const { numCols, numRows } = program;
  // No pair can meet: the empty schedule is optimal (HiGHS would answer "empty").
  if (numCols === 0) return { kind: model.kind, status: 'optimal', value: 0, covered: 0, valueBound: 0, coverageBound: 0, seconds: 0, columns: 0, rows: 0 };
  const started = performance.now();
  const instance = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: program.colCost,
    colLower: program.colLower,
    colUpper: program.colUpper,
    rowLower: program.rowLower,
    rowUpper: program.rowUpper,
    matrix: { format: 'csr', numRows, numCols, starts: program.starts, indices: program.indices, values: program.values },
    ...(model.kind === 'mip' ? { integrality: Int32Array.from(program.integer) } : {}),
  });
  try {
    // No relative gap: the reference is the optimum itself, not one within 0.01 % of it.
    instance.options.set({ output_flag: false, time_limit: options.timeLimitSeconds ?? 120, mip_rel_gap: 0 });
    const status = STATUS[instance.run().modelStatus] ?? `HiGHS status ${instance.getModelStatus()}`;
    const seconds = (performance.now() - started) / 1000;
    const result: ReferenceResult = { kind: model.kind, status, seconds, columns: numCols, rows: numRows, ...(model.aggregated ? { aggregated: true } : {}) };
    const W = program.coverWeight;
    const dual = model.kind === 'mip' ? Number(instance.info.get('mip_dual_bound')) : NaN;
    if (model.kind === 'lp' || model.aggregated) {
      // A relaxation: only its bound says something of the event's schedules.
      const bound = status === 'optimal' ? instance.getObjectiveValue() : dual;
      if (Number.isFinite(bound) && W === 0) result.valueBound = bound;
      else if (Number.isFinite(bound)) result.coverageBound = Math.floor((bound + 1e-6) / W);
      return result;
    }
    const feasible = Number(instance.info.get('primal_solution_status')) === 2;
    if (feasible) Object.assign(result, scheduleOf(problem, program, instance.getSolution().colValue));
    if (program.idleClusters) {
      // The objective is −Σ u; Σ u less the meetings of those clusters is the idle time.
      const meetings = program.idleClusters.reduce((sum, c) => sum + problem.pairs.filter((p) => p.a === c || p.b === c).length, 0);
      if (feasible) result.idle = idleOf(problem, program, instance.getSolution().colValue);
      if (status === 'optimal') result.idleLowerBound = result.idle;
      else if (Number.isFinite(dual)) result.idleLowerBound = Math.max(0, Math.ceil(-dual - meetings - 1e-6));
    }
    if (status === 'optimal' && result.value !== undefined) {
      result.valueBound = result.value;
      if (W > 0) result.coverageBound = result.covered;
    } else if (Number.isFinite(dual)) {
      // With coverage weighted by W, more than any total value: dual ≥ W · coverage + value.
      if (W > 0) result.coverageBound = Math.floor((dual + 1e-6) / W);
      result.valueBound = W > 0 ? (result.covered === undefined ? undefined : dual - W * result.covered) : dual;
    }
    return result;
  } finally {
    instance.dispose();
  }
}
