import { z } from 'zod';
import type { AppDeps } from './ports';
import { instantSchema, parseBody } from './problems';
import { loadSolverInput } from './solver-input';

/** Longest time budget a solve may ask for. */
export const MAX_TIME_LIMIT_SECONDS = 3600;

export const solveRequestSchema = z.strictObject({
  timeLimitSeconds: z
    .number()
    .positive({ error: 'must be more than 0' })
    .max(MAX_TIME_LIMIT_SECONDS, { error: `must be at most ${MAX_TIME_LIMIT_SECONDS}` })
    .optional(),
  seed: z
    .number()
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be at least 0' })
    .max(2 ** 32 - 1, { error: 'must be at most 4294967295' })
    .optional(),
  /** `false`: the result is kept as a draft for the organiser to review and publish. */
  publish: z.boolean().optional(),
  /** Re-plan the rest of the day at this time: the rounds started by then stay as they were announced. */
  now: instantSchema.optional(),
});

/**
 * Queues a solve of the event. While one is waiting or running for the same
 * event, its job id is returned instead of a new one. The event is checked
 * first, so that a solve that cannot start is refused here (422/409).
 */
export async function requestSolve(
  deps: Pick<AppDeps, 'store' | 'life' | 'queue'>,
  eventId: string,
  input: unknown,
): Promise<{ jobId: string }> {
  const options = parseBody(solveRequestSchema, input ?? {}, 'solve options');
  await loadSolverInput(deps, eventId);
  return { jobId: await deps.queue.enqueue({ eventId, ...options }) };
}
