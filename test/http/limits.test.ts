/** The limits of the API, each with its error beyond it: body size, solve time, and the event file's own. */
import { MAX_CLUSTERS, MAX_ROUNDS } from '../../solver';
import request from 'supertest';
import { MAX_TIME_LIMIT_SECONDS } from '../../src/app/request-solve';
import { MAX_DECLINES } from '../../src/app/submit-preferences';
import { createWithTokens, detail, smallEvent, startHarness, type Harness } from './harness';

const BODY_LIMIT = 4096;
let h: Harness;

beforeAll(async () => {
  h = await startHarness('limits', { MAX_BODY_BYTES: String(BODY_LIMIT) });
});
afterAll(() => h.stop());

/** The JSON of an event, padded with spaces to exactly `bytes` bytes. */
const padded = (id: string, bytes: number): string => {
  const json = JSON.stringify(smallEvent(id));
  return json.slice(0, -1) + ' '.repeat(bytes - Buffer.byteLength(json)) + '}';
};

describe('the limits of the API', () => {
  it('accepts a body of MAX_BODY_BYTES and refuses one byte more with 413 payload_too_large', async () => {
    const atLimit = await h.organizer.post('/api/events').set('Content-Type', 'application/json').send(padded('at-limit', BODY_LIMIT));
    expect(atLimit.status).toBe(201);
    const over = await h.organizer.post('/api/events').set('Content-Type', 'application/json').send(padded('over-limit', BODY_LIMIT + 1));
    expect(over.status).toBe(413);
    expect(over.body.error).toEqual({ code: 'payload_too_large', message: `the body is larger than the limit of ${BODY_LIMIT} bytes`, details: [] });
  });

  it(`queues a solve of ${MAX_TIME_LIMIT_SECONDS} s and refuses one second more with 422 at "timeLimitSeconds"`, async () => {
    await createWithTokens(h, smallEvent('solve-limit'));
    const over = await h.organizer.post('/api/events/solve-limit/solve').send({ timeLimitSeconds: MAX_TIME_LIMIT_SECONDS + 1 });
    expect(over.status).toBe(422);
    expect(over.body.error.details).toEqual([detail('timeLimitSeconds', 'too_big', `must be at most ${MAX_TIME_LIMIT_SECONDS}`)]);
    const atLimit = await h.organizer.post('/api/events/solve-limit/solve').send({ timeLimitSeconds: MAX_TIME_LIMIT_SECONDS });
    expect(atLimit.status).toBe(202);
  });

  it('refuses an event whose sessions make more than MAX_ROUNDS rounds with 422 at "event.sessions"', async () => {
    const event = smallEvent('rounds-limit');
    event.event.meetingMinutes = 1;
    event.event.timezone = 'UTC';
    event.event.sessions = [{ date: '2026-06-11', start: '00:00', end: '23:59' }];
    const res = await h.organizer.post('/api/events').send(event);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { path: 'event.sessions', code: 'too_many', message: `the sessions make 1439 rounds, more than the limit of ${MAX_ROUNDS}`, params: { max: MAX_ROUNDS, items: 'rounds', count: 1439 } },
    ]);
    expect((await h.organizer.get('/api/events/rounds-limit')).status).toBe(404);
  });
});

describe('the limits of the event file at the default body size', () => {
  let big: Harness;
  beforeAll(async () => {
    big = await startHarness('limits-default');
  });
  afterAll(() => big.stop());

  it('refuses more than MAX_CLUSTERS clusters with 422 at "clusters", in a body the size limit lets through', async () => {
    const event = smallEvent('clusters-limit');
    event.clusters = Array.from({ length: MAX_CLUSTERS + 1 }, (_, i) => ({ id: `c${i}`, name: `C${i}` }));
    delete event.requests;
    const body = JSON.stringify(event);
    expect(Buffer.byteLength(body)).toBeLessThan(big.config.maxBodyBytes);
    const res = await big.organizer.post('/api/events').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'clusters', code: 'too_many', params: { max: MAX_CLUSTERS, items: 'clusters', count: MAX_CLUSTERS + 1 } })]);
  });
});

describe('the limits of a cluster’s wishes', () => {
  let wide: Harness;
  let token: string;
  const ids = Array.from({ length: MAX_DECLINES + 2 }, (_, i) => `cluster-${i}`);
  beforeAll(async () => {
    wide = await startHarness('wish-limits');
    const event = smallEvent('wide-day');
    event.clusters = ids.map((id) => ({ id, name: `Cluster ${id}`, offers: ['numérique'], seeks: ['santé'] }));
    event.requests = [];
    token = (await createWithTokens(wide, event))[ids[0]];
  });
  afterAll(() => wide.stop());

  const submit = (declines: string[]) =>
    request(wide.app).post('/api/events/wide-day/preferences').set('Authorization', `Bearer ${token}`).send({ requests: [], declines });

  it('accepts MAX_DECLINES declines and refuses one more with 422 at "declines"', async () => {
    expect((await submit(ids.slice(1, MAX_DECLINES + 1))).status).toBe(200);
    const over = await submit(ids.slice(1, MAX_DECLINES + 2));
    expect(over.status).toBe(422);
    expect(over.body.error.details).toEqual([detail('declines', 'too_many', `at most ${MAX_DECLINES} clusters can be declined`)]);
  });
});
