/**
 * Hostile names and texts come out inert in every output of one event, end to
 * end through the API and the CLI: the cluster's page and the error page, the
 * printable agendas, the calendars, the CSV, the CLI summary and its `--ics`
 * files, the errors that echo input, and the response headers.
 *
 * The renderers' own tests cover each rule on hand-made data (test/export,
 * test/calendar, test/http/page-routes.test.ts); this file checks that nothing
 * between the event file and the bytes sent undoes them. The console in a
 * browser: injection.browser.test.ts.
 */
import { parse as parseCsvText } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import request from 'supertest';
import type { EventFile, Schedule } from '../../solver';
import { dictionary } from '../../src/i18n/dictionary';
import { byUid, parseBoth } from '../calendar/parse-ics';
import { cli, readJson, tempDir } from '../cli/run-cli';
import { startHarness, waitForJob, type Harness } from '../http/harness';
import {
  ATTENDEE,
  CLUSTER_IDS,
  CRLF_HEADER,
  EVENT_NAME,
  HTML_ATTRIBUTE,
  HTML_SCRIPT,
  HYPERLINK,
  hostileEvent,
  LIVE_MARKUP,
  LOCATION,
  OFFER,
  SECTOR,
  SEEK,
  stored,
  TABLE_NAMES,
} from './hostile-event';

const ID = 'hostile-day';
const FR = dictionary('fr').exports;
let h: Harness;
let event: EventFile;
let tokens: Record<string, string>;
let schedule: Schedule;
/** Every answer of the file, for the header checks at the end. */
const answers: { what: string; res: Response }[] = [];

const tmp = tempDir('injection');
afterAll(() => tmp.remove());

async function seen(what: string, test: request.Test): Promise<Response> {
  const res = await test;
  answers.push({ what, res });
  return res;
}
const get = (path: string) => seen(`GET ${path}`, request(h.app).get(path));
const asOrganizer = (path: string) => seen(`GET ${path}`, h.organizer.get(path));
const asCluster = (path: string, cluster: string) => seen(`GET ${path}`, request(h.app).get(path).set('Authorization', `Bearer ${tokens[cluster]}`));
const nameOf = (id: string) => stored(event.clusters.find((c) => c.id === id)!.name);

beforeAll(async () => {
  h = await startHarness('injection');
  h.startWorker();
  event = hostileEvent(ID);
  const created = await seen('POST /api/events', h.organizer.post('/api/events').send(event));
  expect(created.status).toBe(201);
  tokens = Object.fromEntries((created.body.clusters as { id: string; token: string }[]).map((c) => [c.id, c.token]));
  // Wishes, so that the reasons of the exports name the clusters too.
  for (const [from, to] of [['h-img', 'ical..3'], ['crlf_1', 'h.script'], ['csv_-4', 'crlf.2-']]) {
    const res = await request(h.app).post(`/api/events/${ID}/preferences`).set('Authorization', `Bearer ${tokens[from]}`).send({ requests: [{ to, priority: 1 }] });
    expect(res.status).toBe(200);
  }
  const { jobId } = (await h.organizer.post(`/api/events/${ID}/solve`).send({ seed: 1 }).expect(202)).body;
  expect((await waitForJob(h, jobId)).state).toBe('completed');
  schedule = (await h.organizer.get(`/api/events/${ID}/schedule`).expect(200)).body;
});
afterAll(() => h.stop());

/** Independent of the product's escaping: drop the tags, then decode the five entities. */
function textOfHtml(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function expectInertHtml(html: string, texts: string[]): void {
  for (const pattern of LIVE_MARKUP) expect(html).not.toMatch(pattern);
  // Every element of the page is one of ours: no attribute outside the quotes a name was put in.
  expect(html).not.toMatch(/<[a-z][^>]*\sonerror\s*=/i);
  const text = textOfHtml(html);
  for (const t of texts) expect(text).toContain(t);
}

describe('the schedule reaches every output', () => {
  it('gives every cluster a meeting, so that each hostile name is rendered', () => {
    for (const id of CLUSTER_IDS) expect(schedule.meetings.some((m) => m.clusters.includes(id))).toBe(true);
    expect(new Set(schedule.meetings.map((m) => m.table)).size).toBe(3);
  });
});

describe('the cluster page is inert', () => {
  it.each(CLUSTER_IDS)('renders the page of %s with every name as text, in the markup and in the page data', async (id) => {
    const res = await get(`/e/${ID}/c/${id}?token=${tokens[id]}`);
    expect(res.status).toBe(200);
    expectInertHtml(res.text, [nameOf(id), stored(EVENT_NAME)]);
    const scripts = res.text.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/assets/cluster-page.js" defer>', '<script type="application/json" id="page-data">']);
    const json = /<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(res.text)?.[1] as string;
    // No `</script>` or `<!--` can close the data block early.
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json)).toMatchObject({ eventId: ID, clusterId: id });
  });

  it('escapes ids and tokens taken from the address in the error page', async () => {
    const path = `/e/${encodeURIComponent(HTML_ATTRIBUTE)}/c/${encodeURIComponent(HTML_SCRIPT)}?token=${encodeURIComponent(`${HTML_ATTRIBUTE}x`)}&lang=${encodeURIComponent(HTML_SCRIPT)}`;
    const res = await get(path);
    expect(res.status).toBe(401);
    expect(res.type).toBe('text/html');
    expectInertHtml(res.text, []);
  });

  it("escapes a real cluster's link when another cluster's token is given", async () => {
    const res = await get(`/e/${ID}/c/h-img?token=${tokens['h.script']}&x=${encodeURIComponent(HTML_ATTRIBUTE)}`);
    expect(res.status).toBe(403);
    for (const pattern of LIVE_MARKUP) expect(res.text).not.toMatch(pattern);
  });
});

describe('the printable agendas are inert', () => {
  const allNames = () => CLUSTER_IDS.map(nameOf);

  it('shows the grid with every cluster and table name as text', async () => {
    const res = await asOrganizer(`/api/events/${ID}/print`);
    expect(res.status).toBe(200);
    expectInertHtml(res.text, [...allNames(), ...TABLE_NAMES, stored(EVENT_NAME)]);
  });

  it("shows every cluster's agenda with names, offers, seeks, attendees and venue as text", async () => {
    const res = await asOrganizer(`/api/events/${ID}/print?clusters=all`);
    expect(res.status).toBe(200);
    expectInertHtml(res.text, [...allNames(), ...TABLE_NAMES, stored(EVENT_NAME)]);
    for (const pattern of [/<script>alert/i, /<img src=x/i]) expect(res.text).not.toMatch(pattern);
  });

  it.each(CLUSTER_IDS)('shows the own agenda of %s with its partners as text', async (id) => {
    const res = await get(`/api/events/${ID}/clusters/${id}/print?token=${tokens[id]}`);
    expect(res.status).toBe(200);
    const partners = schedule.meetings.filter((m) => m.clusters.includes(id)).map((m) => nameOf(m.clusters.find((c) => c !== id)!));
    expect(partners.length).toBeGreaterThan(0);
    expectInertHtml(res.text, [nameOf(id), ...partners]);
  });

  it('keeps a hostile query parameter out of the language link', async () => {
    const res = await get(`/api/events/${ID}/clusters/h-img/print?token=${tokens['h-img']}&x=${encodeURIComponent(HTML_ATTRIBUTE)}`);
    expectInertHtml(res.text, []);
  });
});

/**
 * TEXT values of iCalendar have line feeds only: a CRLF in a name comes back as `\n`;
 * the control characters RFC 5545 forbids in text are dropped (test/calendar/ics.test.ts).
 */
const asIcsText = (text: string) => text.replace(/\r\n/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
/** The calendar's name is one line: line breaks become a space. */
const asIcsName = (text: string) => asIcsText(text).replace(/\s*[\r\n]+\s*/g, ' ');

/** Every property and component of a calendar, by name, as ical.js reads it. */
function namesIn(ics: string): { properties: Set<string>; components: string[] } {
  const properties = new Set<string>();
  const components: string[] = [];
  const walk = (c: ICAL.Component) => {
    components.push(c.name.toUpperCase());
    for (const p of c.getAllProperties()) properties.add(p.name.toUpperCase());
    for (const sub of c.getAllSubcomponents()) walk(sub);
  };
  walk(new ICAL.Component(ICAL.parse(ics)));
  return { properties, components };
}

const ALLOWED_PROPERTIES = new Set([
  'PRODID', 'VERSION', 'CALSCALE', 'METHOD', 'NAME', 'X-WR-CALNAME', 'X-WR-TIMEZONE', 'TIMEZONE-ID', 'X-PUBLISHED-TTL', 'REFRESH-INTERVAL', 'URL',
  'TZID', 'TZOFFSETFROM', 'TZOFFSETTO', 'TZNAME', 'DTSTART', 'RRULE', 'X-LIC-LOCATION', 'LAST-MODIFIED', 'TZURL',
  'UID', 'SEQUENCE', 'DTSTAMP', 'DTEND', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'STATUS', 'TRANSP', 'CATEGORIES', 'CLASS', 'CREATED',
  'ACTION', 'TRIGGER',
]);

/** A calendar that says exactly what the schedule says and nothing a name slipped in. */
function expectInertCalendar(ics: string, meetings: Schedule['meetings'], viewer: string | null): void {
  const calendarName = viewer === null ? FR.eventCalendarName(stored(EVENT_NAME)) : `${stored(EVENT_NAME)} — ${nameOf(viewer)}`;
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  // No bare CR or LF: a name's line break cannot start a line of its own.
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics.split('\r\n').slice(0, -1)) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const unfolded = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  expect(unfolded.filter((l) => l === 'BEGIN:VCALENDAR')).toHaveLength(1);
  expect(unfolded.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
  expect(unfolded.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(meetings.length);
  expect(unfolded.filter((l) => /^(X-INJECTED|ATTENDEE|SUMMARY:injected|UID:injected)/i.test(l))).toEqual([]);
  const { properties, components } = namesIn(ics);
  expect([...properties].filter((p) => !ALLOWED_PROPERTIES.has(p))).toEqual([]);
  expect(components.filter((c) => c === 'VEVENT')).toHaveLength(meetings.length);
  expect(components.filter((c) => c === 'VCALENDAR')).toHaveLength(1);

  for (const parsed of Object.values(parseBoth(ics))) {
    expect(parsed.name).toBe(asIcsName(calendarName));
    expect(parsed.events).toHaveLength(meetings.length);
    const events = byUid(parsed.events);
    for (const m of meetings) {
      const e = events.get(`${event.event.id}-${[...m.clusters].sort().join('-')}@maillage`)!;
      expect(e).toBeDefined();
      expect(e.location).toContain(asIcsText(stored(LOCATION)));
      const table = event.event.tables as { id: string; name: string }[];
      expect(e.location).toContain(table.find((t) => t.id === m.table)!.name);
      // A cluster's agenda describes its partner; the organiser's, both clusters.
      for (const id of m.clusters.filter((c) => c !== viewer)) {
        expect(e.summary).toContain(asIcsText(nameOf(id)));
        expect(e.description).toContain(asIcsText(nameOf(id)));
      }
      expect(e.description).toContain(asIcsText(stored(OFFER)));
      expect(e.description).toContain(asIcsText(stored(SEEK)));
      expect(e.description).toContain(asIcsText(stored(ATTENDEE)));
    }
  }
}

describe('the calendars are inert', () => {
  it("keeps the event calendar's texts literal, with exactly one VEVENT per meeting", async () => {
    const res = await asOrganizer(`/api/events/${ID}/calendar.ics`);
    expect(res.status).toBe(200);
    expectInertCalendar(res.text, schedule.meetings, null);
  });

  it.each(CLUSTER_IDS)("keeps the agenda of %s literal, with exactly its meetings", async (id) => {
    const res = await asCluster(`/api/events/${ID}/clusters/${id}/agenda.ics`, id);
    expect(res.status).toBe(200);
    const own = schedule.meetings.filter((m) => m.clusters.includes(id));
    expectInertCalendar(res.text, own, id);
  });
});

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** How the product neutralises a formula: a leading apostrophe (csv-stringify's `escape_formulas`). */
const neutralised = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

describe('the CSV is formula-safe', () => {
  let rows: string[][];
  beforeAll(async () => {
    const res = await asOrganizer(`/api/events/${ID}/schedule.csv`);
    expect(res.status).toBe(200);
    rows = parseCsvText(res.text, { delimiter: ';', bom: true, relax_column_count: false }) as string[][];
  });

  it('has one row per meeting after the header', () => {
    expect(rows).toHaveLength(schedule.meetings.length + 1);
  });

  it('starts no cell with a formula character', () => {
    const cells = rows.flat();
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    expect(cells.filter((cell) => cell.startsWith("'")).length).toBeGreaterThan(0);
  });

  it('prefixes the formula-looking table and cluster names with an apostrophe, and keeps the others literal', () => {
    const tables = event.event.tables as { id: string; name: string }[];
    for (const row of rows.slice(1)) {
      const [, , , table, a, nameA, b, nameB] = row;
      expect(tables.map((t) => neutralised(t.name))).toContain(table);
      expect(nameA).toBe(neutralised(nameOf(a)));
      expect(nameB).toBe(neutralised(nameOf(b)));
    }
    expect(rows.slice(1).flatMap((r) => [r[5], r[7]])).toContain(`'${HYPERLINK}`);
    expect(rows.slice(1).flatMap((r) => [r[5], r[7]])).toContain(stored(CRLF_HEADER));
  });
});

describe('errors that echo input stay data', () => {
  const HOSTILE_IDS = [HTML_SCRIPT, HTML_ATTRIBUTE, 'a\r\nX-Injected: 1', '=1+1', '-x', '@SUM(A1)', '../../etc/passwd', 'a;b,c:d', 'END:VCALENDAR'];

  it.each(HOSTILE_IDS.map((id) => [JSON.stringify(id), id]))('refuses the id %s with a located 422 in JSON', async (_, id) => {
    const file = hostileEvent();
    file.event.id = id;
    file.clusters[0].id = id;
    const res = await seen('POST /api/events', h.organizer.post('/api/events').send(file));
    expect(res.status).toBe(422);
    expect(res.type).toBe('application/json');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'event.id', code: 'invalid_id', message: expect.stringContaining(JSON.stringify(id)) }),
        expect.objectContaining({ path: 'clusters[0].id', code: 'invalid_id' }),
      ]),
    );
  });

  it('echoes a hostile partner id of a wish only inside the JSON of its detail', async () => {
    const res = await seen(
      'POST preferences',
      request(h.app).post(`/api/events/${ID}/preferences`).set('Authorization', `Bearer ${tokens['h-img']}`).send({ requests: [{ to: CRLF_HEADER }], declines: [HTML_SCRIPT] }),
    );
    expect(res.status).toBe(422);
    expect(res.type).toBe('application/json');
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: 'requests[0].to', code: 'unknown_cluster', message: `unknown cluster "${CRLF_HEADER}"` }),
      expect.objectContaining({ path: 'declines[0]', code: 'unknown_cluster', message: `unknown cluster "${HTML_SCRIPT}"` }),
    ]);
    // JSON escapes the line break: the body is one line.
    expect(res.text).not.toMatch(/[\r\n]/);
  });

  it('answers an unknown route named with markup in JSON', async () => {
    const res = await seen('GET hostile route', request(h.app).get(`/api/${encodeURIComponent(HTML_SCRIPT)}`));
    expect(res.status).toBe(404);
    expect(res.type).toBe('application/json');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers an unknown event named with CRLF and markup with a 404 and no header of its own', async () => {
    const res = await asOrganizer(`/api/events/${encodeURIComponent('a\r\nX-Injected: 1')}/print`);
    expect(res.status).toBe(404);
    expect(res.headers['x-injected']).toBeUndefined();
  });
});

describe('the CLI is inert', () => {
  const ESC_NAME = 'Terminal \u001b]0;pwned\u0007\u001b[2J\u001b[31mrouge\u009b31m';
  const file = join(tmp.dir, 'hostile.json');
  const dir = join(tmp.dir, 'ics');
  const out = join(tmp.dir, 'schedule.json');
  let run: Awaited<ReturnType<typeof cli>>;
  let cliEvent: EventFile;
  let cliSchedule: Schedule;

  beforeAll(async () => {
    cliEvent = hostileEvent('hostile-cli');
    cliEvent.clusters.push({ ...cliEvent.clusters[0], id: 'term', name: ESC_NAME });
    cliEvent.constraints!.mustMeet!.push(['term', 'h.script']);
    writeFileSync(file, JSON.stringify(cliEvent));
    run = await cli('solve', file, '--ics', dir, '--out', out, '--seed', '1', '--time-limit', '5');
    cliSchedule = readJson<Schedule>(out);
  });

  it('prints a summary with each name on one line and no control character', () => {
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    const lines = run.out.split('\n');
    // The injected "header" never starts a line of its own.
    expect(lines.filter((l) => /^\s*(X-Injected|BEGIN:VEVENT|END:VCALENDAR)/.test(l))).toEqual([]);
    for (const id of CLUSTER_IDS) expect(run.out).toContain(nameOf(id).replace(/\s*[\r\n]+\s*/g, ' '));
    expect(run.out).toContain('Terminal ]0;pwned[2J[31mrouge31m');
    expect(lines[0]).toContain(stored(EVENT_NAME).replace(/\s*[\r\n]+\s*/g, ' '));
  });

  it('writes --ics files whose texts are literal, with one VEVENT per meeting', () => {
    const files = readdirSync(dir);
    expect(files).toContain('event.ics');
    const eventSaved = event;
    event = cliEvent;
    try {
      expectInertCalendar(readFileSync(join(dir, 'event.ics'), 'utf8'), cliSchedule.meetings, null);
      for (const id of CLUSTER_IDS) {
        const own = cliSchedule.meetings.filter((m) => m.clusters.includes(id));
        expectInertCalendar(readFileSync(join(dir, `${id}.ics`), 'utf8'), own, id);
      }
    } finally {
      event = eventSaved;
    }
  });

  it('quotes a hostile id in its error and exits with 2', async () => {
    const bad = hostileEvent();
    bad.clusters[0].id = 'a\r\nX-Injected: 1\u001b[2J';
    const badFile = join(tmp.dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const res = await cli('validate', badFile);
    expect(res.code).toBe(2);
    expect(res.err).toContain('clusters[0].id');
    expect(res.err).toContain(JSON.stringify(bad.clusters[0].id));
    expect(res.err).not.toMatch(/[\r\u001b]/);
  });
});

describe('no header is injected', () => {
  it('sends only safe file names in Content-Disposition', () => {
    const named = answers.filter((a) => a.res.headers['content-disposition'] !== undefined);
    expect(named.length).toBeGreaterThan(5);
    for (const { what, res } of named) {
      expect([what, res.headers['content-disposition']]).toEqual([what, expect.stringMatching(/^(attachment|inline); filename="[A-Za-z0-9._-]+"$/)]);
    }
  });

  it('sends a Location made of the encoded id only', () => {
    const located = answers.filter((a) => a.res.headers.location !== undefined);
    expect(located.map((a) => a.res.headers.location)).toEqual([`/api/events/${ID}`]);
  });

  it('sends no header a name or an id could have added', () => {
    expect(answers.length).toBeGreaterThan(20);
    for (const { what, res } of answers) {
      const headers = Object.entries(res.headers);
      expect([what, headers.filter(([k]) => k.startsWith('x-injected'))]).toEqual([what, []]);
      for (const [, value] of headers) expect(String(value)).not.toMatch(/[\r\n]/);
    }
  });
});

describe('the hostile texts are the ones the renderers got', () => {
  it('stores every text as typed, trimmed at its edges only', async () => {
    const res = await h.organizer.get(`/api/events/${ID}`).expect(200);
    expect(res.body.event.name).toBe(stored(EVENT_NAME));
    expect(res.body.event.location).toBe(stored(LOCATION));
    expect(res.body.clusters.map((c: { name: string }) => c.name)).toEqual(CLUSTER_IDS.map(nameOf));
    expect(res.body.clusters[0].sector).toBe(SECTOR);
  });
});
