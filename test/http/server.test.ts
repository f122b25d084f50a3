import request from 'supertest';
import { startServer, startWorker, type ServerHandle } from '../../src/server';
import { startRedisServer, type TestRedis } from '../support/redis-server';
import { ORGANIZER, smallEvent, testConfig } from './harness';

let redis: TestRedis;

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(() => redis.stop());

async function waitForJob(server: ServerHandle, jobId: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 600; i++) {
    const res = await request(server.url).get(`/api/jobs/${jobId}`).set('Authorization', `Bearer ${ORGANIZER}`);
    if (res.body.state === 'completed' || res.body.state === 'failed') return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${jobId} did not end`);
}

describe('startServer', () => {
  it('loses nothing when the API is stopped and started again on the same Redis', async () => {
    const config = testConfig(redis.url, 'restart');
    const organizer = (server: ServerHandle) => ({
      get: (path: string) => request(server.url).get(path).set('Authorization', `Bearer ${ORGANIZER}`),
      put: (path: string) => request(server.url).put(path).set('Authorization', `Bearer ${ORGANIZER}`),
      post: (path: string) => request(server.url).post(path).set('Authorization', `Bearer ${ORGANIZER}`),
    });

    const first = await startServer(config, { worker: true });
    const created = await organizer(first).post('/api/events').send(smallEvent('durable')).expect(201);
    const token = created.body.clusters.find((c: { id: string }) => c.id === 'techtera').token;
    await request(first.url).post('/api/events/durable/preferences').set('Authorization', `Bearer ${token}`).send({ requests: [{ to: 'viameca', priority: 1 }] }).expect(200);
    const locks = { meetings: [{ clusters: ['axelera', 'minalogic'], round: 2, table: 'T3' }] };
    await organizer(first).put('/api/events/durable/locks').send(locks).expect(200);
    const { jobId } = (await organizer(first).post('/api/events/durable/solve').expect(202)).body;
    const job = await waitForJob(first, jobId);
    expect(job.state).toBe('completed');
    const before = {
      event: (await organizer(first).get('/api/events/durable')).body,
      clusters: (await organizer(first).get('/api/events/durable/clusters')).body,
      schedule: (await organizer(first).get('/api/events/durable/schedule')).body,
      agenda: (await request(first.url).get(`/api/events/durable/agenda?token=${token}`)).body,
    };
    await first.close();
    await expect(request(first.url).get('/healthz')).rejects.toThrow();

    const second = await startServer(config, { worker: false });
    try {
      expect((await organizer(second).get('/api/events/durable')).body).toEqual(before.event);
      expect((await organizer(second).get('/api/events/durable/clusters')).body).toEqual(before.clusters);
      expect((await organizer(second).get('/api/events/durable/locks')).body).toEqual(locks);
      expect((await organizer(second).get('/api/events/durable/schedule')).body).toEqual(before.schedule);
      expect((await organizer(second).get(`/api/jobs/${jobId}`)).body).toEqual(job);
      const prefs = await request(second.url).get(`/api/events/durable/preferences?token=${token}`);
      expect(prefs.body.requests).toEqual([{ to: 'viameca', priority: 1 }]);
      expect((await request(second.url).get(`/api/events/durable/agenda?token=${token}`)).body).toEqual(before.agenda);
      expect(before.schedule.meetings).toContainEqual(expect.objectContaining({ clusters: ['axelera', 'minalogic'], round: 2, table: 'T3', locked: true }));
    } finally {
      await second.close();
    }
  });

  it('lets the running solve finish when it stops', async () => {
    const config = testConfig(redis.url, 'graceful');
    const server = await startServer(config, { worker: true });
    await request(server.url).post('/api/events').set('Authorization', `Bearer ${ORGANIZER}`).send(smallEvent('graceful')).expect(201);
    const { jobId } = (await request(server.url).post('/api/events/graceful/solve').set('Authorization', `Bearer ${ORGANIZER}`).expect(202)).body;
    for (let state = 'waiting'; state === 'waiting'; ) {
      state = (await request(server.url).get(`/api/jobs/${jobId}`).set('Authorization', `Bearer ${ORGANIZER}`)).body.state;
    }
    await server.close();

    const after = await startServer(config, { worker: false });
    try {
      const job = await request(after.url).get(`/api/jobs/${jobId}`).set('Authorization', `Bearer ${ORGANIZER}`);
      expect(job.body.state).toBe('completed');
      await request(after.url).get('/api/events/graceful/schedule').set('Authorization', `Bearer ${ORGANIZER}`).expect(200);
    } finally {
      await after.close();
    }
  });

  it('leaves solving to a separate worker when started without one', async () => {
    const config = testConfig(redis.url, 'split');
    const api = await startServer(config, { worker: false });
    const worker = await startWorker(config);
    try {
      await request(api.url).post('/api/events').set('Authorization', `Bearer ${ORGANIZER}`).send(smallEvent('split')).expect(201);
      const { jobId } = (await request(api.url).post('/api/events/split/solve').set('Authorization', `Bearer ${ORGANIZER}`).expect(202)).body;
      expect((await waitForJob(api, jobId)).state).toBe('completed');
      await request(api.url).get('/api/events/split/schedule').set('Authorization', `Bearer ${ORGANIZER}`).expect(200);
    } finally {
      await worker.close();
      await api.close();
    }
  });
});
