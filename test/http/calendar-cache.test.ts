/**
 * Calendars served from what was rendered for the current publication: one
 * rendering per publication, cluster and language, a 304 without rendering,
 * the token checked at every request, and never an old schedule's feed.
 */
import request from 'supertest';
import type { Meeting, Schedule } from '../../solver';
import { createApp } from '../../src/http/app';
import { createLogger } from '../../src/logger';
import { createRuntime } from '../../src/server/runtime';
import { parseWithIcalJs } from '../calendar/parse-ics';
import { ORGANIZER, createWithTokens, smallEvent, solveInline, startHarness, waitForJob, type Harness } from './harness';

let h: Harness;
let tokens: Record<string, string>;
let otherEventTokens: Record<string, string>;

const ID = 'cached';
const agendaIcs = (cluster: string) => `/api/events/${ID}/clusters/${cluster}/agenda.ics`;
const feed = (cluster: string, token = tokens[cluster], query = '') => request(h.app).get(`${agendaIcs(cluster)}?token=${token}${query}`);
const renders = () => h.deps.exportCache.stats().renders;

const placements = (meetings: readonly Meeting[]) => meetings.map((m) => ({ clusters: m.clusters, round: m.round, table: m.table }));
const published = async (): Promise<Schedule> => (await h.organizer.get(`/api/events/${ID}/schedule?version=published`).expect(200)).body;

/** Publishes the published schedule less its first meeting of `cluster`, by hand. */
async function publishWithout(cluster: string): Promise<void> {
  const meetings = (await published()).meetings;
  const dropped = meetings.find((m) => m.clusters.includes(cluster))!;
  await h.organizer.put(`/api/events/${ID}/schedule`).send({ meetings: placements(meetings.filter((m) => m !== dropped)) }).expect(200);
  await h.organizer.post(`/api/events/${ID}/publish`).expect(200);
}

beforeAll(async () => {
  h = await startHarness('calendar-cache');
  h.startWorker();
  tokens = await createWithTokens(h, smallEvent(ID));
  otherEventTokens = await createWithTokens(h, smallEvent('cached-other'));
  const { jobId } = (await h.organizer.post(`/api/events/${ID}/solve`).send({ seed: 3 }).expect(202)).body;
  expect((await waitForJob(h, jobId)).state).toBe('completed');
});
afterAll(() => h.stop());

describe("a cluster's agenda.ics", () => {
  it('is rendered once, then served with the same bytes and ETag', async () => {
    const first = await feed('axelera').expect(200);
    const count = renders();
    const second = await feed('axelera').expect(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['last-modified']).toBe(first.headers['last-modified']);
    expect(second.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(renders()).toBe(count);
  });

  it('answers a matching If-None-Match or If-Modified-Since with 304 without rendering', async () => {
    const { headers } = await feed('minalogic').expect(200);
    const count = renders();
    for (const [name, value] of [['If-None-Match', headers.etag], ['If-Modified-Since', headers['last-modified']]]) {
      const res = await feed('minalogic').set(name, value).expect(304);
      expect(res.text).toBe('');
      expect(res.headers.etag).toBe(headers.etag);
    }
    expect(renders()).toBe(count);
  });

  it('is rendered once per language, French and English apart', async () => {
    const before = renders();
    const fr = await feed('techtera', tokens.techtera, '&lang=fr').expect(200);
    const en = await feed('techtera', tokens.techtera, '&lang=en').expect(200);
    expect(renders()).toBe(before + 2);
    expect(en.headers.etag).not.toBe(fr.headers.etag);
    expect((await feed('techtera').expect(200)).text).toBe(fr.text);
    expect((await feed('techtera', tokens.techtera, '&lang=en').expect(200)).text).toBe(en.text);
    // One language's ETag does not answer for the other.
    await feed('techtera', tokens.techtera, '&lang=en').set('If-None-Match', fr.headers.etag).expect(200);
    await feed('techtera', tokens.techtera, '&lang=en').set('If-None-Match', en.headers.etag).expect(304);
    expect(renders()).toBe(before + 2);
  });

  it('checks the token at every request, cached or not, and shows no calendar to a wrong one', async () => {
    const cached = await feed('axelera').expect(200);
    const count = renders();
    const refused = [
      [await request(h.app).get(agendaIcs('axelera')), 401],
      [await feed('axelera', 'not-a-token'), 401],
      [await feed('axelera', tokens.minalogic), 403],
      [await feed('axelera', otherEventTokens.axelera), 403],
      [await request(h.app).get(agendaIcs('axelera')).set('Authorization', `Bearer ${ORGANIZER}`), 403],
      [await feed('axelera', 'not-a-token').set('If-None-Match', cached.headers.etag), 401],
    ] as const;
    for (const [res, status] of refused) {
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers.etag).not.toBe(cached.headers.etag);
      expect(res.text).not.toContain('BEGIN:VCALENDAR');
    }
    expect(renders()).toBe(count);
  });

  it('stops serving a reissued link at once, cached feed or not', async () => {
    await feed('viameca').expect(200);
    const reissued = (await h.organizer.post(`/api/events/${ID}/clusters/viameca/token`).expect(200)).body.token as string;
    expect((await feed('viameca').expect(401)).text).not.toContain('BEGIN:VCALENDAR');
    await feed('viameca', reissued).expect(200);
    tokens.viameca = reissued;
  });

  it('shows a new publication at once: new bytes and ETag, and 304 only for the new ETag', async () => {
    const cluster = 'lyonbiopole';
    const before = await feed(cluster).expect(200);
    await publishWithout(cluster);
    const count = renders();
    const after = await feed(cluster).set('If-None-Match', before.headers.etag).expect(200);
    expect(renders()).toBe(count + 1);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.text).not.toBe(before.text);
    const cancelled = parseWithIcalJs(after.text).events.filter((e) => e.status === 'CANCELLED');
    expect(cancelled).toHaveLength(1);
    await feed(cluster).set('If-None-Match', after.headers.etag).expect(304);
    await feed(cluster).set('If-None-Match', before.headers.etag).expect(200);
    expect(renders()).toBe(count + 1);
  });

  it('shows a new publication made through another API process, whose cache knew nothing of it', async () => {
    const logger = createLogger('silent');
    const runtime = createRuntime(h.config, h.redis.url, logger);
    try {
      const other = createApp({ ...runtime.deps, runSolve: solveInline }, { logger });
      const fromOther = (cluster: string) => request(other).get(`${agendaIcs(cluster)}?token=${tokens[cluster]}`);
      const cluster = 'tenerrdis';
      const before = await fromOther(cluster).expect(200);
      expect((await feed(cluster).expect(200)).text).toBe(before.text);
      await publishWithout(cluster);
      const after = await fromOther(cluster).expect(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(after.text).toBe((await feed(cluster).expect(200)).text);
      expect(parseWithIcalJs(after.text).events.filter((e) => e.status === 'CANCELLED')).toHaveLength(1);
    } finally {
      await runtime.close();
    }
  });

  it('shows a renamed cluster without a new publication', async () => {
    await feed('axelera').expect(200);
    const file = (await h.organizer.get(`/api/events/${ID}`).expect(200)).body;
    const renamed = { ...file, clusters: file.clusters.map((c: { id: string }) => (c.id === 'minalogic' ? { ...c, name: 'Minalogic Grenoble' } : c)) };
    await h.organizer.put(`/api/events/${ID}`).send(renamed).expect(200);
    const meets = (await published()).meetings.some((m) => m.clusters.includes('axelera') && m.clusters.includes('minalogic'));
    const text = (await feed('minalogic').expect(200)).text;
    expect(text).toContain('Minalogic Grenoble');
    if (meets) expect((await feed('axelera').expect(200)).text).toContain('Minalogic Grenoble');
  });
});

describe("the organiser's calendar.ics", () => {
  it('is rendered once per publication, and ?version=draft from the draft, never kept in its place', async () => {
    const publishedIcs = await h.organizer.get(`/api/events/${ID}/calendar.ics`).expect(200);
    const count = renders();
    await h.organizer.get(`/api/events/${ID}/calendar.ics`).set('If-None-Match', publishedIcs.headers.etag).expect(304);
    const meetings = (await published()).meetings;
    await h.organizer.put(`/api/events/${ID}/schedule`).send({ meetings: placements(meetings.slice(1)) }).expect(200);
    const draft = await h.organizer.get(`/api/events/${ID}/calendar.ics?version=draft`).expect(200);
    expect(draft.headers.etag).not.toBe(publishedIcs.headers.etag);
    expect(parseWithIcalJs(draft.text).events.filter((e) => e.status === 'CANCELLED').length).toBeGreaterThan(
      parseWithIcalJs(publishedIcs.text).events.filter((e) => e.status === 'CANCELLED').length,
    );
    // The draft is not kept in place of the published feed.
    expect((await h.organizer.get(`/api/events/${ID}/calendar.ics`).expect(200)).text).toBe(publishedIcs.text);
    expect(renders()).toBe(count);
  });
});
