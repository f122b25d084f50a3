/**
 * The connections and dependencies shared by the API and the worker.
 */
import type { Redis } from 'ioredis';
import type { Queue } from 'bullmq';
import { ExportCache } from '../app/export-cache';
import type { AppDeps, SolveJobData } from '../app/ports';
import type { Config } from '../config/config';
import { BullSolveQueue, createQueue } from '../jobs/solve-queue';
import { runSolveInThread } from '../jobs/thread-runner';
import type { Logger } from '../logger';
import { bullPrefix } from '../store/keys';
import { createRedisClient } from '../store/redis-client';
import { RedisStore } from '../store/redis-store';

export interface Runtime {
  deps: AppDeps;
  redis: Redis;
  queue: Queue<SolveJobData>;
  /** Closes the queue and the Redis connection. */
  close(): Promise<void>;
}

/** Where BullMQ keeps the solve queue, for a queue or a worker. */
export function queueSettings(config: Config, redisUrl: string) {
  return { queueName: config.queueName, prefix: bullPrefix(config.keyPrefix), connection: { url: redisUrl } };
}

export function createRuntime(config: Config, redisUrl: string, logger: Logger): Runtime {
  const redis = createRedisClient(redisUrl, logger);
  const queue = createQueue(queueSettings(config, redisUrl));
  queue.on('error', (error: Error) => logger.warn({ err: error.message }, 'queue error'));
  const deps: AppDeps = {
    store: new RedisStore(redis, config.keyPrefix),
    queue: new BullSolveQueue(queue),
    runSolve: runSolveInThread,
    config: {
      publicUrl: config.publicUrl,
      organizerToken: config.organizerToken,
      solveTimeLimitSeconds: config.solveTimeLimitSeconds,
    },
    now: () => new Date(),
    exportCache: new ExportCache(config.exportCacheBytes),
  };
  return {
    deps,
    redis,
    queue,
    close: async () => {
      await queue.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
