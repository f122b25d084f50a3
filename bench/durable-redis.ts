/**
 * A `redis-server` that persists as the product's embedded one does (the same
 * settings, {@link durableRedisArgs}), on a free port and in a temporary
 * directory, that a fault test or the load scenario can SIGKILL and start
 * again on the same port and directory. The Redis on 6379, if any, is never touched.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { durableRedisArgs } from '../src/store/durable-redis-settings';
import { isRunning, launchRedis, signalRedis } from './launch-redis';
import { freePort } from './local-ports';

export interface DurableRedis {
  url: string;
  port: number;
  /** Where its append-only file lives. */
  dir: string;
  /** True while its `redis-server` runs. */
  running(): boolean;
  /** SIGKILL: no shutdown save, no last fsync; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts `redis-server` again on the same port and directory; resolves once it answers PING (its data loaded). */
  restart(): Promise<void>;
  /** Stops it (SIGTERM) and removes its directory. */
  stop(): Promise<void>;
}

const launch = (port: number, dir: string) => launchRedis(durableRedisArgs('127.0.0.1', port, dir), port, 'durable redis-server');

/** Starts a durable `redis-server` on a free port, in a new temporary directory; resolves once it answers. */
export async function startDurableRedis(): Promise<DurableRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'maillage-durable-redis-'));
  let child = await launch(port, dir).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    running: () => isRunning(child),
    kill: () => signalRedis(child, 'SIGKILL'),
    restart: async () => {
      if (isRunning(child)) throw new Error('redis-server is still running');
      child = await launch(port, dir);
    },
    stop: async () => {
      await signalRedis(child, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
