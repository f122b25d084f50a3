/**
 * The time limit as a promise (issue 10, item 6): solves through the runner
 * of the service and the CLI (a worker thread ended at its deadline), with
 * limits short enough to cut them, timed from the call to the result.
 * Prints a Markdown table beside the promise: limit + 10 %, + 1 s at most.
 */
import { performance } from 'node:perf_hooks';
import { checkSchedule } from '../solver';
import { promisedReturnMs, runSolveInThread } from '../src/jobs/thread-runner';
import { FAMILIES } from './families';

const CASES: Array<{ family: string; limits: number[] }> = [
  { family: 'regional', limits: [0.5, 1] },
  { family: 'brokerage-total', limits: [0.5, 1, 2] },
  { family: 'forum-large', limits: [0.5] },
  { family: 'national', limits: [2, 4, 8] },
];

export async function benchTimeLimits(): Promise<void> {
  console.log('\nTime limit kept (issue 10, item 6): the runner of the service and the CLI, timed from the call to the result\n');
  console.log('| event | limit (s) | returned after (s) | promise (s) | kept | status | schedule | value | upper bound | checker |');
  console.log('|---|---:|---:|---:|---|---|---|---:|---:|---|');
  for (const { family, limits } of CASES) {
    const found = FAMILIES.find((f) => f.id === family);
    if (!found) throw new Error(`no family ${family}`);
    const event = found.event();
    for (const limit of limits) {
      const started = performance.now();
      const result = await runSolveInThread(event, { seed: 1, timeLimitMs: limit * 1000 });
      const seconds = (performance.now() - started) / 1000;
      const promise = promisedReturnMs(limit * 1000) / 1000;
      const s = result.schedule;
      const checker = s ? (checkSchedule(event, s).length === 0 ? 'valid' : 'INVALID') : '–';
      console.log(
        `| ${family} | ${limit} | ${seconds.toFixed(2)} | ${promise.toFixed(2)} | ${seconds <= promise ? 'yes' : '**no**'} | ${result.status} | ${s ? `${s.stats.meetings} meetings` : 'none (timed_out)'} | ${s?.stats.value ?? '–'} | ${s?.stats.upperBound ?? '–'} | ${checker} |`,
      );
    }
  }
}
