/**
 * A `redis-server` that persists as the product's embedded one does (the same
 * settings, {@link durableRedisArgs}), on a free port and in a temporary
 * directory, that a fault test can SIGKILL and start again on the same port
 * and directory. The Redis on 6379, if any, is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, redisAnswers } from '../../bench/local-ports';
import { durableRedisArgs } from '../../src/server/embedded-redis';

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

const START_TIMEOUT_MS = 10_000;

function exitOf(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', () => done()));
}

async function launch(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn('redis-server', durableRedisArgs('127.0.0.1', port, dir), { stdio: 'ignore' });
  let failure: string | null = null;
  child.once('error', (error) => (failure = error.message));
  child.once('exit', (code, signal) => (failure ??= `exited (${signal ?? code})`));
  const deadline = Date.now() + START_TIMEOUT_MS;
  // PING answers LOADING until the append-only file is read back.
  while (!(await redisAnswers(port))) {
    if (failure || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`durable redis-server did not start on port ${port}: ${failure ?? 'no answer'}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return child;
}

/** Starts a durable `redis-server` on a free port, in a new temporary directory; resolves once it answers. */
export async function startDurableRedis(): Promise<DurableRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'maillage-durable-redis-'));
  let child = await launch(port, dir);
  const running = () => child.exitCode === null && child.signalCode === null;
  const signal = async (name: NodeJS.Signals) => {
    if (!running()) return;
    const exited = exitOf(child);
    child.kill(name);
    await exited;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    running,
    kill: () => signal('SIGKILL'),
    restart: async () => {
      if (running()) throw new Error('redis-server is still running');
      child = await launch(port, dir);
    },
    stop: async () => {
      await signal('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
