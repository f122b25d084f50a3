import type { Config } from '../config/config';
import { createSolveWorker, type SolveJobDeps } from '../jobs/solve-worker';
import { createLogger, type Logger } from '../logger';
import { createRuntime, queueSettings } from './runtime';

export interface WorkerHandle {
  /** Lets the running jobs finish, then closes the connections. */
  close(): Promise<void>;
}

/** Creates the BullMQ worker of solve jobs, on the queue that `config` names. */
export function attachWorker(config: Config, redisUrl: string, deps: SolveJobDeps, logger: Logger) {
  const queue = queueSettings(config, redisUrl);
  // A worker's blocking connection waits out a Redis outage or a failover instead of failing its commands.
  const settings = { ...queue, connection: { ...queue.connection, maxRetriesPerRequest: null }, concurrency: config.workerConcurrency };
  return createSolveWorker(settings, deps, logger);
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
