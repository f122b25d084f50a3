/**
 * Solving with the real clock, and the one reading of the core's verdicts:
 * invalid input and infeasible constraints become application errors (the
 * caller's to fix, never a crash), and so does a time limit reached before
 * the required meetings were placed or proven impossible (`timed_out`: more
 * time may help). The CLI solves here; the job processor
 * solves in a worker thread and reads the verdict with {@link acceptSolveResult}.
 */
import { solve, type EventFile, type LockedMeeting, type Schedule, type SolveResult, type SolveStatus } from '../../solver';
import { AppError, invalid } from './errors';

export interface SolveScheduleOptions {
  /** @defaultValue 30 */
  timeLimitSeconds?: number;
  /** @defaultValue 1 */
  seed?: number;
  locks?: readonly LockedMeeting[];
  /** The schedule announced before, so that the new one moves as little as possible. */
  previous?: Schedule | null;
  onProgress?: (percent: number) => void;
}

export interface SolvedSchedule {
  schedule: Schedule;
  status: Exclude<SolveStatus, 'invalid' | 'infeasible'>;
}

export const DEFAULT_TIME_LIMIT_SECONDS = 30;

export function solveSchedule(event: EventFile, options: SolveScheduleOptions = {}): SolvedSchedule {
  const result = solve(event, {
    now: () => performance.now(),
    timeLimitMs: (options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS) * 1000,
    seed: options.seed,
    locks: options.locks,
    previous: options.previous ?? undefined,
    onProgress: options.onProgress,
  });
  return acceptSolveResult(result);
}

/** The schedule of a solve, or the application error that says why there is none. */
export function acceptSolveResult(result: SolveResult): SolvedSchedule {
  if (result.status === 'invalid') throw invalid('the event or its locks are invalid', result.problems);
  if (result.status === 'timedout' && !result.schedule) {
    throw new AppError('timed_out', 'the time limit came before the required meetings could be scheduled or proven impossible', result.problems);
  }
  if (result.status === 'infeasible' || !result.schedule) {
    throw new AppError('infeasible', 'the event cannot be scheduled', result.problems);
  }
  return { schedule: result.schedule, status: result.status };
}
