/**
 * Worker-thread entry: runs the core's `solve` off the main thread, so that
 * the API keeps answering and BullMQ keeps renewing the job's lock.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { solve, type EventFile, type SolveOptions, type SolveResult } from '../../solver';

export interface ThreadInput {
  event: EventFile;
  options: Omit<SolveOptions, 'now' | 'onProgress'>;
}

export type ThreadMessage = { type: 'progress'; percent: number } | { type: 'result'; result: SolveResult };

function post(message: ThreadMessage): void {
  parentPort?.postMessage(message);
}

if (parentPort) {
  const { event, options } = workerData as ThreadInput;
  const result = solve(event, {
    ...options,
    now: () => performance.now(),
    onProgress: (percent) => post({ type: 'progress', percent }),
  });
  post({ type: 'result', result });
}
