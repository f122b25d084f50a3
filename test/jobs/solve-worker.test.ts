import { UnrecoverableError, type Job } from 'bullmq';
import type { SolveJobData } from '../../src/app/ports';
import { createLogger } from '../../src/logger';
import { createSolveWorker, processSolveJob, type SolveJobDeps } from '../../src/jobs/solve-worker';
import { queueSettings } from '../../src/server/runtime';
import { solveOutOfTime } from '../support/out-of-time';
import { createWithTokens, smallEvent, solveInline, startHarness, waitForJob, type Harness } from '../http/harness';

let h: Harness;
const logger = createLogger('silent');

beforeAll(async () => {
  h = await startHarness('worker');
  await createWithTokens(h, smallEvent('worked'));
});
afterAll(() => h.stop());

/** Enough of a BullMQ job for the processor: its data and a progress log. */
function fakeJob(data: unknown): { job: Job<SolveJobData>; progress: number[] } {
  const progress: number[] = [];
  const job = {
    id: 'fake',
    data,
    updateProgress: async (p: number) => {
      progress.push(p);
    },
  } as unknown as Job<SolveJobData>;
  return { job, progress };
}

describe('processSolveJob', () => {
  it('stores the schedule and reports whole percents in order up to 100', async () => {
    const { job, progress } = fakeJob({ eventId: 'worked', seed: 2 });
    const result = await processSolveJob(h.deps, job, logger);
    expect(result.status).toMatch(/optimal|feasible/);
    expect(progress[progress.length - 1]).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.every(Number.isInteger)).toBe(true);
    expect(await h.deps.store.getSchedule('worked')).toMatchObject({ eventId: 'worked' });
  });

  it('fails invalid job data for good', async () => {
    const { job } = fakeJob({ eventId: 42 });
    await expect(processSolveJob(h.deps, job, logger)).rejects.toThrow(UnrecoverableError);
  });

  it('fails a job whose event is gone for good', async () => {
    const { job } = fakeJob({ eventId: 'never-there' });
    await expect(processSolveJob(h.deps, job, logger)).rejects.toThrow(/event "never-there" not found/);
    await expect(processSolveJob(h.deps, job, logger)).rejects.toBeInstanceOf(UnrecoverableError);
  });

  it('fails a solve that ran out of time before placing the required meetings for good, saying so', async () => {
    const deps: SolveJobDeps = { ...h.deps, runSolve: async () => solveOutOfTime() };
    const { job } = fakeJob({ eventId: 'worked' });
    const error = await processSolveJob(deps, job, logger).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnrecoverableError);
    expect((error as Error).message).toMatch(/time limit.*constraints\.mustMeet: no schedule/);
  });

  it('lets any other error through to be retried', async () => {
    const deps: SolveJobDeps = { ...h.deps, runSolve: async () => Promise.reject(new Error('connection reset')) };
    const { job } = fakeJob({ eventId: 'worked' });
    const error = await processSolveJob(deps, job, logger).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UnrecoverableError);
  });

  it('does not store a schedule when the event changed during the solve', async () => {
    await createWithTokens(h, smallEvent('moving'));
    const deps: SolveJobDeps = {
      ...h.deps,
      runSolve: async (event, options) => {
        await h.organizer.put('/api/events/moving/locks').send({ meetings: [{ clusters: ['axelera', 'minalogic'], round: 1, table: 'T1' }] });
        return solveInline(event, options);
      },
    };
    const { job } = fakeJob({ eventId: 'moving' });
    await expect(processSolveJob(deps, job, logger)).rejects.toThrow(/changed during the solve/);
    expect(await h.deps.store.getSchedule('moving')).toBeNull();
  });
});

describe('the solve worker', () => {
  it('retries a transient failure with backoff and then completes', async () => {
    let calls = 0;
    const flaky: SolveJobDeps = {
      ...h.deps,
      runSolve: async (event, options) => {
        calls += 1;
        if (calls === 1) throw new Error('redis went away');
        return solveInline(event, options);
      },
    };
    const worker = createSolveWorker({ ...queueSettings(h.config, h.redis.url), concurrency: 1 }, flaky, logger);
    try {
      const { jobId } = (await h.organizer.post('/api/events/worked/solve').expect(202)).body;
      const done = await waitForJob(h, jobId);
      expect(done.state).toBe('completed');
      expect(calls).toBe(2);
      expect((await h.runtime.queue.getJob(jobId))?.attemptsMade).toBe(2);
    } finally {
      await worker.close();
    }
  });
});
