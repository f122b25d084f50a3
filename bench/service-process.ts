/**
 * The service's processes for the benchmarks: `maillage serve` (with or
 * without its solve worker) and `maillage worker`, each a child process of
 * the bench as in production, on a Redis the caller owns, and an organiser's
 * client of the API.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './local-ports';

/** What the API and its workers must agree on. */
export interface Deployment {
  /** `REDIS_URL` */
  redisUrl: string;
  /** `ORGANIZER_TOKEN` of the API */
  organizerToken: string;
  /** `REDIS_KEY_PREFIX`; absent leaves the service's default. */
  keyPrefix?: string;
  /** `QUEUE_NAME`; absent leaves the service's default. */
  queueName?: string;
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
}

export interface ApiProcess extends ServiceProcess {
  url: string;
}

/** How long a stopping process may take (a running solve finishing) before it is killed. */
const STOP_GRACE_MS = 15_000;
/** The end of stderr kept for messages. */
const STDERR_TAIL = 4096;

const BIN = join(__dirname, '..', '..', 'bin', 'maillage.js');

function deploymentEnv(deployment: Deployment): NodeJS.ProcessEnv {
  return {
    ...process.env,
    REDIS_URL: deployment.redisUrl,
    ORGANIZER_TOKEN: deployment.organizerToken,
    ...(deployment.keyPrefix !== undefined ? { REDIS_KEY_PREFIX: deployment.keyPrefix } : {}),
    ...(deployment.queueName !== undefined ? { QUEUE_NAME: deployment.queueName } : {}),
    // Logs as in production (LOG_LEVEL's default), to a stdout nobody reads.
    LOG_LEVEL: 'info',
  };
}

/** A process as spawned, with the end of its stderr. */
interface Spawned extends ServiceProcess {
  stderr(): string;
}

/**
 * Spawns `node bin/maillage.js <args>`. Its stderr is read all along (a pipe
 * left unread would block the child once full), and its end is kept.
 */
function spawnMaillage(name: string, args: string[], env: NodeJS.ProcessEnv): Spawned {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let tail = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-STDERR_TAIL);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    name,
    running,
    stderr: () => tail,
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
 * port, with bodies up to 64 MiB for large events; resolves once `/healthz`
 * answers 200.
 */
export async function startApi(deployment: Deployment, { worker }: { worker: boolean }): Promise<ApiProcess> {
  const port = await freePort();
  const env = { ...deploymentEnv(deployment), PORT: String(port), MAX_BODY_BYTES: String(64 * 1024 * 1024) };
  const api = spawnMaillage(worker ? 'maillage serve' : 'maillage serve --no-worker', worker ? ['serve'] : ['serve', '--no-worker'], env);
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(api, 20_000, () => fetch(`${url}/healthz`).then((r) => r.ok, () => false));
  return { ...api, url };
}

/**
 * Starts `maillage worker`, one solve at a time (`WORKER_CONCURRENCY=1`);
 * resolves once it says it has started, that is once its BullMQ worker is
 * connected and takes jobs.
 */
export async function startWorker(deployment: Deployment): Promise<ServiceProcess> {
  const worker = spawnMaillage('maillage worker', ['worker'], { ...deploymentEnv(deployment), WORKER_CONCURRENCY: '1' });
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
