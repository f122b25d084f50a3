/**
 * Starting and stopping a `redis-server` child process for the bench's and
 * the tests' own Redis (`private-redis.ts`, `durable-redis.ts`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { redisAnswers } from './local-ports';

/** How long a `redis-server` may take to answer, its data loaded. */
const START_TIMEOUT_MS = 10_000;

/** Resolves once `child` has exited, at once if it already has. */
function exitOf(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', () => done()));
}

/** True while `child` runs. */
export const isRunning = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

/**
 * Spawns `redis-server <args>` (which must listen on 127.0.0.1:`port`) and
 * resolves once it answers PING: PING answers LOADING until its data is read
 * back, so the data is loaded by then. Throws, the process killed, when it
 * exits or does not answer within 10 s; `what` names it in that message.
 */
export async function launchRedis(args: string[], port: number, what: string): Promise<ChildProcess> {
  const child = spawn('redis-server', args, { stdio: 'ignore' });
  let failure: string | null = null;
  child.once('error', (error) => (failure = error.message));
  child.once('exit', (code, signal) => (failure ??= `exited (${signal ?? code})`));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await redisAnswers(port))) {
    if (failure || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${what} did not start on port ${port} (is redis-server on the PATH?): ${failure ?? 'no answer'}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return child;
}

/** Sends `signal` to `child` and resolves once it has exited; does nothing when it already has. */
export async function signalRedis(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (!isRunning(child)) return;
  const exited = exitOf(child);
  child.kill(signal);
  await exited;
}
