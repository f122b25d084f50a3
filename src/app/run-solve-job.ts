import { z } from 'zod';
import type { SolveStatus } from '../../solver';
import { AppError, invalid, notFound } from './errors';
import type { AppDeps } from './ports';
import { zodProblems } from './problems';
import { publishSchedule } from './publication';
import { solveRequestSchema } from './request-solve';
import { loadSolverInput } from './solver-input';

export const solveJobDataSchema = solveRequestSchema.extend({ eventId: z.string().min(1) });

/** What a completed solve job returns (the schedule itself is stored with the event). */
export interface SolveJobResult {
  status: SolveStatus;
  meetings: number;
  covered: number;
  value: number;
  optimal: boolean;
  unmet: number;
}

/**
 * Solves an event from what the store holds now, and stores the schedule,
 * with its calendar ledger, only if it is complete and the event did not
 * change meanwhile, so that running it again is harmless. An
 * {@link AppError} means that trying again cannot help; any other error may
 * be transient.
 *
 * @param onProgress receives 0–100 as the solver advances
 */
export async function runSolveJob(
  deps: Pick<AppDeps, 'store' | 'runSolve' | 'config' | 'now'>,
  data: unknown,
  onProgress: (percent: number) => void,
): Promise<SolveJobResult> {
  const parsed = solveJobDataSchema.safeParse(data);
  if (!parsed.success) throw new AppError('bad_request', 'invalid job data', zodProblems(parsed.error));
  const { eventId, seed, timeLimitSeconds = deps.config.solveTimeLimitSeconds } = parsed.data;
  const input = await loadSolverInput(deps, eventId);

  const result = await deps.runSolve(input.event, {
    seed,
    timeLimitMs: Math.round(timeLimitSeconds * 1000),
    locks: input.locks,
    ...(input.previous ? { previous: input.previous } : {}),
    onProgress,
  });
  if (result.status === 'invalid') throw invalid('the event or its locks are invalid', result.problems);
  if (result.status === 'infeasible') throw new AppError('infeasible', 'the event cannot be scheduled', result.problems);
  if (!result.schedule) {
    throw new AppError('infeasible', `no schedule found within ${timeLimitSeconds} s: try a longer time limit`, result.problems);
  }

  const saved = await publishSchedule(deps, input.event, result.schedule, input.revision);
  if (saved === 'missing') throw notFound(`event "${eventId}"`);
  if (saved === 'conflict') throw new AppError('conflict', 'the event or its locks changed during the solve: solve again');
  const { stats } = result.schedule;
  return {
    status: result.status,
    meetings: stats.meetings,
    covered: stats.covered,
    value: stats.value,
    optimal: stats.optimal,
    unmet: result.schedule.unmet.length,
  };
}
