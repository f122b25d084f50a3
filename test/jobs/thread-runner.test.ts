import { join } from 'node:path';
import { solve, type EventFile } from '../../solver';
import { runSolveInThread, threadRunner } from '../../src/jobs/thread-runner';
import { readFixture } from '../support/fixtures';

const fixture = (): EventFile => readFixture('interclustering-2015.json');

describe('runSolveInThread', () => {
  it('gives the same schedule as solving on the main thread, and reports progress', async () => {
    const event = fixture();
    const progress: number[] = [];
    const threaded = await runSolveInThread(event, { seed: 5, timeLimitMs: 20_000, onProgress: (p) => progress.push(p) });
    const inline = solve(event, { seed: 5 });
    expect(threaded.status).toBe(inline.status);
    expect(threaded.schedule?.meetings).toEqual(inline.schedule?.meetings);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1]).toBe(100);
  });

  it('returns the solver verdict on an invalid event as data', async () => {
    const event = fixture();
    event.requests = [{ from: 'nobody', to: 'axelera' }];
    const result = await runSolveInThread(event, {});
    expect(result.status).toBe('invalid');
    expect(result.problems).toContainEqual(expect.objectContaining({ path: 'requests[0].from', message: 'unknown cluster "nobody"' }));
  });

  it('asks for a build when the compiled thread is missing', async () => {
    const missing = join(__dirname, 'no-such-build/solve-thread.js');
    await expect(threadRunner(missing)(fixture(), {})).rejects.toThrow(`the compiled solve thread ${missing} is missing: run npm run build`);
  });
});
