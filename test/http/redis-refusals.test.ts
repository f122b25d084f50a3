/**
 * A Redis that answers but refuses a write (full under `noeviction`, or a
 * replica during a failover) gives 503 `unavailable`, never a 500, and what
 * was stored before stays.
 */
import { Redis } from 'ioredis';
import { smallEvent, startHarness, type Harness } from './harness';
import { startRedisServer, type TestRedis } from '../support/redis-server';

let h: Harness;
let admin: Redis;

beforeAll(async () => {
  h = await startHarness('refusals');
  admin = new Redis(h.redis.url);
});

afterAll(async () => {
  admin.disconnect();
  await h.stop();
});

/** An event large enough to fill a small memory limit quickly. */
function bigEvent(id: string) {
  const event = smallEvent(id);
  const clusters = Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, name: `Cluster ${i} ${'x'.repeat(200)}`, offers: ['numérique'], seeks: ['santé'] }));
  return { ...event, clusters, requests: [] };
}

describe('a Redis that refuses writes', () => {
  it('answers 503 when Redis is full (OOM under noeviction), and keeps what was stored', async () => {
    await h.organizer.post('/api/events').send(smallEvent('before-full')).expect(201);
    const used = Number(/used_memory:(\d+)/.exec(await admin.info('memory'))![1]);
    await admin.config('SET', 'maxmemory-policy', 'noeviction');
    await admin.config('SET', 'maxmemory', String(used + 512 * 1024));
    const statuses: number[] = [];
    try {
      for (let i = 0; i < 60 && !statuses.includes(503); i++) {
        const res = await h.organizer.post('/api/events').send(bigEvent(`full-${i}`));
        statuses.push(res.status);
        if (res.status === 503) expect(res.body.error.code).toBe('unavailable');
      }
    } finally {
      await admin.config('SET', 'maxmemory', '0');
    }
    expect(statuses).toContain(503);
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    expect((await h.organizer.get('/api/events/before-full')).status).toBe(200);
    await h.organizer.post('/api/events').send(smallEvent('after-full')).expect(201);
  });

  it('answers 503 when the Redis it writes to has become a replica (READONLY)', async () => {
    const primary: TestRedis = await startRedisServer();
    try {
      await h.organizer.post('/api/events').send(smallEvent('before-replica')).expect(201);
      await admin.replicaof('127.0.0.1', primary.port);
      const res = await h.organizer.post('/api/events').send(smallEvent('during-replica'));
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('unavailable');
    } finally {
      await admin.replicaof('NO', 'ONE');
      await primary.stop();
    }
  });
});
