import request from 'supertest';
import type { EventFile, Schedule } from '../../solver';
import { createApp } from '../../src/http/app';
import { PRINT_CSP } from '../../src/http/send-export';
import { createLogger } from '../../src/logger';
import { createRuntime } from '../../src/server/runtime';
import { byUid, parseBoth } from '../calendar/parse-ics';
import { ORGANIZER, createWithTokens, smallEvent, solveInline, startHarness, waitForJob, type Harness, detail } from './harness';
import { parseCsv } from '../support/parse-csv';

let h: Harness;
let event: EventFile;
let tokens: Record<string, string>;
let otherEventTokens: Record<string, string>;
let schedule: Schedule;
let storedAt: string;

const ID = 'expo';
const agendaIcs = (cluster: string) => `/api/events/${ID}/clusters/${cluster}/agenda.ics`;
const clusterPrint = (cluster: string) => `/api/events/${ID}/clusters/${cluster}/print`;
const get = (path: string) => request(h.app).get(path);
const asCluster = (path: string, cluster: string) => get(path).set('Authorization', `Bearer ${tokens[cluster]}`);

const uidOf = (clusters: [string, string]) => `${ID}-${[...clusters].sort().join('-')}@maillage`;
const nameOf = (id: string) => event.clusters.find((c) => c.id === id)!.name;
const meetingsOf = (cluster: string) => schedule.meetings.filter((m) => m.clusters.includes(cluster));
/** `20250612T070000Z` */
const icsUtc = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

beforeAll(async () => {
  h = await startHarness('exports');
  h.startWorker();
  event = { ...smallEvent(ID), event: { ...smallEvent(ID).event, location: 'Hôtel de Région, Lyon' } };
  tokens = await createWithTokens(h, event);
  otherEventTokens = await createWithTokens(h, smallEvent('expo-other'));
  await createWithTokens(h, smallEvent('expo-unsolved'));
  const { jobId } = (await h.organizer.post(`/api/events/${ID}/solve`).send({ seed: 3 }).expect(202)).body;
  expect((await waitForJob(h, jobId)).state).toBe('completed');
  schedule = (await h.organizer.get(`/api/events/${ID}/schedule`).expect(200)).body;
  storedAt = (await h.deps.store.getPublication(ID))!.storedAt;
});
afterAll(() => h.stop());

/** Every export route, with who may call it. */
const organizerRoutes = [`/api/events/${ID}/calendar.ics`, `/api/events/${ID}/schedule.csv`, `/api/events/${ID}/print`];
const clusterRoutes = [agendaIcs('axelera'), clusterPrint('axelera')];

describe('who may read the exports', () => {
  it.each([...organizerRoutes, ...clusterRoutes])('rejects GET %s without a token with 401', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it.each(organizerRoutes)('rejects a cluster token on GET %s with 403', async (path) => {
    const res = await asCluster(path, 'axelera');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it.each(organizerRoutes)('does not take the organiser token from the query string of GET %s', async (path) => {
    expect((await get(`${path}?token=${ORGANIZER}`)).status).toBe(401);
  });

  it.each(clusterRoutes)("rejects another cluster's token on GET %s with 403", async (path) => {
    for (const res of [await asCluster(path, 'minalogic'), await get(`${path}?token=${tokens.minalogic}`)]) {
      expect(res.status).toBe(403);
      expect(res.body.error).toEqual({ code: 'forbidden', message: 'this token belongs to another cluster', details: [] });
    }
  });

  it.each(clusterRoutes)('rejects the same cluster of another event on GET %s with 403', async (path) => {
    const res = await get(path).set('Authorization', `Bearer ${otherEventTokens.axelera}`);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/another event/);
  });

  it.each(clusterRoutes)('rejects the organiser token on GET %s with 403', async (path) => {
    expect((await get(path).set('Authorization', `Bearer ${ORGANIZER}`)).status).toBe(403);
  });

  it.each(clusterRoutes)('rejects a wrong token on GET %s with 401', async (path) => {
    expect((await get(`${path}?token=wrong`)).status).toBe(401);
  });

  it.each(clusterRoutes)("accepts the cluster's own token as a bearer token or as ?token= on GET %s, with the same bytes", async (path) => {
    const byHeader = await asCluster(path, 'axelera');
    const byQuery = await get(`${path}?token=${tokens.axelera}`);
    expect([byHeader.status, byQuery.status]).toEqual([200, 200]);
    if (path.endsWith('.ics')) expect(byQuery.text).toBe(byHeader.text);
  });
});

describe('before the first solve', () => {
  it.each([
    '/api/events/expo-unsolved/calendar.ics',
    '/api/events/expo-unsolved/schedule.csv',
    '/api/events/expo-unsolved/print',
  ])('answers GET %s with 404 and the standard error body', async (path) => {
    const res = await h.organizer.get(path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      error: { code: 'not_found', message: 'event "expo-unsolved" has no published schedule yet', details: [] },
    });
  });

  it("answers a cluster's agenda and page with 404 too", async () => {
    const own = await createWithTokens(h, smallEvent('expo-early'));
    for (const path of ['/api/events/expo-early/clusters/axelera/agenda.ics', '/api/events/expo-early/clusters/axelera/print']) {
      const res = await get(`${path}?token=${own.axelera}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('answers 404 for an unknown event', async () => {
    const res = await h.organizer.get('/api/events/nowhere/calendar.ics');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('event "nowhere" not found');
  });
});

describe("GET a cluster's agenda.ics", () => {
  it('is an iCalendar file named after the event and the cluster, with validators', async () => {
    const res = await asCluster(agendaIcs('axelera'), 'axelera').expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="expo-axelera.ics"');
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(res.headers['last-modified']).toBe(new Date(storedAt).toUTCString());
  });

  it("holds exactly the cluster's meetings, read alike by two parsers", async () => {
    const res = await asCluster(agendaIcs('axelera'), 'axelera').expect(200);
    const own = meetingsOf('axelera');
    expect(own.length).toBeGreaterThan(0);
    for (const parsed of Object.values(parseBoth(res.text))) {
      expect(parsed.name).toBe('Demo interclustering — Axelera');
      expect(parsed.events).toHaveLength(own.length);
      const events = byUid(parsed.events);
      for (const m of own) {
        const e = events.get(uidOf(m.clusters))!;
        const partner = m.clusters[0] === 'axelera' ? m.clusters[1] : m.clusters[0];
        expect(e).toMatchObject({
          sequence: 0,
          status: 'CONFIRMED',
          summary: `Rencontre : ${nameOf(partner)}`,
          location: `Hôtel de Région, Lyon — table ${m.table}`,
          start: Date.parse(m.start),
          end: Date.parse(m.end),
          tzid: 'Europe/Paris',
        });
        expect(e.alarms).toHaveLength(1);
      }
    }
  });

  it('is stamped with the time the schedule was stored, so the same schedule gives the same bytes', async () => {
    const first = await asCluster(agendaIcs('techtera'), 'techtera').expect(200);
    const again = await asCluster(agendaIcs('techtera'), 'techtera').expect(200);
    expect(again.text).toBe(first.text);
    expect(again.headers.etag).toBe(first.headers.etag);
    const stamps = first.text.match(/^DTSTAMP:.*$/gm)!;
    expect(new Set(stamps)).toEqual(new Set([`DTSTAMP:${icsUtc(storedAt)}`]));
  });

  it('speaks English with ?lang=en', async () => {
    const res = await get(`${agendaIcs('axelera')}?token=${tokens.axelera}&lang=en`).expect(200);
    expect(res.text).toMatch(/^SUMMARY:Meeting: /m);
    expect(res.headers.etag).not.toBe((await asCluster(agendaIcs('axelera'), 'axelera')).headers.etag);
  });

  it('rejects an unknown language with 400 and its path', async () => {
    const res = await get(`${agendaIcs('axelera')}?token=${tokens.axelera}&lang=de`);
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      code: 'bad_request',
      message: 'invalid query parameters',
      details: [detail('lang', 'invalid_value', 'must be "fr" or "en"')],
    });
  });
});

describe('conditional requests', () => {
  const path = () => `${agendaIcs('minalogic')}?token=${tokens.minalogic}`;

  it('answers 304 without a body to a matching If-None-Match', async () => {
    const { headers } = await get(path()).expect(200);
    const res = await get(path()).set('If-None-Match', headers.etag);
    expect(res.status).toBe(304);
    expect(res.text).toBeFalsy();
    expect(res.headers.etag).toBe(headers.etag);
    expect(res.headers['last-modified']).toBe(headers['last-modified']);
  });

  it('answers 304 to If-Modified-Since the stored time, and 200 to an earlier one', async () => {
    const modified = new Date(storedAt);
    await get(path()).set('If-Modified-Since', modified.toUTCString()).expect(304);
    const earlier = await get(path()).set('If-Modified-Since', new Date(modified.getTime() - 1000).toUTCString());
    expect(earlier.status).toBe(200);
    expect(earlier.text).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('lets If-None-Match decide over If-Modified-Since', async () => {
    const res = await get(path()).set('If-None-Match', '"another-version"').set('If-Modified-Since', new Date(storedAt).toUTCString());
    expect(res.status).toBe(200);
  });

  it.each([...organizerRoutes])('answers 304 on GET %s too', async (route) => {
    const { headers } = await h.organizer.get(route).expect(200);
    expect(headers.etag).toMatch(/^"/);
    await h.organizer.get(route).set('If-None-Match', headers.etag).expect(304);
  });

  it("answers 304 on the cluster's printable page too", async () => {
    const { headers } = await asCluster(clusterPrint('axelera'), 'axelera').expect(200);
    await asCluster(clusterPrint('axelera'), 'axelera').set('If-None-Match', headers.etag).expect(304);
  });
});

describe('GET calendar.ics', () => {
  it('gives the organiser every meeting, with both clusters in the summary', async () => {
    const res = await h.organizer.get(`/api/events/${ID}/calendar.ics`).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="expo.ics"');
    expect(res.headers['last-modified']).toBe(new Date(storedAt).toUTCString());
    for (const parsed of Object.values(parseBoth(res.text))) {
      expect(parsed.events).toHaveLength(schedule.meetings.length);
      const events = byUid(parsed.events);
      expect(events.size).toBe(schedule.meetings.length);
      for (const m of schedule.meetings) {
        const e = events.get(uidOf(m.clusters))!;
        expect(e.summary).toBe(`Rencontre : ${nameOf(m.clusters[0])} × ${nameOf(m.clusters[1])}`);
        expect([e.start, e.end]).toEqual([Date.parse(m.start), Date.parse(m.end)]);
        expect(e.location).toContain(`table ${m.table}`);
      }
    }
  });
});

describe('GET schedule.csv', () => {
  it('has one row per meeting under a header, with a BOM and semicolons', async () => {
    const res = await h.organizer.get(`/api/events/${ID}/schedule.csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="expo.csv"');
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(res.text);
    expect(header.slice(0, 4)).toEqual(['Tour', 'Début', 'Fin', 'Table']);
    expect(rows).toHaveLength(schedule.meetings.length);
    const pairs = rows.map((r) => `${r[0]}|${r[3]}|${r[4]}|${r[6]}`).sort();
    expect(pairs).toEqual(schedule.meetings.map((m) => `${m.round}|${m.table}|${m.clusters[0]}|${m.clusters[1]}`).sort());
    for (const row of rows) expect(row[5]).toBe(nameOf(row[4]));
  });

  it('has an English header with ?lang=en', async () => {
    const res = await h.organizer.get(`/api/events/${ID}/schedule.csv?lang=en`).expect(200);
    expect(parseCsv(res.text)[0].slice(0, 4)).toEqual(['Round', 'Start', 'End', 'Table']);
  });
});

describe('GET print', () => {
  it("shows the organiser the event's grid, inline, under a policy that allows only its inline style", async () => {
    const res = await h.organizer.get(`/api/events/${ID}/print`).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('inline; filename="expo-grid.html"');
    expect(res.headers['content-security-policy']).toBe(PRINT_CSP);
    expect(res.text).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(res.text).toContain('<table class="grid">');
    expect(res.text).not.toMatch(/<script/i);
    const cells = [...res.text.matchAll(/<td class="cell">(.*?)<span class="x">×<\/span>(.*?)<\/td>/g)].map((c) => `${c[1]}|${c[2]}`);
    expect(cells.sort()).toEqual(schedule.meetings.map((m) => `${nameOf(m.clusters[0])}|${nameOf(m.clusters[1])}`).sort());
  });

  it('is in English with ?lang=en, with a link back to French', async () => {
    const res = await h.organizer.get(`/api/events/${ID}/print?lang=en`).expect(200);
    expect(res.text).toMatch(/<html lang="en">/);
    expect(res.text).toContain('<a href="?lang=fr" hreflang="fr" lang="fr">Français</a>');
  });

  it('gives every agenda, one page each, with ?clusters=all, or the chosen ones', async () => {
    const all = await h.organizer.get(`/api/events/${ID}/print?clusters=all`).expect(200);
    expect(all.headers['content-disposition']).toBe('inline; filename="expo-agendas.html"');
    expect(all.text.match(/<section class="sheet portrait agenda-sheet">/g)).toHaveLength(event.clusters.length);
    const some = await h.organizer.get(`/api/events/${ID}/print?clusters=techtera,axelera`).expect(200);
    const titles = [...some.text.matchAll(/<h1>(.*?)<\/h1>/g)].map((t) => t[1]);
    expect(titles).toEqual(['Techtera', 'Axelera']);
  });

  it('rejects unknown clusters and languages with 400 and their paths', async () => {
    const res = await h.organizer.get(`/api/events/${ID}/print?clusters=axelera,nobody&lang=de`);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([detail('lang', 'invalid_value', 'must be "fr" or "en"')]);
    const unknown = await h.organizer.get(`/api/events/${ID}/print?clusters=axelera,nobody`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([detail('clusters', 'unknown_cluster', 'unknown cluster "nobody"')]);
  });

  it("shows a cluster its own agenda, with every meeting and partner, and a language link that keeps its token", async () => {
    const res = await get(`${clusterPrint('axelera')}?token=${tokens.axelera}`).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('inline; filename="expo-axelera.html"');
    expect(res.headers['content-security-policy']).toBe(PRINT_CSP);
    const partners = [...res.text.matchAll(/<div class="partner-name">(.*?)<\/div>/g)].map((p) => p[1]);
    const own = meetingsOf('axelera');
    expect(partners.sort()).toEqual(own.map((m) => nameOf(m.clusters[0] === 'axelera' ? m.clusters[1] : m.clusters[0])).sort());
    expect(res.text).toContain(`<a href="?token=${tokens.axelera}&amp;lang=en" hreflang="en" lang="en">English</a>`);
  });
});

describe('after a restart', () => {
  it('serves the same bytes from what Redis holds', async () => {
    const before = await asCluster(agendaIcs('viameca'), 'viameca').expect(200);
    const logger = createLogger('silent');
    const runtime = createRuntime(h.config, h.redis.url, logger);
    try {
      const app = createApp({ ...runtime.deps, runSolve: solveInline }, { logger });
      const after = await request(app).get(agendaIcs('viameca')).set('Authorization', `Bearer ${tokens.viameca}`).expect(200);
      expect(after.text).toBe(before.text);
      expect(after.headers.etag).toBe(before.headers.etag);
    } finally {
      await runtime.close();
    }
  });
});

describe('deleting an event', () => {
  it('removes its schedule and calendar ledger', async () => {
    await createWithTokens(h, smallEvent('expo-gone'));
    const { jobId } = (await h.organizer.post('/api/events/expo-gone/solve').send({}).expect(202)).body;
    await waitForJob(h, jobId);
    await h.organizer.get('/api/events/expo-gone/calendar.ics').expect(200);
    const keys = () => h.runtime.redis.keys(`${h.config.keyPrefix}event:expo-gone*`);
    expect(await keys()).toContain(`${h.config.keyPrefix}event:expo-gone:ledger`);
    await h.organizer.delete('/api/events/expo-gone').expect(204);
    expect(await keys()).toEqual([]);
    await h.organizer.get('/api/events/expo-gone/calendar.ics').expect(404);
  });
});
