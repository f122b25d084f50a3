import request from 'supertest';
import { createWithTokens, smallEvent, startHarness, type Harness, detail } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('events');
});
afterAll(() => h.stop());

describe('POST /api/events', () => {
  it('creates an event and gives each cluster a private link', async () => {
    const res = await h.organizer.post('/api/events').send(smallEvent('created'));
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/api/events/created');
    expect(res.body.id).toBe('created');
    expect(res.body.clusters).toHaveLength(6);
    for (const c of res.body.clusters) {
      expect(Buffer.from(c.token, 'base64url').length).toBe(32);
      expect(c.url).toBe(`http://maillage.test/e/created/c/${c.id}?token=${c.token}`);
    }
    expect(new Set(res.body.clusters.map((c: { token: string }) => c.token)).size).toBe(6);
  });

  it('looks tokens up by their hashes only', async () => {
    const tokens = await createWithTokens(h, smallEvent('hashed'));
    const dump = JSON.stringify(await h.runtime.redis.hgetall(`${h.config.keyPrefix}event:hashed:tokens`));
    expect(Object.values(tokens).some((t) => dump.includes(t))).toBe(false);
  });

  it('refuses an id that is taken with 409 and keeps the stored event', async () => {
    await createWithTokens(h, smallEvent('taken'));
    const other = { ...smallEvent('taken'), clusters: smallEvent().clusters.slice(0, 2) };
    const res = await h.organizer.post('/api/events').send(other);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
    const stored = await h.organizer.get('/api/events/taken').expect(200);
    expect(stored.body.clusters).toHaveLength(6);
  });

  it('rejects malformed JSON with 400 invalid_json', async () => {
    const res = await h.organizer.post('/api/events').set('Content-Type', 'application/json').send('{"event": {');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('rejects a body that is not JSON with 415', async () => {
    const res = await h.organizer.post('/api/events').set('Content-Type', 'text/plain').send('hello');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('rejects an oversize body with 413', async () => {
    const event = smallEvent('huge');
    event.event.name = 'x'.repeat(h.config.maxBodyBytes);
    const res = await h.organizer.post('/api/events').send(event);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('rejects wrong types with 422 and every problem located', async () => {
    const event = smallEvent('typed') as unknown as { event: Record<string, unknown>; clusters: Record<string, unknown>[] };
    event.event.meetingMinutes = 'twenty';
    event.clusters[2].name = 42;
    const res = await h.organizer.post('/api/events').send(event);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_failed');
    const paths = res.body.error.details.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['event.meetingMinutes', 'clusters[2].name']));
  });

  it('rejects a request to an unknown cluster with its path', async () => {
    const event = smallEvent('unknown-ref');
    event.requests = [...(event.requests ?? []), { from: 'axelera', to: 'nobody' }];
    const res = await h.organizer.post('/api/events').send(event);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toContainEqual(detail('requests[1].to', 'unknown_cluster', 'unknown cluster "nobody"'));
    await h.organizer.get('/api/events/unknown-ref').expect(404);
  });
});

describe('GET, PUT and DELETE /api/events/:eventId', () => {
  it('returns the event file as stored', async () => {
    const event = smallEvent('read-back');
    await createWithTokens(h, event);
    const res = await h.organizer.get('/api/events/read-back');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(event);
  });

  it('answers 404 for an unknown event', async () => {
    const res = await h.organizer.get('/api/events/never-created');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('replaces an event: staying clusters keep their tokens and wishes, new ones get links, removed ones lose theirs', async () => {
    const tokens = await createWithTokens(h, smallEvent('replaced'));
    await request(h.app)
      .post('/api/events/replaced/preferences')
      .set('Authorization', `Bearer ${tokens.techtera}`)
      .send({ requests: [{ to: 'viameca' }, { to: 'lyonbiopole', priority: 2 }] })
      .expect(200);
    const next = smallEvent('replaced');
    next.clusters = next.clusters.filter((c) => c.id !== 'viameca');
    next.clusters.push({ id: 'imaginove', name: 'Imaginove' });
    const res = await h.organizer.put('/api/events/replaced').send(next);
    expect(res.status).toBe(200);
    expect(res.body.removed).toEqual(['viameca']);
    expect(res.body.added).toEqual([
      expect.objectContaining({ id: 'imaginove', name: 'Imaginove', url: expect.stringContaining('/e/replaced/c/imaginove?token=') }),
    ]);
    const kept = await request(h.app).get('/api/events/replaced/preferences').set('Authorization', `Bearer ${tokens.techtera}`);
    expect(kept.status).toBe(200);
    const removed = await request(h.app).get('/api/events/replaced/preferences').set('Authorization', `Bearer ${tokens.viameca}`);
    expect(removed.status).toBe(401);
    const added = await request(h.app).get(`/api/events/replaced/preferences?token=${res.body.added[0].token}`);
    expect(added.status).toBe(200);
    const stored = await h.organizer.get('/api/events/replaced');
    expect(stored.body.requests).toContainEqual({ from: 'techtera', to: 'lyonbiopole', priority: 2 });
    expect(stored.body.requests.some((r: { to: string }) => r.to === 'viameca')).toBe(false);
  });

  it('refuses a replacement whose event.id differs from the URL', async () => {
    await createWithTokens(h, smallEvent('fixed-id'));
    const res = await h.organizer.put('/api/events/fixed-id').send(smallEvent('another-id'));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([detail('event.id', 'mismatch', 'must be "fixed-id", the id in the URL')]);
  });

  it('loses nothing when a replacement is invalid', async () => {
    await createWithTokens(h, smallEvent('kept-on-error'));
    const bad = smallEvent('kept-on-error') as unknown as { clusters: unknown };
    bad.clusters = 'none';
    await h.organizer.put('/api/events/kept-on-error').send(bad).expect(422);
    const stored = await h.organizer.get('/api/events/kept-on-error').expect(200);
    expect(stored.body.clusters).toHaveLength(6);
  });

  it('deletes an event and every key under it', async () => {
    const tokens = await createWithTokens(h, smallEvent('doomed'));
    await request(h.app).post('/api/events/doomed/preferences').set('Authorization', `Bearer ${tokens.axelera}`).send({ declines: ['viameca'] });
    await h.organizer.put('/api/events/doomed/locks').send({ meetings: [{ clusters: ['axelera', 'minalogic'], round: 1, table: 'T1' }] }).expect(200);
    await h.organizer.delete('/api/events/doomed').expect(204);
    await h.organizer.get('/api/events/doomed').expect(404);
    await h.organizer.delete('/api/events/doomed').expect(404);
    const left = await h.runtime.redis.keys(`${h.config.keyPrefix}event:doomed*`);
    expect(left).toEqual([]);
    const index = Object.values(await h.runtime.redis.hgetall(`${h.config.keyPrefix}tokens`));
    expect(index.some((owner) => owner.includes('"doomed"'))).toBe(false);
  });
});

describe('GET /api/events/:eventId/clusters', () => {
  it('lists each cluster with its page and whether it has submitted wishes', async () => {
    const tokens = await createWithTokens(h, smallEvent('listed'));
    await request(h.app).post('/api/events/listed/preferences').set('Authorization', `Bearer ${tokens.tenerrdis}`).send({}).expect(200);
    const res = await h.organizer.get('/api/events/listed/clusters');
    expect(res.status).toBe(200);
    expect(res.body.clusters).toHaveLength(6);
    const tenerrdis = res.body.clusters.find((c: { id: string }) => c.id === 'tenerrdis');
    const axelera = res.body.clusters.find((c: { id: string }) => c.id === 'axelera');
    expect(tenerrdis).toEqual({
      id: 'tenerrdis',
      name: 'Tenerrdis',
      url: 'http://maillage.test/e/listed/c/tenerrdis',
      link: `http://maillage.test/e/listed/c/tenerrdis?token=${tokens.tenerrdis}`,
      submitted: true,
      submittedAt: expect.any(String),
      mail: {},
      reachable: false,
      answered: false,
    });
    expect(axelera.submitted).toBe(false);
    expect(res.body.mailMode).toBe('outbox');
  });
});

describe('unknown routes', () => {
  it('answer 404 in the error format', async () => {
    const res = await h.organizer.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
