import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger';

/**
 * A Redis connection whose commands fail after a few retries rather than
 * wait forever, so that an unreachable Redis becomes a 503, not a hang.
 */
export function createRedisClient(url: string, logger: Logger, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, ...options });
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
