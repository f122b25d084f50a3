/**
 * The BullMQ queue of emails, seen by the use cases as a {@link MailQueue}:
 * one job per cluster and kind of email, named after the request that asked
 * for it, so that asking twice within a request queues it once.
 */
import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { MailJobData, MailQueue } from '../app/ports';

export const MAIL_JOB_NAME = 'mail';

/** Retried with backoff for about an hour (an SMTP server down for a while); finished jobs are kept a week. */
export const MAIL_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 15_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600, count: 10_000 },
};

/** The mail queue's name beside the solve queue's (`QUEUE_NAME`). */
export const mailQueueName = (solveQueueName: string): string => `${solveQueueName}-mail`;

/** The job's id: BullMQ adds a job whose id is taken only once. Ids hold no colon. */
export const mailJobId = (job: Pick<MailJobData, 'eventId' | 'clusterId' | 'kind' | 'batch'>): string =>
  [job.eventId, job.kind, job.batch, job.clusterId].map(encodeURIComponent).join('.');

export function createMailQueue(settings: { queueName: string; prefix: string; connection: ConnectionOptions }): Queue<MailJobData> {
  return new Queue<MailJobData>(mailQueueName(settings.queueName), { connection: settings.connection, prefix: settings.prefix });
}

export class BullMailQueue implements MailQueue {
  constructor(private readonly queue: Queue<MailJobData>) {}

  async enqueue(jobs: readonly MailJobData[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue.addBulk(jobs.map((data) => ({ name: MAIL_JOB_NAME, data, opts: { ...MAIL_JOB_OPTIONS, jobId: mailJobId(data) } })));
  }
}
