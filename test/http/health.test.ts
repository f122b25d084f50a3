import request from 'supertest';
import { createApp } from '../../src/http/app';
import { createLogger } from '../../src/logger';
import { createRuntime } from '../../src/server/runtime';
import { freePort } from '../../src/server/net-probe';
import { ORGANIZER, startHarness, testConfig, type Harness } from './harness';

describe('GET /healthz', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('health');
  });
  afterAll(() => h.stop());

  it('answers 200 when Redis answers', async () => {
    const res = await request(h.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });
});

describe('without Redis', () => {
  const logger = createLogger('silent');
  let runtime: ReturnType<typeof createRuntime>;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    runtime = createRuntime(testConfig(url, 'down'), url, logger);
    app = createApp(runtime.deps, { logger, healthTimeoutMs: 300 });
  });
  afterAll(() => runtime.close());

  it('answers 503 on /healthz when Redis does not answer', async () => {
    const res = await request(app).get('/healthz');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('unavailable');
  });

  it('answers 503, not 500, on the API when Redis does not answer', async () => {
    const res = await request(app).get('/api/events/any').set('Authorization', `Bearer ${ORGANIZER}`);
    expect(res.status).toBe(503);
    expect(res.body.error).toEqual({ code: 'unavailable', message: 'the store is unreachable; try again later', details: [] });
  });

});
