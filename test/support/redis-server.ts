/**
 * A private `redis-server` for one test file (the bench's own: a free port, a
 * temporary directory, nothing saved, never the Redis on 6379).
 */
import { randomBytes } from 'node:crypto';
import { startPrivateRedis, type PrivateRedis } from '../../bench/private-redis';

export type TestRedis = PrivateRedis;

export const startRedisServer = (): Promise<TestRedis> => startPrivateRedis();

/** A key prefix and queue name that no other test uses. */
export function uniqueNames(label: string): { keyPrefix: string; queueName: string } {
  const suffix = randomBytes(4).toString('hex');
  return { keyPrefix: `test-${label}-${suffix}:`, queueName: `test-${label}-${suffix}` };
}
