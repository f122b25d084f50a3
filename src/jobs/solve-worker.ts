/**
 * The BullMQ worker of solve jobs: a thin shell around `runSolveJob`.
 */
import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { AppError } from '../app/errors';
import type { AppDeps, SolveJobData } from '../app/ports';
import { runSolveJob, type SolveJobResult } from '../app/run-solve-job';
import type { Logger } from '../logger';

export type SolveJobDeps = Pick<AppDeps, 'store' | 'life' | 'mail' | 'runSolve' | 'config' | 'now'>;

/**
 * Runs one job. Progress goes to BullMQ as whole percents, in order. An
 * {@link AppError} (invalid or infeasible event, out of time before the
 * required meetings were placed, …) fails the job for good;
 * anything else is retried with backoff.
 */
export async function processSolveJob(deps: SolveJobDeps, job: Job<SolveJobData>, logger: Logger): Promise<SolveJobResult> {
  let reported = -1;
  let updates = Promise.resolve();
  const onProgress = (percent: number) => {
    const whole = Math.max(0, Math.min(100, Math.round(percent)));
    if (whole === reported) return;
    reported = whole;
    updates = updates
      .then(() => job.updateProgress(whole))
      .catch((error: Error) => logger.debug({ err: error.message, jobId: job.id }, 'progress not recorded'));
  };
  try {
    const result = await runSolveJob(deps, job.data, onProgress);
    await updates;
    return result;
  } catch (error) {
    await updates;
    if (error instanceof AppError) throw new UnrecoverableError(error.describe());
    throw error;
  }
}

export interface WorkerSettings {
  queueName: string;
  prefix: string;
  connection: ConnectionOptions;
  concurrency: number;
}

export function createSolveWorker(settings: WorkerSettings, deps: SolveJobDeps, logger: Logger): Worker<SolveJobData, SolveJobResult> {
  const worker = new Worker<SolveJobData, SolveJobResult>(settings.queueName, (job) => processSolveJob(deps, job, logger), {
    connection: settings.connection,
    prefix: settings.prefix,
    concurrency: settings.concurrency,
  });
  worker.on('active', (job) => logger.info({ jobId: job.id, eventId: job.data.eventId }, 'solve started'));
  worker.on('completed', (job, result) => logger.info({ jobId: job.id, eventId: job.data.eventId, ...result }, 'solve completed'));
  worker.on('failed', (job, error) =>
    logger.warn({ jobId: job?.id, eventId: job?.data.eventId, attempt: job?.attemptsMade, err: error.message }, 'solve failed'),
  );
  worker.on('error', (error) => logger.error({ err: error.message }, 'worker error'));
  return worker;
}
