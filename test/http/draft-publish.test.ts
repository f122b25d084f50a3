/**
 * Review before publishing: a solve kept as a draft, the organiser's edits
 * by hand checked by the independent checker, and publishing in one step.
 */
import request from 'supertest';
import { checkSchedule, type EventFile, type Meeting, type Schedule } from '../../solver';
import { parseWithIcalJs } from '../calendar/parse-ics';
import { parseCsv } from '../support/parse-csv';
import { createWithTokens, detail, smallEvent, startHarness, waitForJob, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('draft-publish');
  h.startWorker();
});
afterAll(() => h.stop());

async function solve(eventId: string, body: object = {}) {
  const started = await h.organizer.post(`/api/events/${eventId}/solve`).send({ timeLimitSeconds: 5, seed: 3, ...body });
  expect(started.status).toBe(202);
  const job = await waitForJob(h, started.body.jobId);
  expect(job.state).toBe('completed');
  return job;
}

const schedule = async (eventId: string, version?: string): Promise<Schedule> =>
  (await h.organizer.get(`/api/events/${eventId}/schedule${version ? `?version=${version}` : ''}`).expect(200)).body;

const placements = (meetings: readonly Meeting[]) => meetings.map((m) => ({ clusters: m.clusters, round: m.round, table: m.table }));

/** The event with its wishes merged as the checker must see it: the small event has no declines. */
const eventOf = async (eventId: string): Promise<EventFile> => (await h.organizer.get(`/api/events/${eventId}`).expect(200)).body;

describe('POST /solve with "publish": false', () => {
  it('keeps the result as a draft that clusters do not see', async () => {
    const tokens = await createWithTokens(h, smallEvent('draft-only'));
    const job = await solve('draft-only', { publish: false });
    expect(job.result).toMatchObject({ published: false });

    const draft = await schedule('draft-only');
    expect(draft.meetings.length).toBeGreaterThan(0);
    expect(await schedule('draft-only', 'draft')).toEqual(draft);
    await h.organizer.get('/api/events/draft-only/schedule?version=published').expect(404);

    await request(h.app).get('/api/events/draft-only/agenda').set('Authorization', `Bearer ${tokens.axelera}`).expect(404);
    await request(h.app).get(`/api/events/draft-only/clusters/axelera/agenda.ics?token=${tokens.axelera}`).expect(404);
    await h.organizer.get('/api/events/draft-only/calendar.ics').expect(404);
  });

  it('publishes as before when "publish" is absent', async () => {
    await createWithTokens(h, smallEvent('published-directly'));
    const job = await solve('published-directly');
    expect(job.result).toMatchObject({ published: true });
    expect(await schedule('published-directly', 'published')).toEqual(await schedule('published-directly'));
    await h.organizer.get('/api/events/published-directly/schedule?version=draft').expect(404);
  });

  it('refuses a "publish" that is not a boolean', async () => {
    await createWithTokens(h, smallEvent('publish-typed'));
    const res = await h.organizer.post('/api/events/publish-typed/solve').send({ publish: 'no' }).expect(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'publish', code: 'invalid_type' })]);
  });
});

describe('GET /schedule?version=', () => {
  it('refuses an unknown version with a located 400', async () => {
    await createWithTokens(h, smallEvent('version-query'));
    const res = await h.organizer.get('/api/events/version-query/schedule?version=latest').expect(400);
    expect(res.body.error.details).toEqual([detail('version', 'invalid_value', 'must be "draft" or "published"')]);
  });
});

describe('POST /publish', () => {
  it('switches calendars, pages and agendas to the draft in one step', async () => {
    const tokens = await createWithTokens(h, smallEvent('to-publish'));
    await solve('to-publish', { publish: false });
    const draft = await schedule('to-publish', 'draft');

    const published = await h.organizer.post('/api/events/to-publish/publish').expect(200);
    expect(published.body).toMatchObject({ published: 1, meetings: draft.meetings.length, storedAt: expect.any(String) });
    expect(await schedule('to-publish', 'published')).toEqual(draft);
    await h.organizer.get('/api/events/to-publish/schedule?version=draft').expect(404);

    const agenda = await request(h.app).get('/api/events/to-publish/agenda').set('Authorization', `Bearer ${tokens.axelera}`).expect(200);
    expect(agenda.body.meetings).toHaveLength(draft.meetings.filter((m) => m.clusters.includes('axelera')).length);
    const ics = await request(h.app).get(`/api/events/to-publish/clusters/axelera/agenda.ics?token=${tokens.axelera}`).expect(200);
    expect(parseWithIcalJs(ics.text).events).toHaveLength(agenda.body.meetings.length);
  });

  it('answers 404 when there is no draft to publish', async () => {
    await createWithTokens(h, smallEvent('nothing-to-publish'));
    const res = await h.organizer.post('/api/events/nothing-to-publish/publish').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('updates the calendar ledger as a solve does: a moved meeting keeps its UID with a higher SEQUENCE, a dropped one is CANCELLED', async () => {
    const tokens = await createWithTokens(h, smallEvent('ledger-publish'));
    await solve('ledger-publish');
    const first = await schedule('ledger-publish', 'published');
    const [moved, dropped, ...rest] = first.meetings;
    const freeRound = [1, 2, 3].find((r) => !first.meetings.some((m) => m.round === r && m.clusters.some((c) => moved.clusters.includes(c))) && r !== moved.round);
    const edit = freeRound
      ? [{ ...moved, round: freeRound, table: 'T3' }, ...rest]
      : [moved, ...rest];
    await h.organizer.put('/api/events/ledger-publish/schedule').send({ meetings: placements(edit) }).expect(200);
    await h.organizer.post('/api/events/ledger-publish/publish').expect(200);

    const cluster = dropped.clusters[0];
    const ics = await request(h.app).get(`/api/events/ledger-publish/clusters/${cluster}/agenda.ics?token=${tokens[cluster]}`).expect(200);
    const events = parseWithIcalJs(ics.text).events;
    const cancelled = events.filter((e) => e.status === 'CANCELLED');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].sequence).toBeGreaterThan(0);
    if (freeRound) {
      const all = parseWithIcalJs((await h.organizer.get('/api/events/ledger-publish/calendar.ics').expect(200)).text).events;
      expect(all.filter((e) => e.status !== 'CANCELLED' && e.sequence > 0)).toHaveLength(1);
    }
  });
});

describe('GET /schedule/changes', () => {
  it('counts what the draft moves, adds and cancels against the published schedule', async () => {
    await createWithTokens(h, smallEvent('changes'));
    const none = await h.organizer.get('/api/events/changes/schedule/changes').expect(200);
    expect(none.body).toEqual({ hasDraft: false, hasPublished: false, counts: { kept: 0, moved: 0, added: 0, cancelled: 0 }, changes: [] });

    await solve('changes');
    const published = await schedule('changes', 'published');
    const [first, ...rest] = published.meetings;
    await h.organizer.put('/api/events/changes/schedule').send({ meetings: placements(rest) }).expect(200);
    const res = await h.organizer.get('/api/events/changes/schedule/changes').expect(200);
    expect(res.body).toMatchObject({ hasDraft: true, hasPublished: true, counts: { kept: rest.length, moved: 0, added: 0, cancelled: 1 } });
    expect(res.body.changes).toEqual([{ clusters: first.clusters, kind: 'cancelled', from: { round: first.round, table: first.table } }]);
  });

  it('shows every meeting of a first draft as added', async () => {
    await createWithTokens(h, smallEvent('first-draft'));
    await solve('first-draft', { publish: false });
    const draft = await schedule('first-draft');
    const res = await h.organizer.get('/api/events/first-draft/schedule/changes').expect(200);
    expect(res.body.counts).toEqual({ kept: 0, moved: 0, added: draft.meetings.length, cancelled: 0 });
  });
});

describe('PUT /schedule (edited by hand)', () => {
  let base: Schedule;
  let event: EventFile;

  beforeAll(async () => {
    await createWithTokens(h, smallEvent('by-hand'));
    await solve('by-hand', { publish: false });
    base = await schedule('by-hand');
    event = await eventOf('by-hand');
  });

  it('stores an accepted edit as the new draft, with values, reasons and stats recomputed by the server', async () => {
    const lying = base.meetings.map((m) => ({ ...m, value: 999, reasons: ['trust me'], why: [] }));
    const edited = { ...base, meetings: lying.slice(1), stats: { ...base.stats, value: 12345, meetings: 99 } };
    const res = await h.organizer.put('/api/events/by-hand/schedule').send(edited).expect(200);
    const stored = res.body as Schedule;
    expect(stored.meetings).toHaveLength(base.meetings.length - 1);
    expect(stored.meetings.map((m) => m.value)).toEqual(base.meetings.slice(1).map((m) => m.value));
    expect(stored.meetings.map((m) => m.reasons)).toEqual(base.meetings.slice(1).map((m) => m.reasons));
    expect(stored.stats).toMatchObject({ meetings: base.meetings.length - 1, value: base.stats.value - base.meetings[0].value, optimal: false });
    expect(checkSchedule(event, stored)).toEqual([]);
    expect(await schedule('by-hand', 'draft')).toEqual(stored);
  });

  it('refuses a cluster booked twice in a round, naming the cluster and the round', async () => {
    const [m] = base.meetings;
    const busy = m.clusters[0];
    const partner = smallEvent().clusters.map((c) => c.id).find((id) => !m.clusters.includes(id) && !base.meetings.some((x) => x.clusters.includes(id) && x.clusters.includes(busy)))!;
    const added = { clusters: [busy, partner].sort(), round: m.round, table: 'T3' };
    const meetings = [...placements(base.meetings), added];
    const res = await h.organizer.put('/api/events/by-hand/schedule').send({ meetings }).expect(422);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toContainEqual(
      expect.objectContaining({ path: `meetings[${meetings.length - 1}].round`, code: 'cluster_busy', params: { cluster: busy, round: m.round } }),
    );
  });

  it('refuses a table taken twice in a round', async () => {
    const [m] = base.meetings;
    const sameRound = base.meetings.filter((x) => x.round === m.round);
    const free = smallEvent().clusters.map((c) => c.id).filter((id) => !sameRound.some((x) => x.clusters.includes(id)));
    expect(free.length).toBeGreaterThanOrEqual(2);
    const added = { clusters: [free[0], free[1]].sort(), round: m.round, table: m.table };
    const meetings = [...placements(base.meetings), added];
    const res = await h.organizer.put('/api/events/by-hand/schedule').send({ meetings }).expect(422);
    expect(res.body.error.details).toContainEqual(
      detail(`meetings[${meetings.length - 1}].table`, 'table_taken', expect.stringContaining(`table "${m.table}" is already used in round ${m.round}`) as unknown as string),
    );
  });

  it('refuses a round the event does not have and a table it does not have', async () => {
    const [m, ...rest] = placements(base.meetings);
    const res = await h.organizer
      .put('/api/events/by-hand/schedule')
      .send({ meetings: [{ ...m, round: 9 }, { ...rest[0], table: 'T9' }, ...rest.slice(1)] })
      .expect(422);
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'meetings[0].round', code: 'unknown_round' }),
        expect.objectContaining({ path: 'meetings[1].table', code: 'unknown_table', params: { table: 'T9' } }),
      ]),
    );
  });

  it('accepts a meeting added between two clusters without any shared interest', async () => {
    const pair = ['techtera', 'tenerrdis'] as const;
    // Round 1 is cleared of both clusters and of the pair itself, so that the new meeting fits.
    const kept = base.meetings.filter((m) => !(m.clusters[0] === pair[0] && m.clusters[1] === pair[1]) && !(m.round === 1 && m.clusters.some((c) => c === pair[0] || c === pair[1])));
    const table = ['T1', 'T2', 'T3'].find((t) => !kept.some((m) => m.round === 1 && m.table === t))!;
    const res = await h.organizer
      .put('/api/events/by-hand/schedule')
      .send({ meetings: [...placements(kept), { clusters: [...pair], round: 1, table }] })
      .expect(200);
    const added = (res.body as Schedule).meetings.find((m) => m.clusters.join() === pair.join());
    expect(added).toMatchObject({ round: 1, table, value: 0, why: [], reasons: [] });
    expect(checkSchedule(event, res.body).map((p) => p.code)).toEqual(expect.arrayContaining(['no_value']));
  });

  it('refuses to drop a must-meet pair', async () => {
    const must = { ...smallEvent('must-meet-edit'), constraints: { mustMeet: [['axelera', 'viameca']] as [string, string][] } };
    await createWithTokens(h, must);
    await solve('must-meet-edit', { publish: false });
    const draft = await schedule('must-meet-edit');
    const meetings = placements(draft.meetings.filter((m) => m.clusters.join() !== 'axelera,viameca'));
    const res = await h.organizer.put('/api/events/must-meet-edit/schedule').send({ meetings }).expect(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'constraints.mustMeet[0]', code: 'missing', params: { a: 'axelera', b: 'viameca' } })]);
  });

  it('refuses to move a locked meeting', async () => {
    await createWithTokens(h, smallEvent('locked-edit'));
    await solve('locked-edit', { publish: false });
    const draft = await schedule('locked-edit');
    const [locked] = draft.meetings;
    await h.organizer.put('/api/events/locked-edit/locks').send({ meetings: [placements([locked])[0]] }).expect(200);
    const other = ['T1', 'T2', 'T3'].find((t) => !draft.meetings.some((m) => m.round === locked.round && m.table === t));
    const moved = placements(draft.meetings).map((m, i) => (i === 0 ? { ...m, table: other ?? 'T9' } : m));
    const res = await h.organizer.put('/api/events/locked-edit/schedule').send({ meetings: moved }).expect(422);
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ path: 'locks[0]' }));
  });

  it('marks a locked meeting locked in a draft published after the lock', async () => {
    await createWithTokens(h, smallEvent('lock-then-publish'));
    await solve('lock-then-publish', { publish: false });
    const draft = await schedule('lock-then-publish');
    await h.organizer.put('/api/events/lock-then-publish/locks').send({ meetings: [placements([draft.meetings[0]])[0]] }).expect(200);
    await h.organizer.post('/api/events/lock-then-publish/publish').expect(200);
    const published = await schedule('lock-then-publish', 'published');
    expect(published.meetings.find((m) => m.clusters.join() === draft.meetings[0].clusters.join())).toMatchObject({ locked: true });
    expect(checkSchedule(await eventOf('lock-then-publish'), published, [placements([draft.meetings[0]])[0] as never])).toEqual([]);
  });

  it('refuses a body that is not a schedule, with located problems', async () => {
    const res = await h.organizer.put('/api/events/by-hand/schedule').send({ meetings: [{ clusters: ['a'], round: 1.5 }] }).expect(422);
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'meetings[0].clusters' }),
        expect.objectContaining({ path: 'meetings[0].round' }),
        expect.objectContaining({ path: 'meetings[0].table' }),
      ]),
    );
  });

  it('refuses a schedule of another event', async () => {
    const res = await h.organizer.put('/api/events/by-hand/schedule').send({ eventId: 'elsewhere', meetings: [] }).expect(422);
    expect(res.body.error.details).toEqual([detail('eventId', 'mismatch', 'must be "by-hand", the id in the URL')]);
  });
});

describe('GET /events', () => {
  it('lists each event with its date, clusters and state', async () => {
    await createWithTokens(h, smallEvent('listed-open'));
    await createWithTokens(h, smallEvent('listed-draft'));
    await solve('listed-draft', { publish: false });
    const res = await h.organizer.get('/api/events').expect(200);
    const byId = new Map(res.body.events.map((e: { id: string }) => [e.id, e]));
    expect(byId.get('listed-open')).toEqual({
      id: 'listed-open',
      name: 'Demo interclustering',
      date: '2025-06-12',
      clusters: 6,
      submitted: 0,
      state: 'open',
      hasDraft: false,
      published: false,
    });
    expect(byId.get('listed-draft')).toMatchObject({ state: 'draft', hasDraft: true, published: false });
    expect(byId.get('published-directly')).toMatchObject({ state: 'published', published: true, publishedAt: expect.any(String) });
  });

  it('forgets a deleted event', async () => {
    await createWithTokens(h, smallEvent('listed-deleted'));
    await h.organizer.delete('/api/events/listed-deleted').expect(204);
    const res = await h.organizer.get('/api/events').expect(200);
    expect(res.body.events.map((e: { id: string }) => e.id)).not.toContain('listed-deleted');
  });

  it('needs the organiser', async () => {
    await request(h.app).get('/api/events').expect(401);
  });
});

describe('GET /clusters: the private links', () => {
  it('gives each cluster its private link again, and the reissued one after a reissue', async () => {
    const tokens = await createWithTokens(h, smallEvent('links'));
    const listed = await h.organizer.get('/api/events/links/clusters').expect(200);
    const link = (id: string) => listed.body.clusters.find((c: { id: string }) => c.id === id).link as string;
    expect(link('axelera')).toBe(`http://maillage.test/e/links/c/axelera?token=${tokens.axelera}`);

    const reissued = await h.organizer.post('/api/events/links/clusters/axelera/token').expect(200);
    const again = await h.organizer.get('/api/events/links/clusters').expect(200);
    expect(again.body.clusters.find((c: { id: string }) => c.id === 'axelera').link).toBe(reissued.body.url);
  });
});

describe('exports of the draft', () => {
  it('renders the draft with ?version=draft and the published schedule without it', async () => {
    await createWithTokens(h, smallEvent('draft-exports'));
    await solve('draft-exports');
    const published = await schedule('draft-exports', 'published');
    await h.organizer.put('/api/events/draft-exports/schedule').send({ meetings: placements(published.meetings.slice(1)) }).expect(200);
    const rows = async (query: string) => parseCsv((await h.organizer.get(`/api/events/draft-exports/schedule.csv${query}`).expect(200)).text.replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
    expect(await rows('')).toHaveLength(published.meetings.length + 1);
    expect(await rows('?version=draft')).toHaveLength(published.meetings.length);
    await h.organizer.get('/api/events/draft-exports/print?version=draft').expect(200);
    await h.organizer.get('/api/events/draft-exports/calendar.ics?version=draft').expect(200);
    await h.organizer.get('/api/events/draft-exports/calendar.ics?version=newest').expect(400);
  });
});
