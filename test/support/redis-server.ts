/**
 * A private `redis-server` for one test file: a free port, a temporary
 * directory, nothing saved. The Redis on 6379, if any, is never touched.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answersPing, freePort } from '../../src/server/net-probe';

export interface TestRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startRedisServer(): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'maillage-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: 'ignore',
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 10_000;
  while (!(await answersPing('127.0.0.1', port, 200))) {
    if (exited || Date.now() > deadline) throw new Error(`test redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      if (!exited) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A key prefix and queue name that no other test uses. */
export function uniqueNames(label: string): { keyPrefix: string; queueName: string } {
  const suffix = randomBytes(4).toString('hex');
  return { keyPrefix: `test-${label}-${suffix}:`, queueName: `test-${label}-${suffix}` };
}
