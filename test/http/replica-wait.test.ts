/**
 * `REDIS_WAIT_REPLICAS`: a write is acknowledged only once that many replicas
 * confirmed it. On a lone `redis-server`, with one replica required, none
 * ever does.
 */
import { createWithTokens, smallEvent, startHarness, type Harness } from './harness';

describe('with REDIS_WAIT_REPLICAS=1 and no replica', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('replica-wait', { REDIS_WAIT_REPLICAS: '1', REDIS_WAIT_TIMEOUT_MS: '50' });
  });
  afterAll(() => h.stop());

  it('answers 503 unavailable to a write no replica confirmed', async () => {
    const res = await h.organizer.post('/api/events').send(smallEvent('unconfirmed'));
    expect(res.status).toBe(503);
    expect(res.body.error).toEqual({
      code: 'unavailable',
      message: expect.stringContaining('too few Redis replicas confirmed the write'),
      details: [],
    });
  });

  it('still answers reads, which need no replica; the unconfirmed write is on the master, maybe not beyond it', async () => {
    const res = await h.organizer.get('/api/events/unconfirmed');
    expect(res.status).toBe(200);
    expect(res.body.event.id).toBe('unconfirmed');
  });
});

describe('with REDIS_WAIT_REPLICAS=0', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('replica-wait-off', { REDIS_WAIT_REPLICAS: '0' });
  });
  afterAll(() => h.stop());

  it('acknowledges a write without waiting for replicas', async () => {
    const tokens = await createWithTokens(h, smallEvent('unwaited'));
    expect(Object.keys(tokens)).toHaveLength(6);
  });
});

describe('a solve request with REDIS_WAIT_REPLICAS=1 and no replica', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('replica-wait-solve');
    await createWithTokens(h, smallEvent('unconfirmed-solve'));
  });
  afterAll(() => h.stop());

  it('answers 503 unavailable: the new job is not acknowledged before a replica confirms it', async () => {
    const { BullSolveQueue } = await import('../../src/jobs/solve-queue');
    const { requestSolve } = await import('../../src/app/request-solve');
    const queue = new BullSolveQueue(h.runtime.queue, { replicas: 1, timeoutMs: 50 });
    await expect(requestSolve({ ...h.deps, queue }, 'unconfirmed-solve', {})).rejects.toMatchObject({ name: 'ReplicaWaitError' });
  });
});
