import request from 'supertest';
import { createWithTokens, smallEvent, startHarness, type Harness, detail } from './harness';

let h: Harness;
let tokens: Record<string, string>;

beforeAll(async () => {
  h = await startHarness('prefs');
  const event = smallEvent('wishes');
  event.constraints = { mustMeet: [['tenerrdis', 'viameca']] };
  tokens = await createWithTokens(h, event);
});
afterAll(() => h.stop());

const submit = (cluster: string, body: unknown) =>
  request(h.app).post('/api/events/wishes/preferences').set('Authorization', `Bearer ${tokens[cluster]}`).send(body as object);
const details = (res: request.Response) => res.body.error.details as { path: string; message: string }[];

describe('POST /api/events/:eventId/preferences', () => {
  it('stores the wishes with priority 3 by default and returns them', async () => {
    const res = await submit('minalogic', { requests: [{ to: 'axelera', priority: 1 }, { to: 'techtera' }], declines: ['lyonbiopole'] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      clusterId: 'minalogic',
      submitted: true,
      submittedAt: expect.any(String),
      requests: [
        { to: 'axelera', priority: 1 },
        { to: 'techtera', priority: 3 },
      ],
      declines: ['lyonbiopole'],
    });
  });

  it("replaces the cluster's previous requests, declines and availability", async () => {
    await submit('techtera', {
      requests: [{ to: 'axelera' }],
      declines: ['viameca'],
      availability: [{ date: '2025-06-12', start: '09:00', end: '09:40' }],
    }).expect(200);
    await submit('techtera', { requests: [{ to: 'minalogic', priority: 2 }] }).expect(200);
    const res = await request(h.app).get(`/api/events/wishes/preferences?token=${tokens.techtera}`);
    expect(res.body).toMatchObject({ submitted: true, requests: [{ to: 'minalogic', priority: 2 }], declines: [] });
    expect(res.body.availability).toBeUndefined();
    const event = await h.organizer.get('/api/events/wishes');
    expect(event.body.requests.filter((r: { from: string }) => r.from === 'techtera')).toEqual([
      { from: 'techtera', to: 'minalogic', priority: 2 },
    ]);
  });

  it("replaces the event file's requests from that cluster and shows its availability in the event", async () => {
    await submit('axelera', {
      requests: [{ to: 'lyonbiopole', priority: 2 }],
      availability: [{ date: '2025-06-12', start: '09:20', end: '10:00' }],
    }).expect(200);
    const event = await h.organizer.get('/api/events/wishes');
    expect(event.body.requests).toContainEqual({ from: 'axelera', to: 'lyonbiopole', priority: 2 });
    expect(event.body.requests).not.toContainEqual(expect.objectContaining({ from: 'axelera', to: 'minalogic' }));
    expect(event.body.clusters.find((c: { id: string }) => c.id === 'axelera').availability).toEqual([
      { date: '2025-06-12', start: '09:20', end: '10:00' },
    ]);
  });

  it("keeps declines out of the organiser's event file but away from the solver and the suggestions", async () => {
    await submit('lyonbiopole', { declines: ['tenerrdis'] }).expect(200);
    const event = await h.organizer.get('/api/events/wishes');
    expect(event.body.constraints).toEqual({ mustMeet: [['tenerrdis', 'viameca']] });
    const suggestions = await request(h.app).get(`/api/events/wishes/suggestions?token=${tokens.tenerrdis}`);
    expect(suggestions.status).toBe(200);
    const ids = suggestions.body.suggestions.map((s: { clusterId: string }) => s.clusterId);
    expect(ids).not.toContain('lyonbiopole');
    expect(ids).not.toContain('tenerrdis');
  });

  it('rejects unknown clusters, itself and duplicates with their paths', async () => {
    const res = await submit('viameca', {
      requests: [{ to: 'nobody' }, { to: 'viameca' }, { to: 'axelera' }, { to: 'axelera' }],
      declines: ['ghost', 'axelera'],
    });
    expect(res.status).toBe(422);
    expect(details(res)).toEqual([
      detail('requests[0].to', 'unknown_cluster', 'unknown cluster "nobody"'),
      detail('requests[1].to', 'self_pair', 'a cluster cannot name itself'),
      detail('requests[3].to', 'duplicate', '"axelera" appears twice (also requests[2])'),
      detail('declines[0]', 'unknown_cluster', 'unknown cluster "ghost"'),
      detail('declines[1]', 'also_requested', '"axelera" is also requested (requests[2])'),
    ]);
  });

  it('rejects wrong types, a priority out of 1–5 and unknown fields', async () => {
    const res = await submit('viameca', { requests: [{ to: 3 }, { to: 'axelera', priority: 7 }], declines: 'all', wishes: [] });
    expect(res.status).toBe(422);
    const paths = details(res).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['requests[0].to', 'requests[1].priority', 'declines', 'wishes']));
  });

  it('reports unknown clusters along with malformed fields', async () => {
    const res = await submit('viameca', { requests: [{ to: 'nobody' }, { to: 'axelera', priority: 9 }], declines: ['ghost', 7] });
    expect(res.status).toBe(422);
    expect(details(res)).toEqual([
      detail('requests[1].priority', 'too_big', 'must be 1 (first choice) to 5'),
      detail('declines[1]', 'invalid_type', 'expected string, received number'),
      detail('requests[0].to', 'unknown_cluster', 'unknown cluster "nobody"'),
      detail('declines[0]', 'unknown_cluster', 'unknown cluster "ghost"'),
    ]);
  });

  it('rejects more than 10 requests', async () => {
    const res = await submit('viameca', { requests: Array.from({ length: 11 }, (_, i) => ({ to: `c${i}` })) });
    expect(res.status).toBe(422);
    expect(details(res)).toContainEqual(detail('requests', 'too_many', 'at most 10 partners can be requested'));
  });

  it('checks availability with the event file rules and maps the paths to the body', async () => {
    const res = await submit('viameca', {
      availability: [
        { date: '2025-06-12', start: '09:00', end: '10:00' },
        { date: '2025-06-12', start: '10:00', end: '09:30' },
        { date: '12/06/2025', start: '09:00', end: '10:00' },
      ],
    });
    expect(res.status).toBe(422);
    expect(details(res)).toEqual(
      expect.arrayContaining([
        detail('availability[1].end', 'end_before_start', 'ends at 09:30, not after its start 10:00'),
        expect.objectContaining({ path: 'availability[2].date' }),
      ]),
    );
  });

  it("rejects a decline of a partner the organiser requires, and availability that leaves no common round", async () => {
    const decline = await submit('viameca', { declines: ['tenerrdis'] });
    expect(decline.status).toBe(422);
    expect(details(decline)).toEqual([detail('declines[0]', 'required_by_organiser', 'the organiser requires a meeting with "tenerrdis"')]);
    await submit('tenerrdis', { availability: [{ date: '2025-06-12', start: '09:00', end: '09:20' }] }).expect(200);
    const apart = await submit('viameca', { availability: [{ date: '2025-06-12', start: '09:20', end: '10:00' }] });
    expect(apart.status).toBe(422);
    expect(details(apart)[0].path).toBe('availability');
    expect(details(apart)[0].message).toMatch(/no round in which both are available/);
    await submit('tenerrdis', {}).expect(200);
  });

  it('rejects malformed JSON with 400 and leaves the stored wishes alone', async () => {
    await submit('tenerrdis', { requests: [{ to: 'axelera' }] }).expect(200);
    const res = await request(h.app)
      .post('/api/events/wishes/preferences')
      .set('Authorization', `Bearer ${tokens.tenerrdis}`)
      .set('Content-Type', 'application/json')
      .send('{"requests": [');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
    const stored = await request(h.app).get(`/api/events/wishes/preferences?token=${tokens.tenerrdis}`);
    expect(stored.body.requests).toEqual([{ to: 'axelera', priority: 3 }]);
  });
});

describe('GET /api/events/:eventId/preferences', () => {
  it("shows the event file's wishes for a cluster that has not submitted", async () => {
    const event = smallEvent('fresh');
    event.clusters[0].availability = [{ date: '2025-06-12', start: '09:00', end: '09:40' }];
    const own = await createWithTokens(h, event);
    const res = await request(h.app).get(`/api/events/fresh/preferences?token=${own.axelera}`);
    expect(res.body).toEqual({
      clusterId: 'axelera',
      submitted: false,
      requests: [{ to: 'minalogic', priority: 1 }],
      declines: [],
      availability: [{ date: '2025-06-12', start: '09:00', end: '09:40' }],
    });
  });
});

describe('GET /api/events/:eventId/suggestions', () => {
  it('ranks partners by value, with reasons', async () => {
    const res = await request(h.app).get('/api/events/wishes/suggestions').set('Authorization', `Bearer ${tokens.axelera}`);
    expect(res.status).toBe(200);
    expect(res.body.clusterId).toBe('axelera');
    const values = res.body.suggestions.map((s: { value: number }) => s.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(res.body.suggestions[0]).toEqual({ clusterId: expect.any(String), name: expect.any(String), value: expect.any(Number), reasons: expect.any(Array), why: expect.any(Array) });
  });
});
