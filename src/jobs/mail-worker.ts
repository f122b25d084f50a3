/**
 * The BullMQ worker of mail jobs: a thin shell around `sendMailJob`. An SMTP
 * failure is retried with backoff; a job that can never be sent fails for good.
 */
import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { AppError } from '../app/errors';
import type { MailJobData } from '../app/ports';
import { sendMailJob, type MailJobDeps, type MailOutcome } from '../app/send-mail-job';
import type { Logger } from '../logger';
import { SMTP_CONNECTIONS } from '../mail/smtp-mailer';
import { mailQueueName } from './mail-queue';

export async function processMailJob(deps: MailJobDeps, job: Job<MailJobData>): Promise<MailOutcome> {
  try {
    return await sendMailJob(deps, job.data);
  } catch (error) {
    if (error instanceof AppError) throw new UnrecoverableError(error.describe());
    throw error;
  }
}

export interface MailWorkerSettings {
  /** The solve queue's name (`QUEUE_NAME`): the mail queue is named after it. */
  queueName: string;
  prefix: string;
  connection: ConnectionOptions;
}

export function createMailWorker(settings: MailWorkerSettings, deps: MailJobDeps, logger: Logger): Worker<MailJobData, MailOutcome> {
  const worker = new Worker<MailJobData, MailOutcome>(mailQueueName(settings.queueName), (job) => processMailJob(deps, job), {
    connection: settings.connection,
    prefix: settings.prefix,
    concurrency: SMTP_CONNECTIONS,
  });
  const about = (job: Job<MailJobData> | undefined) => ({ jobId: job?.id, eventId: job?.data.eventId, clusterId: job?.data.clusterId, kind: job?.data.kind });
  worker.on('completed', (job, outcome) => logger.info({ ...about(job), outcome }, 'mail job done'));
  worker.on('failed', (job, error) => logger.warn({ ...about(job), attempt: job?.attemptsMade, err: error.message }, 'mail not sent'));
  worker.on('error', (error) => logger.error({ err: error.message }, 'mail worker error'));
  return worker;
}
