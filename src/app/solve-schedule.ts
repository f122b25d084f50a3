/**
 * The one way the application solves: the CLI, and the job processor, call
 * this. It gives the core the real clock and turns its verdicts into
 * application errors (invalid input and infeasible constraints are the
 * caller's to fix, never a crash).
 */
import { solve, type EventFile, type LockedMeeting, type Schedule, type SolveStatus } from '../../solver';
import { AppError } from './errors';

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
  if (result.status === 'invalid') throw new AppError('validation_failed', 'the event file is not valid', result.problems);
  if (result.status === 'infeasible') throw new AppError('infeasible', 'the required meetings cannot all be scheduled', result.problems);
  return { schedule: result.schedule!, status: result.status };
}
