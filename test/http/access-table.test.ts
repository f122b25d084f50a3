/**
 * The access table: every route × every kind of caller gets exactly the
 * status that the route's access rule gives. The test builds the table from
 * the routes the app has, checks each cell against a real request, and
 * `docs/ACCESS.md` must hold the same table (`WRITE_ACCESS_MD=1` rewrites it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { Meeting } from '../../solver';
import { CLUSTER_SHEET_TEMPLATE } from '../../src/app/cluster-sheet-template';
import { addOrganiser, revokeOrganiser } from '../../src/app/organisers';
import { smallEvent, startHarness, type Harness } from './harness';

/** Who calls: the columns of the table. */
const CALLERS = [
  ['none', 'no token'],
  ['malformed', 'a malformed token'],
  ['revoked', 'a revoked organiser token'],
  ['owner', 'the owning organiser'],
  ['organiser', 'another organiser'],
  ['eventCluster', 'a cluster of the same event'],
  ['sameCluster', 'the same cluster'],
  ['otherCluster', 'another cluster of the same event'],
  ['foreignCluster', 'a cluster of another event'],
] as const;
type Caller = (typeof CALLERS)[number][0];

/**
 * - `public`: anyone;
 * - `organiser`: an organiser token; a path with an event (or a job) is only its owner's: 404 for another organiser;
 * - `cluster`: a token of a cluster of the event;
 * - `ownCluster`: the token of the cluster in the path.
 */
type Access = 'public' | 'organiser' | 'cluster' | 'ownCluster';

interface Route {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  access: Access;
  /** Status of an allowed call. @defaultValue 200 */
  ok?: number;
  /** The token in `?token=` (the private page) rather than in `Authorization: Bearer`. */
  queryToken?: boolean;
  body?: (f: Fixture, n: number) => object;
  /** Changes what other routes read: run after the others. */
  last?: boolean;
}

const ROUTES: Route[] = [
  { method: 'get', path: '/healthz', access: 'public' },
  { method: 'get', path: '/api/events', access: 'organiser' },
  { method: 'post', path: '/api/events', access: 'organiser', ok: 201, body: (f, n) => smallEvent(`${f.eventId}-new-${n}`) },
  { method: 'get', path: '/api/events/import/template.csv', access: 'public' },
  {
    method: 'post',
    path: '/api/events/import',
    access: 'organiser',
    ok: 201,
    body: (f, n) => ({
      csv: CLUSTER_SHEET_TEMPLATE,
      settings: {
        id: `${f.eventId}-imported-${n}`,
        name: 'Import',
        timezone: 'Europe/Paris',
        sessions: [{ date: '2025-09-11', start: '14:00', end: '15:00' }],
        meetingMinutes: 20,
        tables: 3,
      },
    }),
  },
  { method: 'get', path: '/api/events/:eventId', access: 'organiser' },
  { method: 'put', path: '/api/events/:eventId', access: 'organiser', body: (f) => smallEvent(f.eventId) },
  { method: 'delete', path: '/api/events/:eventId', access: 'organiser', ok: 204, last: true },
  { method: 'get', path: '/api/events/:eventId/clusters', access: 'organiser' },
  { method: 'post', path: '/api/events/:eventId/clusters/:clusterId/token', access: 'organiser', last: true },
  { method: 'post', path: '/api/events/:eventId/solve', access: 'organiser', ok: 202, body: () => ({ publish: false }) },
  { method: 'get', path: '/api/events/:eventId/schedule', access: 'organiser' },
  { method: 'put', path: '/api/events/:eventId/schedule', access: 'organiser', body: (f) => ({ meetings: f.placements }) },
  { method: 'get', path: '/api/events/:eventId/schedule/changes', access: 'organiser' },
  { method: 'post', path: '/api/events/:eventId/publish', access: 'organiser', last: true },
  { method: 'get', path: '/api/events/:eventId/calendar.ics', access: 'organiser' },
  { method: 'get', path: '/api/events/:eventId/schedule.csv', access: 'organiser' },
  { method: 'get', path: '/api/events/:eventId/print', access: 'organiser' },
  { method: 'get', path: '/api/events/:eventId/locks', access: 'organiser' },
  { method: 'put', path: '/api/events/:eventId/locks', access: 'organiser', body: () => ({ meetings: [] }) },
  { method: 'post', path: '/api/events/:eventId/invitations', access: 'organiser', ok: 202, body: () => ({ kind: 'invitation' }) },
  { method: 'get', path: '/api/events/:eventId/absences', access: 'organiser' },
  { method: 'post', path: '/api/events/:eventId/absences', access: 'organiser', body: () => ({ clusters: ['axelera'] }), last: true },
  { method: 'delete', path: '/api/events/:eventId/absences', access: 'organiser', body: () => ({ clusters: ['axelera'] }) },
  { method: 'get', path: '/api/events/:eventId/report', access: 'organiser' },
  { method: 'get', path: '/api/events/:eventId/report.csv', access: 'organiser' },
  { method: 'get', path: '/api/jobs/:jobId', access: 'organiser' },
  { method: 'get', path: '/api/events/:eventId/preferences', access: 'cluster' },
  { method: 'post', path: '/api/events/:eventId/preferences', access: 'cluster', body: () => ({ requests: [], declines: [] }) },
  { method: 'get', path: '/api/events/:eventId/suggestions', access: 'cluster' },
  { method: 'get', path: '/api/events/:eventId/agenda', access: 'cluster' },
  { method: 'get', path: '/api/events/:eventId/feedback', access: 'cluster' },
  { method: 'post', path: '/api/events/:eventId/feedback', access: 'cluster', body: () => ({ meetings: [] }) },
  { method: 'get', path: '/api/events/:eventId/clusters/:clusterId/agenda.ics', access: 'ownCluster' },
  { method: 'get', path: '/api/events/:eventId/clusters/:clusterId/print', access: 'ownCluster' },
  { method: 'get', path: '/assets/cluster-page.css', access: 'public' },
  { method: 'get', path: '/assets/cluster-page.js', access: 'public' },
  { method: 'get', path: '/api/events/:eventId/overview', access: 'cluster' },
  { method: 'get', path: '/e/:eventId/c/:clusterId', access: 'ownCluster', queryToken: true },
  { method: 'get', path: '/assets/console.css', access: 'public' },
  { method: 'get', path: '/assets/console.js', access: 'public' },
  { method: 'get', path: '/', access: 'public' },
  { method: 'get', path: '/favicon.ico', access: 'public', ok: 204 },
];

const ORGANISER_CALLERS: readonly Caller[] = ['owner', 'organiser'];
const UNKNOWN_CALLERS: readonly Caller[] = ['none', 'malformed', 'revoked'];

/** The status a caller must get: the rule of the table. */
function expected(route: Route, caller: Caller): number {
  const ok = route.ok ?? 200;
  if (route.access === 'public') return ok;
  if (UNKNOWN_CALLERS.includes(caller)) return 401;
  if (ORGANISER_CALLERS.includes(caller)) {
    // Organiser tokens are never taken from a URL: there, they are unknown tokens.
    if (route.queryToken) return 401;
    if (route.access !== 'organiser') return 403;
    const ownedPath = route.path.includes(':eventId') || route.path.includes(':jobId');
    return caller === 'organiser' && ownedPath ? 404 : ok;
  }
  if (route.access === 'organiser' || caller === 'foreignCluster') return 403;
  if (route.access === 'ownCluster') return caller === 'sameCluster' ? ok : 403;
  return ok;
}

/** One event of the owning organiser, published, with a draft and a solve job, and one event of another organiser. */
interface Fixture {
  eventId: string;
  jobId: string;
  placements: { clusters: [string, string]; round: number; table: string }[];
  tokens: Record<Caller, string | undefined>;
}

let h: Harness;
let owner: string;
let other: string;
let revoked: string;

beforeAll(async () => {
  h = await startHarness('access');
  owner = (await addOrganiser(h.deps, 'arde')).token;
  other = (await addOrganiser(h.deps, 'devup')).token;
  revoked = (await addOrganiser(h.deps, 'ancienne-agence')).token;
  await revokeOrganiser(h.deps, 'ancienne-agence');
});

afterAll(async () => {
  await h.stop();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function createEvent(token: string, id: string): Promise<Record<string, string>> {
  const res = await request(h.app).post('/api/events').set(bearer(token)).send(smallEvent(id)).expect(201);
  return Object.fromEntries((res.body.clusters as { id: string; token: string }[]).map((c) => [c.id, c.token]));
}

async function fixture(label: string): Promise<Fixture> {
  const eventId = `access-${label}`;
  const clusters = await createEvent(owner, eventId);
  const foreign = await createEvent(other, `${eventId}-other`);
  const as = (path: string) => request(h.app).put(path).set(bearer(owner));
  const event = (await request(h.app).get(`/api/events/${eventId}`).set(bearer(owner)).expect(200)).body;
  const { schedule } = await h.deps.runSolve(event, { timeLimitMs: 5000 });
  if (!schedule) throw new Error('the small event has a schedule');
  const placements = schedule.meetings.map((m: Meeting) => ({ clusters: m.clusters, round: m.round, table: m.table }));
  await as(`/api/events/${eventId}/schedule`).send({ meetings: placements }).expect(200);
  await request(h.app).post(`/api/events/${eventId}/publish`).set(bearer(owner)).expect(200);
  await as(`/api/events/${eventId}/schedule`).send({ meetings: placements.slice(1) }).expect(200);
  const job = await request(h.app).post(`/api/events/${eventId}/solve`).set(bearer(owner)).send({ publish: false }).expect(202);
  return {
    eventId,
    jobId: job.body.jobId,
    placements,
    tokens: {
      none: undefined,
      malformed: '%%not a token%%',
      revoked,
      owner,
      organiser: other,
      // The path names axelera; a third cluster of the event is tenerrdis.
      eventCluster: clusters.tenerrdis,
      sameCluster: clusters.axelera,
      otherCluster: clusters.minalogic,
      foreignCluster: foreign.axelera,
    },
  };
}

function call(route: Route, f: Fixture, caller: Caller, n: number): request.Test {
  const path = route.path.replace(':eventId', f.eventId).replace(':clusterId', 'axelera').replace(':jobId', f.jobId);
  const token = f.tokens[caller];
  const url = route.queryToken && token !== undefined ? `${path}?token=${encodeURIComponent(token)}` : path;
  let req = request(h.app)[route.method](url);
  if (token !== undefined && !route.queryToken) req = req.set(bearer(token));
  return route.body ? req.send(route.body(f, n)) : req;
}

/** `METHOD path` of every route the app has, as Express holds them. */
function appRoutes(): string[] {
  type Layer = { route?: { path: string; methods: Record<string, boolean> }; rawPath?: string; handle: { stack?: Layer[] } };
  const walk = (stack: Layer[], base: string): string[] =>
    stack.flatMap((layer) => {
      if (layer.route) return Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${base}${layer.route!.path}`);
      if (layer.handle.stack) return walk(layer.handle.stack, layer.rawPath && layer.rawPath !== '/' ? base + layer.rawPath : base);
      return [];
    });
  return walk((h.app as unknown as { router: { stack: Layer[] } }).router.stack, '');
}

const routeName = (r: Route) => `${r.method.toUpperCase()} ${r.path}`;

function renderTable(statuses: Map<string, number[]>): string {
  const rules: Record<Access, string> = {
    public: 'anyone',
    organiser: 'an organiser; its own events only',
    cluster: 'a cluster of the event',
    ownCluster: 'the cluster in the path',
  };
  const head = `| Route | Who | ${CALLERS.map(([, label]) => label).join(' | ')} |`;
  const rule = `|---|---|${CALLERS.map(() => '---:').join('|')}|`;
  const rows = ROUTES.map((r) => `| \`${routeName(r)}\`${r.queryToken ? ' (`?token=`)' : ''} | ${rules[r.access]} | ${statuses.get(routeName(r))!.join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}

const ACCESS_MD = join(__dirname, '../../docs/ACCESS.md');
const TABLE_START = '<!-- access-table:start -->';
const TABLE_END = '<!-- access-table:end -->';

describe('the access table', () => {
  it('covers every route the app has', () => {
    expect(ROUTES.map(routeName).sort()).toEqual(appRoutes().sort());
  });

  const statuses = new Map<string, number[]>();
  const order = [...ROUTES.filter((r) => !r.last), ...ROUTES.filter((r) => r.last)];
  it.each(order.map((r) => [routeName(r), r] as const))('%s: every kind of caller gets exactly its status', async (name, route) => {
    const f = await fixture(String(ROUTES.indexOf(route)));
    // The allowed callers last, so that a call that changes something (a delete, a new token) comes after the refused ones.
    const callers = [...CALLERS.map(([c]) => c)].sort((a, b) => Number(expected(route, a) < 400) - Number(expected(route, b) < 400));
    const got = new Map<Caller, number>();
    for (const [n, caller] of callers.entries()) {
      const res = await call(route, f, caller, n);
      got.set(caller, res.status);
      // Refusals say why, in the error format, and never echo the token.
      if (res.status >= 400 && res.type === 'application/json') {
        expect(res.body.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
        const token = f.tokens[caller];
        if (token) expect(res.text).not.toContain(token);
      }
    }
    const row = CALLERS.map(([c]) => got.get(c)!);
    expect(Object.fromEntries(CALLERS.map(([c], i) => [c, row[i]]))).toEqual(Object.fromEntries(CALLERS.map(([c]) => [c, expected(route, c)])));
    statuses.set(name, row);
  });

  it('is the table docs/ACCESS.md holds', () => {
    expect(statuses.size).toBe(ROUTES.length);
    const table = renderTable(statuses);
    const doc = readFileSync(ACCESS_MD, 'utf8');
    const start = doc.indexOf(TABLE_START);
    const end = doc.indexOf(TABLE_END);
    expect(start).toBeGreaterThanOrEqual(0);
    const held = doc.slice(start + TABLE_START.length, end).trim();
    if (process.env.WRITE_ACCESS_MD === '1' && held !== table) {
      writeFileSync(ACCESS_MD, `${doc.slice(0, start + TABLE_START.length)}\n${table}\n${doc.slice(end)}`);
      return;
    }
    expect(held).toBe(table);
  });
});
