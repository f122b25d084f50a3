/**
 * A private `redis-server` for a bench or a test file: a free port, a
 * temporary directory, nothing saved. The Redis on 6379, if any, is never touched.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchRedis, signalRedis } from './launch-redis';
import { freePort } from './local-ports';

export interface PrivateRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
  const child = await launchRedis(args, port, 'private redis-server').catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      await signalRedis(child, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
