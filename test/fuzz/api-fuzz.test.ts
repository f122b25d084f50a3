/**
 * Every JSON body and query of the API, fuzzed, against an app on a private
 * Redis, with the caller each route needs so that the input reaches its
 * validation: always a 4xx with `{ error: { code, message, details } }` (or
 * a 2xx when the input happens to be valid), never a 5xx or a hang; the
 * server healthy after, and the events changed only by the valid writes.
 */
import http, { type Server } from 'node:http';
import fc from 'fast-check';
import type { EventFile, Schedule } from '../../solver';
import { CLUSTER_SHEET_TEMPLATE } from '../../src/app/cluster-sheet-template';
import { createWithTokens, ORGANIZER, smallEvent, startHarness, waitForJob, type Harness } from '../http/harness';
import { FUZZ_SEED, fuzzReport, hostileValue, mutated, oddNumber, oddText, PROTOTYPE_KEYS, richEvent, targetedEvents, toJson } from './hostile';

const RUNS = 6_500;
/** Longest any one request may take before it counts as a hang. */
const PER_INPUT_MS = 15_000;
const MAIN = 'fz-main';
const REPLACED = 'fz-put';

/** One generated request: who sends what where. */
interface Input {
  route: string;
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  /** The query string, without `?`. */
  query?: string;
  /** `organiser`, a cluster of the main event, or none. */
  caller: 'organiser' | 'cluster' | 'none';
  contentType?: string;
  body?: string;
  /** What a success may change of what the store holds for the fuzzed events (creations and queued solves change none of it). */
  write: 'none' | 'main' | 'replaced';
}

let h: Harness;
let server: Server;
let tokens: Record<string, string>;
let published: Schedule;
let inputs = 0;
let port = 0;
const agent = new http.Agent({ keepAlive: true });

beforeAll(async () => {
  h = await startHarness('fuzz-api');
  server = h.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  tokens = await createWithTokens(h, richEvent(MAIN));
  await createWithTokens(h, richEvent(REPLACED));
  const worker = h.startWorker();
  const job = await h.organizer.post(`/api/events/${MAIN}/solve`).send({ timeLimitSeconds: 5, seed: 1 }).expect(202);
  expect((await waitForJob(h, job.body.jobId)).state).toBe('completed');
  await worker.close();
  published = (await h.organizer.get(`/api/events/${MAIN}/schedule`).expect(200)).body as Schedule;
}, 60_000);

afterAll(async () => {
  console.log(fuzzReport('test/fuzz/api-fuzz.test.ts', inputs));
  agent.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await h.stop();
});

const CLUSTER = 'axelera';

/** `encodeURIComponent`, and for text with a lone surrogate (which it refuses), the bytes of one: not UTF-8 at all. */
const encode = (text: string): string => {
  try {
    return encodeURIComponent(text);
  } catch {
    return `${encodeURIComponent(text.replace(/[\ud800-\udfff]/g, ''))}%ED%A0%80`;
  }
};

/** A query string of known, prototype and odd keys, repeated keys and broken escapes. */
const queryString = (keys: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...keys, ...PROTOTYPE_KEYS, 'lang[]', 'token[__proto__]', ''), fc.oneof(oddText, fc.constantFrom('fr', 'en', 'draft', 'published', 'all', 'axelera,nobody', 'axelera', ''))).map(
          ([k, v]) => `${encode(k)}=${encode(v.slice(0, 1500))}`,
        ),
        fc.constantFrom('%', '%E0%A4%A', '%00', 'lang=%ZZ', 'a=1&a=2&a=3', '&&&', '=', 'lang=fr&lang=en', 'version=draft&version=published', '__proto__[x]=1', 'constructor.prototype=1'),
      ),
      { maxLength: 5 },
    )
    .map((parts) => parts.join('&'));

/** The numbers of the settings, as a query carries them: text. */
const settingsQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom('id', 'name', 'timezone', 'date', 'start', 'end', 'meetingMinutes', 'changeoverMinutes', 'tables', 'maxMeetingsPerCluster', 'competenceWeight', 'settings', 'objective', ...PROTOTYPE_KEYS),
      fc.oneof(oddText, oddNumber.map(String), fc.constantFrom('fz-csv', 'Europe/Paris', '2026-06-11', '09:00', '10:00', '20', toJson(richEvent('fz-csv').event))),
    ),
    { maxLength: 8 },
  )
  .map((fields) => fields.map(([k, v]) => `${encode(k)}=${encode(v.slice(0, 1500))}`).join('&'));

/** A cluster sheet broken in its lines and cells. */
const sheet = fc
  .array(fc.tuple(fc.nat(), fc.nat(), oddText), { maxLength: 4 })
  .map((edits) => {
    const lines = CLUSTER_SHEET_TEMPLATE.split('\r\n').map((line) => line.split(';'));
    for (const [l, c, text] of edits) {
      const line = lines[l % lines.length];
      line[c % line.length] = text.slice(0, 3000);
    }
    return lines.map((line) => line.join(';')).join('\r\n');
  });

/** The JSON body a route takes: valid ones broken, or a hostile value whole. */
const jsonBody = (valid: unknown): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: mutated(valid).map(toJson), weight: 8 }, { arbitrary: hostileValue.map(toJson), weight: 2 }, { arbitrary: fc.constant(toJson(valid)), weight: 1 });

/** A content type: JSON mostly, sometimes another or none. */
const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 12 },
  { arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'application/merge-patch+json', 'text/csv', 'application/json; charset=latin1'), weight: 1 },
);

/** An id in a path: an odd one, a prototype key, or one of the event's. */
const pathId = fc.oneof(oddText.map((t) => t.slice(0, 300)), fc.constantFrom(...PROTOTYPE_KEYS, MAIN, 'nobody', '..', '%2e%2e', 'a%00b'));
const segment = (id: string) => (/%/.test(id) ? id : encode(id));

function targets(): fc.Arbitrary<Input>[] {
  const lockable = published.meetings.slice(0, 1).map((m) => ({ clusters: m.clusters, round: m.round, table: m.table }));
  const edited = { eventId: MAIN, meetings: published.meetings.map((m) => ({ clusters: m.clusters, round: m.round, table: m.table })) };
  const wishes = { requests: [{ to: 'minalogic', priority: 1 }], declines: ['techtera'], availability: [{ date: '2026-03-29', start: '09:00', end: '10:30' }] };
  const organiserGet = (route: string, path: string, keys: string[]) =>
    queryString(keys).map((query): Input => ({ route, method: 'get', path, query, caller: 'organiser', write: 'none' }));
  const partner = published.meetings.find((m) => m.clusters.includes(CLUSTER))!.clusters.find((id) => id !== CLUSTER)!;
  const feedback = { meetings: [{ with: partner, happened: true, followUp: 'yes', rating: 4, comment: 'Projet commun' }] };
  const absence = { clusters: [CLUSTER], from: '2026-03-29T09:20:00+02:00', until: '2026-03-29T10:00:00+02:00' };
  const body = (route: string, method: 'post' | 'put' | 'delete', path: string, valid: unknown, write: Input['write'], caller: Input['caller'] = 'organiser') =>
    fc.tuple(jsonBody(valid), contentType).map(([text, type]): Input => ({ route, method, path, caller, contentType: type, body: text, write }));
  const weighted = (weight: number, arbitrary: fc.Arbitrary<Input>) => Array.from({ length: weight }, () => arbitrary);
  return [
    ...weighted(4, body('POST /api/events', 'post', '/api/events', richEvent('fz-new'), 'none')),
    ...weighted(1, fc.tuple(targetedEvents('fz-new-t'), contentType).map(([event, type]): Input => ({ route: 'POST /api/events', method: 'post', path: '/api/events', caller: 'organiser', contentType: type, body: toJson(event), write: 'none' }))),
    ...weighted(3, body('PUT /api/events/:eventId', 'put', `/api/events/${REPLACED}`, richEvent(REPLACED), 'replaced')),
    ...weighted(2, body('POST /api/events/import (JSON)', 'post', '/api/events/import', { csv: CLUSTER_SHEET_TEMPLATE, settings: richEvent('fz-imp').event }, 'none')),
    ...weighted(
      2,
      fc.tuple(sheet, settingsQuery).map(([csv, query]): Input => ({ route: 'POST /api/events/import (CSV)', method: 'post', path: '/api/events/import', query, caller: 'organiser', contentType: 'text/csv', body: csv, write: 'none' })),
    ),
    ...weighted(2, body('POST /api/events/:eventId/solve', 'post', `/api/events/${MAIN}/solve`, { timeLimitSeconds: 5, seed: 3, publish: false }, 'none')),
    ...weighted(3, body('PUT /api/events/:eventId/schedule', 'put', `/api/events/${MAIN}/schedule`, edited, 'main')),
    ...weighted(3, body('PUT /api/events/:eventId/locks', 'put', `/api/events/${MAIN}/locks`, { meetings: lockable }, 'main')),
    ...weighted(2, body('POST /api/events/:eventId/invitations', 'post', `/api/events/${MAIN}/invitations`, { kind: 'reminder', clusters: [CLUSTER] }, 'none')),
    ...weighted(2, body('POST /api/events/:eventId/absences', 'post', `/api/events/${MAIN}/absences`, absence, 'none')),
    ...weighted(1, body('DELETE /api/events/:eventId/absences', 'delete', `/api/events/${MAIN}/absences`, { clusters: [CLUSTER] }, 'none')),
    ...weighted(1, body('POST /api/events/:eventId/solve (now)', 'post', `/api/events/${MAIN}/solve`, { publish: false, now: '2026-03-29T09:30:00+02:00' }, 'none')),
    ...weighted(3, body('POST /api/events/:eventId/feedback', 'post', `/api/events/${MAIN}/feedback`, feedback, 'none', 'cluster')),
    organiserGet('GET report.csv', `/api/events/${MAIN}/report.csv`, ['lang']),
    ...weighted(3, body('POST /api/events/:eventId/preferences', 'post', `/api/events/${MAIN}/preferences`, wishes, 'main', 'cluster')),
    organiserGet('GET /api/events/:eventId/schedule', `/api/events/${MAIN}/schedule`, ['version']),
    organiserGet('GET /api/events/:eventId/calendar.ics', `/api/events/${MAIN}/calendar.ics`, ['lang', 'version']),
    organiserGet('GET /api/events/:eventId/schedule.csv', `/api/events/${MAIN}/schedule.csv`, ['lang', 'version']),
    organiserGet('GET /api/events/:eventId/print', `/api/events/${MAIN}/print`, ['lang', 'version', 'clusters']),
    queryString(['lang', 'token']).map((query): Input => ({ route: 'GET agenda.ics', method: 'get', path: `/api/events/${MAIN}/clusters/${CLUSTER}/agenda.ics`, query: `token=${tokens[CLUSTER]}&${query}`, caller: 'none', write: 'none' })),
    queryString(['lang']).map((query): Input => ({ route: 'GET cluster print', method: 'get', path: `/api/events/${MAIN}/clusters/${CLUSTER}/print`, query, caller: 'cluster', write: 'none' })),
    queryString(['lang', 'token']).map((query): Input => ({ route: 'GET /e/:eventId/c/:clusterId', method: 'get', path: `/e/${MAIN}/c/${CLUSTER}`, query: `token=${tokens[CLUSTER]}&${query}`, caller: 'none', write: 'none' })),
    queryString(['lang']).map((query): Input => ({ route: 'GET /', method: 'get', path: '/', query, caller: 'none', write: 'none' })),
    fc
      .tuple(pathId, fc.constantFrom('', '/schedule', '/locks', '/clusters', '/schedule/changes', '/calendar.ics', '/print', '/absences', '/report'))
      .map(([id, rest]): Input => ({ route: 'GET /api/events/:eventId…', method: 'get', path: `/api/events/${segment(id)}${rest}`, caller: 'organiser', write: 'none' })),
    pathId.map((id): Input => ({ route: 'GET /api/jobs/:jobId', method: 'get', path: `/api/jobs/${segment(id)}`, caller: 'organiser', write: 'none' })),
    pathId.map((id): Input => ({ route: 'POST /api/events/:eventId/solve (path)', method: 'post', path: `/api/events/${segment(id)}/solve`, caller: 'organiser', contentType: 'application/json', body: '{}', write: 'none' })),
    fc
      .tuple(pathId, fc.constantFrom('/preferences', '/suggestions', '/agenda', '/overview', '/feedback'))
      .map(([id, rest]): Input => ({ route: 'GET /api/events/:eventId (cluster)', method: 'get', path: `/api/events/${segment(id)}${rest}`, caller: 'cluster', write: 'none' })),
    // No id of a cluster of the event is generated: a new token for it would lock the fuzz's cluster out.
    pathId.map((id): Input => ({ route: 'POST …/clusters/:clusterId/token', method: 'post', path: `/api/events/${MAIN}/clusters/${segment(id)}/token`, caller: 'organiser', write: 'none' })),
    fc
      .tuple(hostileValue.map(toJson), contentType)
      .map(([text, type]): Input => ({ route: 'POST /api/events/:eventId/publish', method: 'post', path: `/api/events/${MAIN}/publish`, caller: 'organiser', contentType: type, body: text, write: 'main' })),
    queryString(['version']).map((query): Input => ({ route: 'GET /api/events, changes, template', method: 'get', path: `/api/events/${MAIN}/schedule/changes`, query, caller: 'organiser', write: 'none' })),
    fc
      .tuple(fc.constantFrom('/api/events', '/api/events/import/template.csv'), queryString(['lang']))
      .map(([path, query]): Input => ({ route: 'GET /api/events, changes, template', method: 'get', path, query, caller: 'organiser', write: 'none' })),
    pathId.map((id): Input => ({ route: 'GET agenda.ics (path)', method: 'get', path: `/api/events/${MAIN}/clusters/${segment(id)}/agenda.ics`, query: `token=${tokens[CLUSTER]}`, caller: 'none', write: 'none' })),
  ];
}

interface Answer {
  status: number;
  type: string | undefined;
  body: unknown;
}

/** One request over a kept-alive connection; the body is parsed when it is JSON. */
function call(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  // Node sends a DELETE's body unframed unless its length is given, as every client does.
  const framed = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers: framed, agent, signal: AbortSignal.timeout(PER_INPUT_MS) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const type = res.headers['content-type'];
        resolve({ status: res.statusCode ?? 0, type, body: type?.startsWith('application/json') ? (JSON.parse(text) as unknown) : text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

function send(input: Input): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (input.caller === 'organiser') headers.authorization = `Bearer ${ORGANIZER}`;
  if (input.caller === 'cluster') headers.authorization = `Bearer ${tokens[CLUSTER]}`;
  if (input.contentType) headers['content-type'] = input.contentType;
  return call(input.method.toUpperCase(), `${input.path}${input.query ? `?${input.query}` : ''}`, headers, input.body);
}

type Snapshot = Record<string, { status: number; body: unknown }>;

/** What the store holds for the fuzzed events, as the API shows it: the main event's parts, or the replaced event. */
async function snapshot(part: 'main' | 'replaced' | 'all'): Promise<Snapshot> {
  const get = async (path: string, token = ORGANIZER) => {
    const { status, body } = await call('GET', path, { authorization: `Bearer ${token}` });
    return { status, body };
  };
  const out: Snapshot = {};
  if (part !== 'main') out.replaced = await get(`/api/events/${REPLACED}`);
  if (part === 'replaced') return out;
  out.main = await get(`/api/events/${MAIN}`);
  out.locks = await get(`/api/events/${MAIN}/locks`);
  out.published = await get(`/api/events/${MAIN}/schedule?version=published`);
  out.draft = await get(`/api/events/${MAIN}/schedule?version=draft`);
  out.preferences = await get(`/api/events/${MAIN}/preferences`, tokens[CLUSTER]);
  return out;
}

function expectWellFormed(input: Input, status: number, type: string | undefined, body: unknown): void {
  const where = `${input.route}: ${input.method.toUpperCase()} ${input.path}${input.query ? `?${input.query.slice(0, 200)}` : ''}`;
  expect({ where, status: status < 500 }).toEqual({ where, status: true });
  if (status < 400) return;
  // Node answers a request line and headers above its limit (16 KB) itself, with no body: a 431, before the app.
  if (status === 431) return;
  // The cluster's page answers its errors as a page; everything else as JSON.
  if (input.route.startsWith('GET /e/') || input.route === 'GET /') return expect(type).toMatch(/^text\/html/);
  expect(type).toMatch(/^application\/json/);
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } }).error;
  expect({ where, code: typeof error?.code, message: typeof error?.message, details: Array.isArray(error?.details) }).toEqual({ where, code: 'string', message: 'string', details: true });
  for (const detail of error!.details as { path?: unknown; code?: unknown }[]) {
    expect({ where, path: typeof detail.path, code: typeof detail.code }).toEqual({ where, path: 'string', code: 'string' });
  }
}

describe('every JSON body and query of the API, fuzzed', () => {
  it('answers every malformed or hostile input with a 4xx and located details, a valid one with a 2xx, never a 5xx or a hang', async () => {
    let expected = await snapshot('all');
    const statuses = new Map<string, Set<number>>();
    const answers = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(...targets()), async (input) => {
        inputs++;
        const res = await send(input);
        const code = `${res.status} ${(res.body as { error?: { code?: string } } | undefined)?.error?.code ?? ''}`.trim();
        answers.set(`${input.route} → ${code}`, (answers.get(`${input.route} → ${code}`) ?? 0) + 1);
        const seen = statuses.get(input.route) ?? new Set<number>();
        statuses.set(input.route, seen.add(res.status));
        expectWellFormed(input, res.status, res.type, res.body);
        if (input.write !== 'none' && res.status < 300) expected = { ...expected, ...(await snapshot(input.write)) };
      }),
      { numRuns: RUNS, seed: FUZZ_SEED, timeout: PER_INPUT_MS, markInterruptAsFailure: true },
    );
    // FUZZ_DEBUG=1: what each route answered, to see that the inputs reach its validation.
    if (process.env.FUZZ_DEBUG) console.log([...answers].sort().map(([answer, count]) => `${answer}: ${count}`).join('\n'));
    // Every route was reached.
    const routes = new Set(targets().map((target) => fc.sample(target, { numRuns: 1, seed: FUZZ_SEED })[0].route));
    expect([...statuses.keys()].sort()).toEqual([...routes].sort());

    // Healthy after, with the fuzzed events changed only by the writes it accepted.
    expect((await call('GET', '/healthz', {})).status).toBe(200);
    expect(await snapshot('all')).toEqual(expected);
    const organiser = { authorization: `Bearer ${ORGANIZER}`, 'content-type': 'application/json' };
    const fresh = smallEvent('fz-after');
    expect((await call('POST', '/api/events', organiser, JSON.stringify(fresh))).status).toBe(201);
    const stored = await call('GET', '/api/events/fz-after', organiser);
    expect((stored.body as EventFile).clusters.map((c) => c.id)).toEqual(fresh.clusters.map((c) => c.id));
  }, 180_000);
});
