import request from 'supertest';
import { ORGANIZER, createWithTokens, smallEvent, startHarness, type Harness } from './harness';

let h: Harness;
let tokens: Record<string, string>;
let otherEventTokens: Record<string, string>;

beforeAll(async () => {
  h = await startHarness('auth');
  tokens = await createWithTokens(h, smallEvent('day-one'));
  otherEventTokens = await createWithTokens(h, smallEvent('day-two'));
});
afterAll(() => h.stop());

const errorCode = (res: request.Response) => res.body.error?.code;
const call = (method: string, path: string) => (request(h.app) as unknown as Record<string, (p: string) => request.Test>)[method](path);

describe('organiser routes', () => {
  const routes: [string, string][] = [
    ['post', '/api/events'],
    ['get', '/api/events/day-one'],
    ['put', '/api/events/day-one'],
    ['delete', '/api/events/day-one'],
    ['get', '/api/events/day-one/clusters'],
    ['post', '/api/events/day-one/clusters/axelera/token'],
    ['post', '/api/events/day-one/solve'],
    ['get', '/api/events/day-one/schedule'],
    ['get', '/api/events/day-one/locks'],
    ['put', '/api/events/day-one/locks'],
    ['get', '/api/jobs/1'],
  ];

  it.each(routes)('rejects %s %s without a token with 401', async (method, path) => {
    const res = await call(method, path);
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('unauthorized');
  });

  it.each(routes)('rejects %s %s with a wrong token with 401', async (method, path) => {
    const res = await call(method, path).set('Authorization', 'Bearer not-the-organiser-token');
    expect(res.status).toBe(401);
  });

  it.each(routes)('rejects a cluster token on %s %s with 403', async (method, path) => {
    const res = await call(method, path).set('Authorization', `Bearer ${tokens.axelera}`);
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe('forbidden');
  });

  it('does not take the organiser token from the query string', async () => {
    const res = await request(h.app).get(`/api/events/day-one?token=${ORGANIZER}`);
    expect(res.status).toBe(401);
  });

  it('rejects a token that is a prefix of the organiser token', async () => {
    const res = await request(h.app).get('/api/events/day-one').set('Authorization', `Bearer ${ORGANIZER.slice(0, -1)}`);
    expect(res.status).toBe(401);
  });

  it('rejects an Authorization header of another scheme with 401', async () => {
    const res = await request(h.app).get('/api/events/day-one').set('Authorization', `Basic ${ORGANIZER}`);
    expect(res.status).toBe(401);
  });
});

describe('cluster routes', () => {
  const routes: [string, string][] = [
    ['get', '/api/events/day-one/preferences'],
    ['post', '/api/events/day-one/preferences'],
    ['get', '/api/events/day-one/suggestions'],
    ['get', '/api/events/day-one/agenda'],
  ];

  it.each(routes)('rejects %s %s without a token with 401', async (method, path) => {
    const res = await call(method, path);
    expect(res.status).toBe(401);
  });

  it.each(routes)('rejects %s %s with a wrong token with 401', async (method, path) => {
    const res = await call(method, `${path}?token=wrong`);
    expect(res.status).toBe(401);
  });

  it.each(routes)('rejects %s %s with a token of another event with 403', async (method, path) => {
    const res = await call(method, path).set('Authorization', `Bearer ${otherEventTokens.axelera}`);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/another event/);
  });

  it.each(routes)('rejects the organiser token on %s %s with 403', async (method, path) => {
    const res = await call(method, path).set('Authorization', `Bearer ${ORGANIZER}`);
    expect(res.status).toBe(403);
  });

  it('accepts the cluster token as a bearer token or as ?token=', async () => {
    const byHeader = await request(h.app).get('/api/events/day-one/preferences').set('Authorization', `Bearer ${tokens.techtera}`);
    const byQuery = await request(h.app).get(`/api/events/day-one/preferences?token=${tokens.techtera}`);
    expect(byHeader.status).toBe(200);
    expect(byQuery.status).toBe(200);
    expect(byQuery.body.clusterId).toBe('techtera');
  });

  it("opens only the token's own cluster: another cluster's token reads that other cluster's wishes", async () => {
    await request(h.app)
      .post('/api/events/day-one/preferences')
      .set('Authorization', `Bearer ${tokens.minalogic}`)
      .send({ requests: [{ to: 'techtera', priority: 2 }] })
      .expect(200);
    const asAxelera = await request(h.app).get('/api/events/day-one/preferences').set('Authorization', `Bearer ${tokens.axelera}`);
    expect(asAxelera.body.clusterId).toBe('axelera');
    expect(asAxelera.body.requests).toEqual([{ to: 'minalogic', priority: 1 }]);
  });

  it('rejects a token that was reissued: the old one stops working', async () => {
    const reissued = await h.organizer.post('/api/events/day-one/clusters/viameca/token').expect(200);
    const old = await request(h.app).get(`/api/events/day-one/preferences?token=${tokens.viameca}`);
    const fresh = await request(h.app).get(`/api/events/day-one/preferences?token=${reissued.body.token}`);
    expect(old.status).toBe(401);
    expect(fresh.status).toBe(200);
    expect(reissued.body.url).toBe(`http://maillage.test/e/day-one/c/viameca?token=${reissued.body.token}`);
  });

  it('rejects the tokens of a deleted event with 401', async () => {
    const event = smallEvent('day-three');
    const own = await createWithTokens(h, event);
    await h.organizer.delete('/api/events/day-three').expect(204);
    const res = await request(h.app).get('/api/events/day-three/preferences').set('Authorization', `Bearer ${own.axelera}`);
    expect(res.status).toBe(401);
  });
});

describe('error bodies', () => {
  it('never show a stack trace', async () => {
    const res = await request(h.app).get('/api/events/day-one');
    expect(Object.keys(res.body.error).sort()).toEqual(['code', 'details', 'message']);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
