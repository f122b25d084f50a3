import { z } from 'zod';
import { computeRounds, startedRounds, type Absence, type EventFile, type SolveStatus } from '../../solver';
import { AppError, notFound } from './errors';
import type { AppDeps } from './ports';
import { zodProblems } from './problems';
import { publishSchedule, saveDraftSchedule } from './publication';
import { solveRequestSchema } from './request-solve';
import { acceptSolveResult } from './solve-schedule';
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
  /** False when the schedule was kept as a draft. */
  published: boolean;
}

/**
 * When a solve re-plans the rest of the day: at the time asked for, else at
 * `clock` while the event is in progress or has absences; never otherwise
 * (a solve before the event, or of one long past, keeps every round open).
 */
export function replanTime(event: EventFile, absences: readonly Absence[], asked: string | undefined, clock: Date): string | undefined {
  if (asked) return asked;
  const at = clock.toISOString();
  const started = startedRounds(event, at);
  const inProgress = started > 0 && started < computeRounds(event).length;
  return inProgress || absences.length > 0 ? at : undefined;
}

/**
 * Solves an event from what the store holds now, and publishes the schedule,
 * with its calendar ledger (or keeps it as the draft with `publish: false`),
 * only if it is complete and the event did not change meanwhile, so that
 * running it again is harmless. An
 * {@link AppError} means that trying again cannot help; any other error may
 * be transient.
 *
 * @param onProgress receives 0–100 as the solver advances
 */
export async function runSolveJob(
  deps: Pick<AppDeps, 'store' | 'life' | 'mail' | 'runSolve' | 'config' | 'now'>,
  data: unknown,
  onProgress: (percent: number) => void,
): Promise<SolveJobResult> {
  const parsed = solveJobDataSchema.safeParse(data);
  if (!parsed.success) throw new AppError('bad_request', 'invalid job data', zodProblems(parsed.error));
  const { eventId, seed, timeLimitSeconds = deps.config.solveTimeLimitSeconds, publish = true, now } = parsed.data;
  const input = await loadSolverInput(deps, eventId);
  const asOf = replanTime(input.event, input.absences, now, deps.now());

  const result = await deps.runSolve(input.event, {
    seed,
    timeLimitMs: Math.round(timeLimitSeconds * 1000),
    locks: input.locks,
    ...(input.previous ? { previous: input.previous } : {}),
    ...(asOf ? { asOf, absences: input.absences } : {}),
    onProgress,
  });
  const { schedule, status } = acceptSolveResult(result);

  const saved = publish
    ? await publishSchedule(deps, input.event, schedule, input.revision)
    : await saveDraftSchedule(deps, eventId, schedule, input.revision);
  if (saved === 'missing') throw notFound(`event "${eventId}"`);
  if (saved === 'conflict') throw new AppError('conflict', 'the event or its locks changed during the solve: solve again');
  const { stats } = schedule;
  return {
    status,
    meetings: stats.meetings,
    covered: stats.covered,
    value: stats.value,
    optimal: stats.optimal,
    unmet: schedule.unmet.length,
    published: publish,
  };
}
