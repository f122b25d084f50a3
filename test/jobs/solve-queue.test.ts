import { createWithTokens, smallEvent, startHarness, waitForJob, type Harness } from '../http/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('queue');
});
afterAll(() => h.stop());

describe('solve jobs', () => {
  // Before any worker runs, so that the first job cannot end between the requests.
  it('gives one job to solves of the same event sent at the same time', async () => {
    await createWithTokens(h, smallEvent('crowd'));
    const answers = await Promise.all(Array.from({ length: 8 }, () => h.organizer.post('/api/events/crowd/solve')));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(202));
    expect(new Set(answers.map((a) => a.body.jobId)).size).toBe(1);
  });

  it('returns the waiting or running job to a second solve of the same event, and a new job after it ends', async () => {
    await createWithTokens(h, smallEvent('dedup'));
    await createWithTokens(h, smallEvent('other'));
    const first = await h.organizer.post('/api/events/dedup/solve').send({ seed: 3 }).expect(202);
    const second = await h.organizer.post('/api/events/dedup/solve').expect(202);
    const other = await h.organizer.post('/api/events/other/solve').expect(202);
    expect(second.body.jobId).toBe(first.body.jobId);
    expect(other.body.jobId).not.toBe(first.body.jobId);
    const waiting = await h.organizer.get(`/api/jobs/${first.body.jobId}`);
    expect(waiting.body).toEqual({ id: first.body.jobId, eventId: 'dedup', state: 'waiting', progress: 0 });

    h.startWorker();
    const done = await waitForJob(h, first.body.jobId);
    expect(done).toMatchObject({ state: 'completed', progress: 100 });
    const third = await h.organizer.post('/api/events/dedup/solve').expect(202);
    expect(third.body.jobId).not.toBe(first.body.jobId);
    await waitForJob(h, third.body.jobId);
  });

});
