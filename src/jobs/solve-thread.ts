/**
 * Worker-thread entry: runs the core's `solve` off the main thread, so that
 * the API keeps answering and BullMQ keeps renewing the job's lock. Each
 * better schedule is posted as the search finds it, so that the runner can
 * end the thread at its deadline and keep the best one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { solve, type EventFile, type Schedule, type SolveOptions, type SolveResult } from '../../solver';

export interface ThreadInput {
  event: EventFile;
  options: Omit<SolveOptions, 'now' | 'onProgress' | 'onIncumbent'>;
  /** `Date.now()` when the solve was asked for: the thread's start-up counts against the time limit. */
  requestedAt: number;
}

export type ThreadMessage =
  | { type: 'progress'; percent: number }
  | { type: 'incumbent'; schedule: Schedule }
  | { type: 'result'; result: SolveResult };

function post(message: ThreadMessage): void {
  parentPort?.postMessage(message);
}

if (parentPort) {
  const { event, options, requestedAt } = workerData as ThreadInput;
  const startUp = Math.max(0, Date.now() - requestedAt);
  const result = solve(event, {
    ...options,
    ...(options.timeLimitMs !== undefined ? { timeLimitMs: Math.max(0, options.timeLimitMs - startUp) } : {}),
    now: () => performance.now(),
    onProgress: (percent) => post({ type: 'progress', percent }),
    onIncumbent: (schedule) => post({ type: 'incumbent', schedule }),
  });
  post({ type: 'result', result });
}
