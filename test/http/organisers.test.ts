/**
 * Organiser accounts on one deployment: each sees, changes and solves only
 * its own events; another organiser's event answers 404 as if it did not exist.
 */
import request from 'supertest';
import { addOrganiser, revokeOrganiser, rotateOrganiser } from '../../src/app/organisers';
import { ORGANIZER, smallEvent, startHarness, type Harness } from './harness';

let h: Harness;
let arde: string;
let devup: string;

const as = (token: string) => ({
  get: (path: string) => request(h.app).get(path).set('Authorization', `Bearer ${token}`),
  post: (path: string) => request(h.app).post(path).set('Authorization', `Bearer ${token}`),
  put: (path: string) => request(h.app).put(path).set('Authorization', `Bearer ${token}`),
  delete: (path: string) => request(h.app).delete(path).set('Authorization', `Bearer ${token}`),
});

beforeAll(async () => {
  h = await startHarness('organisers', { MAX_EVENTS_PER_ORGANISER: '3' });
  h.startWorker();
  arde = (await addOrganiser(h.deps, 'arde')).token;
  devup = (await addOrganiser(h.deps, 'devup')).token;
  expect((await as(arde).post('/api/events').send(smallEvent('arde-day'))).status).toBe(201);
  expect((await as(devup).post('/api/events').send(smallEvent('devup-day'))).status).toBe(201);
  expect((await h.organizer.post('/api/events').send(smallEvent('default-day'))).status).toBe(201);
});

afterAll(async () => {
  await h.stop();
});

describe('organiser accounts', () => {
  it("lists only the organiser's own events", async () => {
    const ids = async (token: string) => ((await as(token).get('/api/events')).body.events as { id: string }[]).map((e) => e.id);
    expect(await ids(arde)).toEqual(['arde-day']);
    expect(await ids(devup)).toEqual(['devup-day']);
    expect(await ids(ORGANIZER)).toEqual(['default-day']);
  });

  it("answers 404 for another organiser's event, exactly as for an event that does not exist", async () => {
    const other = await as(arde).get('/api/events/devup-day');
    const missing = await as(arde).get('/api/events/no-such-day');
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.body.error.code).toBe(missing.body.error.code);
    expect(other.body.error.message.replace('devup-day', 'X')).toBe(missing.body.error.message.replace('no-such-day', 'X'));
  });

  it("does not let an organiser change, solve, export or delete another organiser's event", async () => {
    const attempts = [
      as(arde).put('/api/events/devup-day').send(smallEvent('devup-day')),
      as(arde).post('/api/events/devup-day/solve').send({}),
      as(arde).put('/api/events/devup-day/locks').send({ locks: [] }),
      as(arde).get('/api/events/devup-day/schedule.csv'),
      as(arde).get('/api/events/devup-day/clusters'),
      as(arde).post('/api/events/devup-day/clusters/axelera/token'),
      as(arde).delete('/api/events/devup-day'),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(404);
    expect((await as(devup).get('/api/events/devup-day')).status).toBe(200);
  });

  it("answers 404 for another organiser's solve job", async () => {
    const solve = await as(devup).post('/api/events/devup-day/solve').send({});
    expect(solve.status).toBe(202);
    expect((await as(arde).get(`/api/jobs/${solve.body.jobId}`)).status).toBe(404);
    // Nor does the default account (ORGANIZER_TOKEN) see it.
    expect((await h.organizer.get(`/api/jobs/${solve.body.jobId}`)).status).toBe(404);
    const own = await as(devup).get(`/api/jobs/${solve.body.jobId}`);
    expect(own.status).toBe(200);
    expect(own.body.eventId).toBe('devup-day');
  });

  it('keeps an event id taken by another organiser: creating it answers 409, and the event stays its owner’s', async () => {
    const res = await as(arde).post('/api/events').send(smallEvent('devup-day'));
    expect(res.status).toBe(409);
    expect((await as(devup).get('/api/events/devup-day')).status).toBe(200);
  });

  it('refuses an event past the limit of events per organiser with 409 too_many_events', async () => {
    expect((await as(arde).post('/api/events').send(smallEvent('arde-2'))).status).toBe(201);
    expect((await as(arde).post('/api/events').send(smallEvent('arde-3'))).status).toBe(201);
    const res = await as(arde).post('/api/events').send(smallEvent('arde-4'));
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual(
      expect.objectContaining({
        code: 'too_many_events',
        details: [expect.objectContaining({ path: 'event.id', code: 'too_many', params: { max: 3, items: 'events' } })],
      }),
    );
    expect((await as(arde).get('/api/events/arde-4')).status).toBe(404);
    // Another organiser is not held back by it.
    expect((await as(devup).post('/api/events').send(smallEvent('devup-2'))).status).toBe(201);
    await as(arde).delete('/api/events/arde-3');
    expect((await as(arde).post('/api/events').send(smallEvent('arde-4'))).status).toBe(201);
  });

  it('rejects a revoked token with 401, and a rotated one gives the account back with a new token only', async () => {
    const name = 'adi';
    const first = (await addOrganiser(h.deps, name)).token;
    expect((await as(first).get('/api/events')).status).toBe(200);
    await revokeOrganiser(h.deps, name);
    expect((await as(first).get('/api/events')).status).toBe(401);
    const second = (await rotateOrganiser(h.deps, name)).token;
    expect((await as(first).get('/api/events')).status).toBe(401);
    expect((await as(second).get('/api/events')).status).toBe(200);
  });

  it('does not accept an organiser token in ?token=', async () => {
    expect((await request(h.app).get(`/api/events?token=${arde}`)).status).toBe(401);
    expect((await request(h.app).get(`/api/events/arde-day/agenda?token=${arde}`)).status).toBe(401);
  });
});
