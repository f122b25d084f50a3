/**
 * The settings of a `redis-server` that keeps what it acknowledged: the
 * embedded one's (`src/server/embedded-redis.ts`), and those of the durable
 * Redis that the fault tests and the load scenario start (`bench/durable-redis.ts`).
 */
/**
 * How the embedded `redis-server` keeps what it acknowledged (the README's
 * "Persistence" section explains each one; the fault tests and the load
 * scenario start their Redis with exactly these):
 * - every write goes to the append-only file, and that file is fsynced before
 *   the reply leaves, so that neither a SIGKILL nor a power cut loses an
 *   acknowledged write (`appendfsync everysec` could lose up to about two
 *   seconds of them);
 * - the fsync goes on while the file is being rewritten;
 * - a full memory refuses writes (an `OOM` error) rather than evict keys:
 *   BullMQ needs `noeviction`, and an evicted wish would be lost silently;
 * - a file cut short by a crash loses only its last, unanswered command.
 */
export const DURABLE_REDIS_SETTINGS: readonly string[] = [
  '--appendonly',
  'yes',
  '--appendfsync',
  'always',
  '--no-appendfsync-on-rewrite',
  'no',
  '--maxmemory-policy',
  'noeviction',
  '--aof-load-truncated',
  'yes',
];

/** The command line of a durable `redis-server` on `host`:`port` keeping its files in `dir`. */
export function durableRedisArgs(host: string, port: number, dir: string): string[] {
  return ['--port', String(port), '--bind', host, '--dir', dir, ...DURABLE_REDIS_SETTINGS];
}
