import { Redis, type RedisOptions } from 'ioredis';
import type { SentinelAddress } from '../config/config';
import type { Logger } from '../logger';

/** Where Redis is: one server, or the Sentinels that name the current master of `name`. */
export type RedisTarget = { url: string } | { sentinels: SentinelAddress[]; name: string };

/** The options of {@link redisConnectionOptions}: few enough for BullMQ's `connection` type too. */
export type RedisConnectionOptions = Pick<RedisOptions, 'sentinels' | 'name' | 'failoverDetector' | 'reconnectOnError'> & { url?: string };

/**
 * The ioredis options that reach `target`, for the store's connections and
 * for BullMQ's (which reads `url` itself). Through Sentinel, a connection
 * that drops asks the Sentinels for the master again, so it follows a
 * promoted replica; it also listens for `+switch-master`, and reconnects when
 * it finds itself on a demoted master (READONLY), resending that command.
 */
export function redisConnectionOptions(target: RedisTarget): RedisConnectionOptions {
  if ('url' in target) return { url: target.url };
  return {
    sentinels: target.sentinels,
    name: target.name,
    failoverDetector: true,
    reconnectOnError: (error) => (error.message.startsWith('READONLY') ? 2 : false),
  };
}

/**
 * A Redis connection whose commands fail after a few retries rather than
 * wait forever, so that an unreachable Redis becomes a 503, not a hang.
 */
export function createRedisClient(target: RedisTarget, logger: Logger, options: RedisOptions = {}): Redis {
  const { url, ...connection } = redisConnectionOptions(target);
  const settings: RedisOptions = { maxRetriesPerRequest: 2, ...connection, ...options };
  const redis = url ? new Redis(url, settings) : new Redis(settings);
  let reported = false;
  redis.on('error', (error: Error) => {
    // Reconnection retries repeat the same error: log it once per outage.
    if (!reported) logger.warn({ err: error.message }, 'redis connection error');
    reported = true;
  });
  redis.on('ready', () => {
    reported = false;
  });
  return redis;
}
