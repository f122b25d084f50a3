/**
 * The embedded default: without `REDIS_URL` (or `REDIS_SENTINELS`), use the Redis on
 * 127.0.0.1:6379 if one answers, or else start a private `redis-server` that
 * keeps its data (append-only file, written to disk before each answer) in `DATA_DIR`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config/config';
import type { Logger } from '../logger';
import { durableRedisArgs } from '../store/durable-redis-settings';
import { answersPing, freePort, isPortFree } from './net-probe';
import { StartupError } from './startup-error';

export interface RedisEndpoint {
  url: string;
  /** True when this process started the `redis-server`. */
  embedded: boolean;
  /** Stops the `redis-server` this process started (it saves on the way out); otherwise does nothing. */
  stop(): Promise<void>;
}

export interface EmbeddedRedisOptions {
  /** @defaultValue `127.0.0.1` */
  host?: string;
  /** Port to look at, and to start on when it is free. @defaultValue 6379 */
  port?: number;
  /** @defaultValue `redis-server` (from the PATH) */
  command?: string;
  /** @defaultValue 10000 */
  startTimeoutMs?: number;
}

export const INSTALL_HINT =
  'redis-server was not found on the PATH. Install Redis (Debian/Ubuntu: sudo apt-get install redis-server; ' +
  'macOS: brew install redis) or set REDIS_URL to a running Redis.';

export { DURABLE_REDIS_SETTINGS, durableRedisArgs } from '../store/durable-redis-settings';

const external = (url: string): RedisEndpoint => ({ url, embedded: false, stop: async () => undefined });

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}

async function waitUntilReady(child: ChildProcess, host: string, port: number, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let failure: Error | null = null;
  child.once('error', (error: NodeJS.ErrnoException) => {
    failure = error.code === 'ENOENT' ? new StartupError(INSTALL_HINT) : error;
  });
  child.once('exit', (code) => {
    failure ??= new StartupError(`redis-server stopped at start (exit code ${code}):\n${output()}`);
  });
  for (;;) {
    if (failure) throw failure;
    if (await answersPing(host, port, 200)) return;
    if (Date.now() > deadline) {
      await stopProcess(child);
      throw new StartupError(`redis-server did not answer on ${host}:${port} within ${timeoutMs} ms:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function ensureRedis(
  config: Pick<Config, 'redisUrl' | 'redisUrlFromEnv' | 'dataDir'> & Partial<Pick<Config, 'redisSentinels'>>,
  logger: Logger,
  options: EmbeddedRedisOptions = {},
): Promise<RedisEndpoint> {
  // With Sentinels, the connections find the master themselves.
  if (config.redisUrlFromEnv || (config.redisSentinels?.length ?? 0) > 0) return external(config.redisUrl);
  const host = options.host ?? '127.0.0.1';
  const wanted = options.port ?? 6379;
  if (await answersPing(host, wanted)) return external(`redis://${host}:${wanted}`);

  const port = (await isPortFree(wanted, host)) ? wanted : await freePort(host);
  const dir = resolve(config.dataDir);
  mkdirSync(dir, { recursive: true });
  const child = spawn(options.command ?? 'redis-server', durableRedisArgs(host, port, dir), { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitUntilReady(child, host, port, options.startTimeoutMs ?? 10_000, () => output);
  logger.info({ port, dir }, 'started an embedded redis-server');
  return { url: `redis://${host}:${port}`, embedded: true, stop: () => stopProcess(child) };
}
