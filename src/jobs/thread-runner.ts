/**
 * Runs `solve` in a worker thread, one thread per solve, and keeps the time
 * limit as a promise: a solve still running past its limit (an LP call in
 * progress, a bound being computed) is ended, and the best schedule it has
 * handed over is the result.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { timedOutProblems, type Schedule, type SolveResult } from '../../solver';
import type { SolveRunner } from '../app/ports';
import type { ThreadInput, ThreadMessage } from './solve-thread';

/** The solver's own default, used when the caller sets none. */
const DEFAULT_LIMIT_MS = 30_000;

/** When a solve with this limit has returned at the latest: 10 % past it, 1 s at most. */
export function promisedReturnMs(timeLimitMs: number): number {
  return timeLimitMs + Math.min(0.1 * timeLimitMs, 1000);
}

/**
 * How long past its time limit a solve may run before its thread is ended:
 * a quarter of what the service promises ({@link promisedReturnMs}),
 * the rest left for receiving the last schedule handed over (a few
 * megabytes at 10,000 clusters, a fifth of a second measured) and for the
 * caller's storing or writing the result.
 */
function overrunAllowanceMs(timeLimitMs: number): number {
  return (promisedReturnMs(timeLimitMs) - timeLimitMs) / 4;
}

/**
 * The compiled thread entry: next to this module when it runs compiled, and
 * in the package's `dist/` when it runs from the TypeScript sources (tests),
 * so the thread always runs JavaScript that `npm run build` made.
 */
export function solveThreadEntry(): string {
  if (__filename.endsWith('.js')) return join(__dirname, 'solve-thread.js');
  return join(__dirname, '../../dist/src/jobs/solve-thread.js');
}

/**
 * A runner that solves each event in a new thread started from `entry`.
 *
 * @param entry - the compiled `solve-thread.js`.
 * @defaultValue `solveThreadEntry()`
 */
export function threadRunner(entry: string = solveThreadEntry()): SolveRunner {
  return (event, { onProgress, onIncumbent, ...options }) =>
    new Promise<SolveResult>((resolve, reject) => {
      if (!existsSync(entry)) {
        reject(new Error(`the compiled solve thread ${entry} is missing: run npm run build`));
        return;
      }
      const timeLimitMs = options.timeLimitMs ?? DEFAULT_LIMIT_MS;
      const input: ThreadInput = { event, options: { ...options, timeLimitMs }, requestedAt: Date.now() };
      const thread = new Worker(entry, { workerData: input });
      let best: Schedule | undefined;
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        outcome();
      };
      const deadline = setTimeout(() => {
        settle(() =>
          resolve(
            best
              ? { status: best.stats.optimal ? 'optimal' : 'timedout', schedule: best, problems: [] }
              : { status: 'timedout', schedule: null, problems: timedOutProblems(event, options.locks ?? [], timeLimitMs) },
          ),
        );
        void thread.terminate();
      }, timeLimitMs + overrunAllowanceMs(timeLimitMs));

      thread.on('message', (message: ThreadMessage) => {
        if (message.type === 'progress') onProgress?.(message.percent);
        else if (message.type === 'incumbent') {
          best = message.schedule;
          onIncumbent?.(message.schedule);
        } else settle(() => resolve(message.result));
      });
      thread.on('error', (error) => settle(() => reject(error)));
      thread.on('exit', (code) => settle(() => reject(new Error(`the solver thread stopped (exit code ${code})`))));
    });
}

/** The runner of the service and of the CLI: one thread per solve, from the compiled entry. */
export const runSolveInThread: SolveRunner = threadRunner();
