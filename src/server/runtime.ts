/**
 * The connections and dependencies shared by the API and the worker.
 */
import type { Redis } from 'ioredis';
import type { Queue } from 'bullmq';
import { ExportCache } from '../app/export-cache';
import type { AppDeps, MailJobData, SolveJobData } from '../app/ports';
import type { Config } from '../config/config';
import { BullMailQueue, createMailQueue } from '../jobs/mail-queue';
import { BullSolveQueue, createQueue } from '../jobs/solve-queue';
import { runSolveInThread } from '../jobs/thread-runner';
import type { Logger } from '../logger';
import { bullPrefix } from '../store/keys';
import { createRedisClient, redisConnectionOptions, type RedisTarget } from '../store/redis-client';
import { RedisGuessLimiter } from '../store/guess-limiter';
import { RedisLifeStore } from '../store/life-store';
import { RedisStore } from '../store/redis-store';
import { ReplicatedWriter } from '../store/replica-wait';

export interface Runtime {
  deps: AppDeps;
  redis: Redis;
  queue: Queue<SolveJobData>;
  mailQueue: Queue<MailJobData>;
  /** Closes the queue and the Redis connections. */
  close(): Promise<void>;
}

/** Through the Sentinels when `REDIS_SENTINELS` names any, or else at `redisUrl`. */
export function redisTarget(config: Pick<Config, 'redisSentinels' | 'redisSentinelName'>, redisUrl: string): RedisTarget {
  return config.redisSentinels.length > 0 ? { sentinels: config.redisSentinels, name: config.redisSentinelName } : { url: redisUrl };
}

/** Where BullMQ keeps the solve queue, for a queue or a worker. */
export function queueSettings(config: Config, redisUrl: string) {
  return { queueName: config.queueName, prefix: bullPrefix(config.keyPrefix), connection: redisConnectionOptions(redisTarget(config, redisUrl)) };
}

/**
 * @param redisUrl the Redis to use unless `config` names Sentinels. Writes
 *   that replicas must confirm (`REDIS_WAIT_REPLICAS`) get a connection of their own.
 */
export function createRuntime(config: Config, redisUrl: string, logger: Logger): Runtime {
  const target = redisTarget(config, redisUrl);
  const redis = createRedisClient(target, logger);
  const writer =
    config.redisWaitReplicas > 0
      ? new ReplicatedWriter(createRedisClient(target, logger), config.redisWaitReplicas, config.redisWaitTimeoutMs)
      : undefined;
  const queue = createQueue(queueSettings(config, redisUrl));
  queue.on('error', (error: Error) => logger.warn({ err: error.message }, 'queue error'));
  const mailQueue = createMailQueue(queueSettings(config, redisUrl));
  mailQueue.on('error', (error: Error) => logger.warn({ err: error.message }, 'mail queue error'));
  const store = new RedisStore(redis, config.keyPrefix, writer);
  const deps: AppDeps = {
    store,
    organisers: store,
    life: new RedisLifeStore(redis, config.keyPrefix, writer),
    mail: new BullMailQueue(mailQueue),
    guesses: new RedisGuessLimiter(redis, config.keyPrefix, config.authFailures),
    queue: new BullSolveQueue(
      queue,
      config.redisWaitReplicas > 0 ? { replicas: config.redisWaitReplicas, timeoutMs: config.redisWaitTimeoutMs } : undefined,
    ),
    runSolve: runSolveInThread,
    config: {
      publicUrl: config.publicUrl,
      organizerToken: config.organizerToken,
      solveTimeLimitSeconds: config.solveTimeLimitSeconds,
      maxEventsPerOrganiser: config.maxEventsPerOrganiser,
      mailMode: config.smtpUrl ? 'smtp' : 'outbox',
    },
    now: () => new Date(),
    exportCache: new ExportCache(config.exportCacheBytes),
  };
  return {
    deps,
    redis,
    queue,
    mailQueue,
    close: async () => {
      await queue.close();
      await mailQueue.close();
      await writer?.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
