/**
 * One measurement in a process of its own, so that its peak memory is its
 * own: the solver, or HiGHS, on one family's event. Started by
 * `reference-bench.ts` with `fork`; it receives a {@link Job}, answers with a
 * {@link Measured} and exits. The event is built in this process (seeded, so
 * the same as the parent's) and its building is not timed.
 */
import { checkSchedule, solve } from '../solver';
import { family } from './families';
import { referenceProblem, type ModelKind } from './highs-model';
import { solveReference, type ReferenceResult } from './highs-reference';

export type Job =
  | { what: 'solver'; family: string; timeLimitMs: number }
  /** HiGHS on the family's event, with the program `model` says. */
  | { what: 'reference'; family: string; timeLimitSeconds: number; model: ModelKind };

/** What the solver did on one event. */
export interface SolverFigures {
  status: string;
  /** The first solve in a fresh process, JIT warm-up included, as a CLI run. */
  ms: number;
  /** A second solve of the same event in the same process, when the first took under a second (as a service's worker). */
  warmMs?: number;
  clusters: number;
  requests: number;
  /** Required meetings (`mustMeet`). */
  required: number;
  meetings?: number;
  covered?: number;
  value?: number;
  upperBound?: number;
  optimal?: boolean;
  idle?: number;
  idleLowerBound?: number;
  idleOptimal?: boolean;
  /** Problems the independent checker found in the schedule. */
  violations?: number;
}

export type Measured =
  | { ok: true; solver: SolverFigures; rssMb: number }
  | { ok: true; reference: ReferenceResult; rssMb: number }
  | { ok: false; error: string; rssMb: number };

/** Peak resident memory of this process so far (`maxRSS` is in kibibytes). */
const peakMb = () => process.resourceUsage().maxRSS / 1024;

async function run(job: Job): Promise<Measured> {
  const event = family(job.family).event();
  if (job.what === 'reference') {
    const reference = await solveReference(referenceProblem(event), job.model, { timeLimitSeconds: job.timeLimitSeconds });
    return { ok: true, reference, rssMb: peakMb() };
  }
  const started = performance.now();
  const result = solve(event, { seed: 1, now: () => performance.now(), timeLimitMs: job.timeLimitMs });
  const ms = performance.now() - started;
  // Read before the checker runs, which is not part of the solve.
  const rssMb = peakMb();
  let warmMs: number | undefined;
  if (ms < 1000) {
    const again = performance.now();
    solve(event, { seed: 1, now: () => performance.now(), timeLimitMs: job.timeLimitMs });
    warmMs = performance.now() - again;
  }
  const solver: SolverFigures = {
    status: result.status,
    ms,
    clusters: event.clusters.length,
    requests: event.requests?.length ?? 0,
    required: event.constraints?.mustMeet?.length ?? 0,
    ...(warmMs === undefined ? {} : { warmMs }),
  };
  const schedule = result.schedule;
  if (schedule) {
    const { stats } = schedule;
    Object.assign(solver, {
      meetings: stats.meetings,
      covered: stats.covered,
      value: stats.value,
      upperBound: stats.upperBound,
      optimal: stats.optimal,
      idle: stats.idle ?? stats.idleRounds,
      idleLowerBound: stats.idleLowerBound,
      idleOptimal: stats.idleOptimal,
      violations: checkSchedule(event, schedule).length,
    });
  }
  return { ok: true, solver, rssMb };
}

/** The error's message and where it was thrown (the project's file and line), for the table. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frame = error.stack?.split('\n').find((line) => /dist\/(solver|bench)\//.test(line));
  const where = frame?.match(/dist\/((?:solver|bench)\/[^:)]+):(\d+)/);
  return where ? `${error.message} (in ${where[1].replace(/\.js$/, '.ts')}, compiled line ${where[2]})` : error.message;
}

process.once('message', (job: Job) => {
  // From a fresh stack, as in a CLI run, not from inside the IPC handler's frames.
  setImmediate(() => {
    run(job)
      .catch((error: unknown): Measured => ({ ok: false, error: describe(error), rssMb: peakMb() }))
      .then((measured) => process.send!(measured, () => process.exit(0)));
  });
});
