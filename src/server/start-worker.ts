import type { MailJobDeps } from '../app/send-mail-job';
import type { Config } from '../config/config';
import { createMailWorker } from '../jobs/mail-worker';
import { createSolveWorker, type SolveJobDeps } from '../jobs/solve-worker';
import { createMailer } from '../mail/create-mailer';
import { createLogger, type Logger } from '../logger';
import { createRuntime, queueSettings } from './runtime';

export interface WorkerHandle {
  /** Lets the running jobs finish, then closes the connections. */
  close(): Promise<void>;
}

/** The solve and mail workers of one process, closed together. */
export interface Workers {
  waitUntilReady(): Promise<void>;
  /** Lets the running jobs finish. */
  close(): Promise<void>;
}

/**
 * Creates the BullMQ workers of solve jobs and of mail jobs, on the queues
 * that `config` names; emails go over `SMTP_URL`, or into `DATA_DIR/outbox/`.
 */
export function attachWorker(config: Config, redisUrl: string, deps: SolveJobDeps & Omit<MailJobDeps, 'mailer' | 'mailFrom'>, logger: Logger): Workers {
  const queue = queueSettings(config, redisUrl);
  // A worker's blocking connection waits out a Redis outage or a failover instead of failing its commands.
  const connection = { ...queue.connection, maxRetriesPerRequest: null };
  const solver = createSolveWorker({ ...queue, connection, concurrency: config.workerConcurrency }, deps, logger);
  const mailer = createMailer({ ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}), mailFrom: config.mailFrom, dataDir: config.dataDir });
  if (mailer.mode.kind === 'outbox') logger.info({ folder: mailer.mode.folder }, 'SMTP_URL is not set: emails are written to the outbox folder');
  const mail = createMailWorker({ ...queue, connection }, { ...deps, mailer, mailFrom: config.mailFrom }, logger);
  return {
    waitUntilReady: async () => {
      await Promise.all([solver.waitUntilReady(), mail.waitUntilReady()]);
    },
    close: async () => {
      await Promise.all([solver.close(), mail.close()]);
      mailer.close();
    },
  };
}

/**
 * A solve worker alone (`maillage worker`): it takes jobs from the queue in
 * `REDIS_URL` (or on the master that `REDIS_SENTINELS` name), so that workers
 * can run on several machines.
 */
export async function startWorker(config: Config): Promise<WorkerHandle> {
  const logger = createLogger(config.logLevel);
  const runtime = createRuntime(config, config.redisUrl, logger);
  const worker = attachWorker(config, config.redisUrl, runtime.deps, logger);
  await worker.waitUntilReady();
  logger.info({ queue: config.queueName, concurrency: config.workerConcurrency }, 'worker started');
  let closing: Promise<void> | undefined;
  return {
    close: () =>
      (closing ??= (async () => {
        await worker.close();
        await runtime.close();
        logger.info('worker stopped');
      })()),
  };
}
