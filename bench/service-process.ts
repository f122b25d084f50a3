/**
 * The service's processes for the benchmarks: `maillage serve` (with or
 * without its solve worker) and `maillage worker`, each a child process of
 * the bench as in production, on a Redis the caller owns, and an organiser's
 * client of the API.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort } from './local-ports';

/** What the API and its workers must agree on. */
export interface Deployment {
  /** `REDIS_URL`; absent, it is unset (for a deployment through Sentinel, see `env`). */
  redisUrl?: string;
  /** `ORGANIZER_TOKEN` of the API */
  organizerToken: string;
  /** `REDIS_KEY_PREFIX`; absent leaves the service's default. */
  keyPrefix?: string;
  /** `QUEUE_NAME`; absent leaves the service's default. */
  queueName?: string;
  /** More settings, e.g. `REDIS_SENTINELS`; they override the ones above. */
  env?: Record<string, string>;
}

export interface ServiceProcess {
  /** What the process is, for messages. */
  name: string;
  /** False once the process has exited. */
  running(): boolean;
  /** How it stopped (exit code or signal) and the end of its stderr, for messages. */
  exitReport(): string;
  /** SIGTERM (a running solve may finish), then SIGKILL after {@link STOP_GRACE_MS}; resolves when it has exited. */
  stop(): Promise<void>;
  /** Sends a signal (SIGKILL for a crash, SIGTERM for a clean stop) and returns at once. */
  signal(name: NodeJS.Signals): void;
  /** Resolves once the process has exited, with its exit code or the signal that ended it. */
  exited(): Promise<ProcessExit>;
}

/** How a process ended: `code` when it exited, `signal` when a signal ended it. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ApiProcess extends ServiceProcess {
  url: string;
  port: number;
}

/** More of `startApi`'s settings; the defaults are the bench's. */
export interface ApiOptions {
  /** Also run a solve worker in the process (`maillage serve` rather than `serve --no-worker`). */
  worker: boolean;
  /** More environment variables (`SOLVE_TIME_LIMIT_SECONDS`, …), over the deployment's. */
  env?: Record<string, string>;
}

/** How long a stopping process may take (a running solve finishing) before it is killed. */
const STOP_GRACE_MS = 15_000;
/** The end of stderr kept for messages. */
const STDERR_TAIL = 4096;
/** The end of a worker's log kept (a few lines per job). */
const LOG_TAIL = 256 * 1024;

/** `bin/maillage.js`, found from the sources (`bench/`) or the build (`dist/bench/`). */
function findBin(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const bin = join(dir, 'bin', 'maillage.js');
    if (existsSync(bin)) return bin;
  }
  throw new Error('bin/maillage.js not found');
}

const BIN = findBin();

function deploymentEnv(deployment: Deployment): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // Empty counts as unset.
    REDIS_URL: deployment.redisUrl ?? '',
    ORGANIZER_TOKEN: deployment.organizerToken,
    ...(deployment.keyPrefix !== undefined ? { REDIS_KEY_PREFIX: deployment.keyPrefix } : {}),
    ...(deployment.queueName !== undefined ? { QUEUE_NAME: deployment.queueName } : {}),
    // Logs as in production (LOG_LEVEL's default), to a stdout nobody reads.
    LOG_LEVEL: 'info',
    ...deployment.env,
  };
}

/** A process as spawned, with the end of its stderr. */
interface Spawned extends ServiceProcess {
  stderr(): string;
  /** The end of its stdout when it was kept (`keepLog`), else `''`. */
  log(): string;
}

/** A `maillage worker` process, with what it logged. */
export interface WorkerProcess extends ServiceProcess {
  /** The end of its log (stdout: pino's JSON lines, such as `"msg":"solve started"` with the `jobId`). */
  log(): string;
}

/**
 * Spawns `node bin/maillage.js <args>`. Its stderr is read all along (a pipe
 * left unread would block the child once full), and its end is kept.
 */
function spawnMaillage(name: string, args: string[], env: NodeJS.ProcessEnv, keepLog = false): Spawned {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', keepLog ? 'pipe' : 'ignore', 'pipe'] });
  let tail = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-STDERR_TAIL);
  });
  let logTail = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    logTail = (logTail + chunk).slice(-LOG_TAIL);
  });
  const exited = new Promise<ProcessExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    name,
    running,
    stderr: () => tail,
    log: () => logTail,
    signal: (signal) => {
      if (running()) child.kill(signal);
    },
    exited: () => exited,
    exitReport: () => [child.signalCode ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`, tail.trim()].filter(Boolean).join(': '),
    stop: async () => {
      if (!running()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Throws, after stopping the process, when `ready` does not come true within `ms`. */
async function waitUntil(service: ServiceProcess, ms: number, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!service.running()) throw new Error(`${service.name} stopped at start (${service.exitReport()})`);
    if (await ready()) return;
    if (Date.now() > deadline) {
      await service.stop();
      throw new Error(`${service.name} was not ready within ${ms / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts `maillage serve` (`--no-worker` when `worker` is false) on a free
 * port, with bodies up to 64 MiB for large events and the settings of
 * `env`; resolves once `/healthz` answers 200.
 */
export async function startApi(deployment: Deployment, { worker, env: more = {} }: ApiOptions): Promise<ApiProcess> {
  const port = await freePort();
  const env = { ...deploymentEnv(deployment), PORT: String(port), MAX_BODY_BYTES: String(64 * 1024 * 1024), ...more };
  const api = spawnMaillage(worker ? 'maillage serve' : 'maillage serve --no-worker', worker ? ['serve'] : ['serve', '--no-worker'], env);
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(api, 20_000, () => fetch(`${url}/healthz`).then((r) => r.ok, () => false));
  return { ...api, url, port };
}

/**
 * Starts `maillage worker`, one solve at a time (`WORKER_CONCURRENCY=1`),
 * keeping the end of its log; resolves once it says it has started, that is
 * once its BullMQ worker is connected and takes jobs.
 */
export async function startWorker(deployment: Deployment): Promise<WorkerProcess> {
  const worker = spawnMaillage('maillage worker', ['worker'], { ...deploymentEnv(deployment), WORKER_CONCURRENCY: '1' }, true);
  await waitUntil(worker, 20_000, async () => worker.stderr().includes('solve worker started'));
  return worker;
}

/** Calls the API as the organiser: the JSON of a 2xx answer; throws on any other status. */
export type OrganizerCall = (method: string, path: string, body?: unknown) => Promise<any>;

export function organizerClient(url: string, token: string): OrganizerCall {
  return async (method, path, body) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
    return json;
  };
}
