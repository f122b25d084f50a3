/**
 * Runs `solve` in a worker thread, one thread per solve.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SolveResult } from '../../solver';
import type { SolveRunner } from '../app/ports';
import type { ThreadInput, ThreadMessage } from './solve-thread';

/** How long past its time limit a solve may run before its thread is stopped. */
const GRACE_MS = 60_000;

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
  return (event, { onProgress, ...options }) =>
    new Promise<SolveResult>((resolve, reject) => {
      if (!existsSync(entry)) {
        reject(new Error(`the compiled solve thread ${entry} is missing: run npm run build`));
        return;
      }
      const input: ThreadInput = { event, options };
      const thread = new Worker(entry, { workerData: input });
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(guard);
        outcome();
      };
      const guard = setTimeout(() => {
        settle(() => reject(new Error('the solver did not stop within its time limit')));
        void thread.terminate();
      }, (options.timeLimitMs ?? 30_000) + GRACE_MS);

      thread.on('message', (message: ThreadMessage) => {
        if (message.type === 'progress') onProgress?.(message.percent);
        else settle(() => resolve(message.result));
      });
      thread.on('error', (error) => settle(() => reject(error)));
      thread.on('exit', (code) => settle(() => reject(new Error(`the solver thread stopped (exit code ${code})`))));
    });
}

/** The runner of the service: one thread per solve, from the compiled entry. */
export const runSolveInThread: SolveRunner = threadRunner();
