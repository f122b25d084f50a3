/**
 * Solving with the real clock, and the one reading of the core's verdicts:
 * invalid input and infeasible constraints become application errors (the
 * caller's to fix, never a crash), and so does a time limit reached before
 * the required meetings were placed or proven impossible (`timed_out`: more
 * time may help). The CLI solves here, with the runner the job processor uses
 * too (a worker thread that keeps the time limit); the job processor reads
 * the verdict with {@link acceptSolveResult}.
 */
import type { EventFile, Schedule, SolveResult, SolveStatus } from '../../solver';
import { AppError, invalid } from './errors';
import type { SolveRunner } from './ports';

export interface SolveScheduleOptions {
  /** @defaultValue 30 */
  timeLimitSeconds?: number;
  /** @defaultValue 1 */
  seed?: number;
}

export interface SolvedSchedule {
  schedule: Schedule;
  status: Exclude<SolveStatus, 'invalid' | 'infeasible'>;
}

export const DEFAULT_TIME_LIMIT_SECONDS = 30;

export async function solveSchedule(runSolve: SolveRunner, event: EventFile, options: SolveScheduleOptions = {}): Promise<SolvedSchedule> {
  const result = await runSolve(event, {
    timeLimitMs: Math.round((options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS) * 1000),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  return acceptSolveResult(result);
}

/** The schedule of a solve, or the application error that says why there is none. */
export function acceptSolveResult(result: SolveResult): SolvedSchedule {
  if (result.status === 'invalid') throw invalid('the event or its locks are invalid', result.problems);
  if (result.status === 'timedout' && !result.schedule) {
    throw new AppError('timed_out', 'the time limit came before a schedule was found or proven impossible', result.problems);
  }
  if (result.status === 'infeasible' || !result.schedule) {
    throw new AppError('infeasible', 'the event cannot be scheduled', result.problems);
  }
  return { schedule: result.schedule, status: result.status };
}
