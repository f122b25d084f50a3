/**
 * HTTP hardening: CORS off unless `CORS_ORIGINS` lists the origin, helmet's
 * security headers on every kind of answer, no stack trace in any answer
 * whatever the error, and tokens kept out of the logs and of the errors.
 */
import type { Express } from 'express';
import { Writable } from 'node:stream';
import request, { type Response } from 'supertest';
import type { AppDeps, EventStore } from '../../src/app/ports';
import { ConfigError, loadConfig } from '../../src/config/config';
import { createApp } from '../../src/http/app';
import { createLogger } from '../../src/logger';
import { ORGANIZER, createWithTokens, smallEvent, startHarness, type Harness } from './harness';

const ALLOWED = 'https://console.example.org';
const OTHER = 'https://evil.example';
/** What an error thrown inside the service says, and where it was thrown: neither may reach a client. */
const SECRET = 'SECRET-INTERNAL-DETAIL';

let h: Harness;
let tokens: Record<string, string>;
let otherTokens: Record<string, string>;
/** Every log line of the apps below, as written. */
const logLines: string[] = [];
const logger = createLogger(
  'trace',
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== ''));
      done();
    },
  }),
);
/** The app as `serve` builds it, logging into `logLines`, with a small body limit. */
let app: Express;
let corsApp: Express;
/** The same, on a store that throws on reading an event. */
let brokenApp: Express;
/** Every answer of the file, for the checks that hold for all. */
const answers: { what: string; res: Response }[] = [];

async function seen(what: string, test: request.Test): Promise<Response> {
  const res = await test;
  answers.push({ what, res });
  return res;
}

/** A store whose reads of an event throw an Error with a stack, a path and a secret in its message; a non-Error for the schedule. */
function throwingStore(store: EventStore): EventStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'getEvent') {
        return async () => {
          const error = new TypeError(`${SECRET} at /srv/maillage/src/store/redis-store.ts:42`);
          (error as { code?: string }).code = 'E_SECRET';
          throw error;
        };
      }
      if (key === 'getPublication' || key === 'getDraft') {
        return async () => {
          throw `${SECRET} thrown as a string`;
        };
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

beforeAll(async () => {
  h = await startHarness('hardening', { AUTH_FAILURES_PER_TOKEN_PREFIX: '10' });
  tokens = await createWithTokens(h, smallEvent('hard-day'));
  otherTokens = await createWithTokens(h, smallEvent('hard-other'));
  app = createApp(h.deps, { logger, maxBodyBytes: 2048 });
  corsApp = createApp(h.deps, { logger, corsOrigins: loadConfig({ CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` }).corsOrigins });
  const broken: AppDeps = { ...h.deps, store: throwingStore(h.deps.store) };
  brokenApp = createApp(broken, { logger });
});
afterAll(() => h.stop());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('CORS is off unless configured', () => {
  it('sends no Access-Control-Allow-Origin by default, to a read or a preflight', async () => {
    const reads = [
      await seen('GET /api/events', request(app).get('/api/events').set(bearer(ORGANIZER)).set('Origin', OTHER)),
      await seen('GET /healthz', request(app).get('/healthz').set('Origin', OTHER)),
      await seen('GET agenda', request(app).get(`/api/events/hard-day/agenda`).set(bearer(tokens.axelera)).set('Origin', ALLOWED)),
      await seen('preflight', request(app).options('/api/events').set('Origin', ALLOWED).set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'authorization,content-type')),
    ];
    for (const res of reads) {
      expect(Object.keys(res.headers).filter((k) => k.startsWith('access-control-'))).toEqual([]);
    }
    expect(reads[0].status).toBe(200);
  });

  it('lets a configured origin read the API, with its preflight answered', async () => {
    const read = await seen('GET /api/events', request(corsApp).get('/api/events').set(bearer(ORGANIZER)).set('Origin', ALLOWED));
    expect(read.status).toBe(200);
    expect(read.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(read.headers.vary).toMatch(/\bOrigin\b/);
    expect(read.headers['access-control-expose-headers']).toContain('ETag');
    // Tokens travel in Authorization, never in cookies: no credentials mode.
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();

    const preflight = await seen(
      'preflight',
      request(corsApp).options('/api/events/hard-day').set('Origin', 'http://localhost:5173').set('Access-Control-Request-Method', 'PUT').set('Access-Control-Request-Headers', 'authorization,content-type'),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(preflight.headers['access-control-allow-methods']).toContain('PUT');
    expect(preflight.headers['access-control-allow-headers']?.toLowerCase()).toContain('authorization');
  });

  it.each([OTHER, `${ALLOWED}.evil.example`, 'http://console.example.org', 'null'])('gives the origin %s no CORS header when others are configured', async (origin) => {
    const read = await seen('GET /api/events', request(corsApp).get('/api/events').set(bearer(ORGANIZER)).set('Origin', origin));
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await seen('preflight', request(corsApp).options('/api/events').set('Origin', origin).set('Access-Control-Request-Method', 'DELETE'));
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('leaves the pages without CORS headers even when origins are configured', async () => {
    const page = await seen('GET /', request(corsApp).get('/').set('Origin', ALLOWED));
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('reads CORS_ORIGINS as a comma-separated list of exact origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example.org ,http://localhost:5173,, ' }).corsOrigins).toEqual(['https://a.example.org', 'http://localhost:5173']);
  });

  it.each(['*', 'https://a.example.org/', 'https://a.example.org/console', 'a.example.org', 'ftp://a.example.org', 'https://a.example.org,*'])('refuses CORS_ORIGINS=%s, naming the setting', (value) => {
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS: must be origins/);
  });
});

/** What helmet adds to every answer, and what Express must not. */
function expectSecurityHeaders(what: string, res: Response): void {
  const headers = res.headers;
  expect([what, headers['x-content-type-options']]).toEqual([what, 'nosniff']);
  expect([what, headers['content-security-policy']]).toEqual([what, expect.stringMatching(/default-src '(self|none)'/)]);
  expect([what, headers['content-security-policy']]).toEqual([what, expect.stringContaining("frame-ancestors '")]);
  expect([what, headers['strict-transport-security']]).toEqual([what, expect.stringContaining('max-age=')]);
  expect([what, headers['referrer-policy']]).toEqual([what, expect.stringContaining('no-referrer')]);
  expect([what, headers['x-frame-options']]).toEqual([what, 'SAMEORIGIN']);
  expect([what, headers['cross-origin-opener-policy']]).toEqual([what, 'same-origin']);
  expect([what, headers['x-powered-by']]).toEqual([what, undefined]);
}

/** Nothing of a stack, a source file or an error's own text. */
function expectNoStack(what: string, res: Response): void {
  const texts = [res.text ?? '', ...Object.values(res.headers).map(String)];
  for (const text of texts) {
    expect([what, text]).not.toEqual([what, expect.stringMatching(/\bat \S+ \(|\n\s+at |(^|[\s(])at [^\s]+:\d+:\d+/)]);
    expect([what, text]).not.toEqual([what, expect.stringMatching(/[\w/\\.-]+\.(ts|js|mjs|cjs):\d+|node_modules|\/work\/|\/srv\//)]);
    expect([what, text]).not.toEqual([what, expect.stringMatching(/\b[A-Za-z]*Error:|SECRET|E_SECRET/)]);
  }
}

/** Every kind of error the API can be made to answer, each with its status. */
const provoked: [string, () => request.Test, number][] = [
  ['malformed JSON', () => request(app).post('/api/events').set(bearer(ORGANIZER)).set('Content-Type', 'application/json').send('{"event": {'), 400],
  ['JSON that is not an object', () => request(app).post('/api/events').set(bearer(ORGANIZER)).set('Content-Type', 'application/json').send('"just a string"'), 400],
  ['a wrong content type', () => request(app).post('/api/events').set(bearer(ORGANIZER)).set('Content-Type', 'text/plain').send('hello'), 415],
  ['an unsupported charset', () => request(app).post('/api/events').set(bearer(ORGANIZER)).set('Content-Type', 'application/json; charset=iso-8859-1').send('{}'), 415],
  ['an unsupported content encoding', () => request(app).post('/api/events').set(bearer(ORGANIZER)).set('Content-Type', 'application/json').set('Content-Encoding', 'x-unknown').send('{}'), 415],
  ['a body that says gzip but is not', () => request(app).post('/api/events').set(bearer(ORGANIZER)).set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('{"not":"gzip"}'), 400],
  ['a body over the limit', () => request(app).post('/api/events').set(bearer(ORGANIZER)).set('Content-Type', 'application/json').send(JSON.stringify({ pad: 'x'.repeat(4096) })), 413],
  ['an unknown route', () => request(app).get('/api/nothing/here'), 404],
  ['an unknown method', () => request(app).patch('/api/events').set(bearer(ORGANIZER)).send({}), 404],
  ['a broken percent-encoding in the path', () => request(app).get('/api/events/%E0%A4%A').set(bearer(ORGANIZER)), 400],
  ['an invalid query', () => request(app).get('/api/events/hard-day/schedule.csv?lang=xx').set(bearer(ORGANIZER)), 400],
  ['an invalid event file', () => request(app).post('/api/events').set(bearer(ORGANIZER)).send({ event: { id: '<bad>' } }), 422],
  ['no token', () => request(app).get('/api/events'), 401],
  ['a wrong token', () => request(app).get('/api/events').set(bearer('wrong-token-wrong-token')), 401],
  ['a cluster token on an organiser route', () => request(app).get('/api/events').set(bearer(tokens.axelera)), 403],
  ['an unknown event', () => request(app).get('/api/events/no-such-event').set(bearer(ORGANIZER)), 404],
  ['a page with a wrong token', () => request(app).get('/e/hard-day/c/axelera?token=wrong-token-wrong-token'), 401],
  ['an internal error from a throwing store', () => request(brokenApp).get('/api/events/hard-day').set(bearer(ORGANIZER)), 500],
  ['a string thrown by the store', () => request(brokenApp).get('/api/events/hard-day/schedule').set(bearer(ORGANIZER)), 500],
  ['an internal error behind an export', () => request(brokenApp).get('/api/events/hard-day/clusters/axelera/agenda.ics').set(bearer(tokens.axelera)), 500],
  ['an internal error behind a page', () => request(brokenApp).get(`/e/hard-day/c/axelera?token=${tokens.axelera}`), 500],
];

describe('no stack trace in any answer', () => {
  it.each(provoked.map(([what, send, status]) => [what, status, send] as const))('answers %s with %i and no stack', async (what, status, send) => {
    const res = await seen(what, send());
    expect([what, res.status]).toEqual([what, status]);
    expectNoStack(what, res);
    expectSecurityHeaders(what, res);
    if (res.type === 'application/json') {
      expect(res.body.error).toEqual({ code: expect.any(String), message: expect.any(String), details: expect.any(Array) });
    } else {
      expect(res.type).toBe('text/html');
    }
  });

  it("answers an internal error with the generic body, whatever the error's text", async () => {
    for (const path of ['/api/events/hard-day', '/api/events/hard-day/schedule']) {
      const res = await seen(path, request(brokenApp).get(path).set(bearer(ORGANIZER)));
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: 'internal', message: 'internal error', details: [] } });
    }
  });

  it('logs the internal error for the operator, with its stack, and without the query string', () => {
    const errors = logLines.map((l) => JSON.parse(l) as { level: number; msg: string; err?: { stack?: string }; path?: string }).filter((l) => l.level >= 50);
    expect(errors.some((l) => l.err?.stack?.includes(SECRET))).toBe(true);
    for (const l of errors) expect(l.path ?? '').not.toContain('?');
  });
});

describe('security headers on every kind of answer', () => {
  it.each([
    ['the API', () => request(app).get('/api/events').set(bearer(ORGANIZER))],
    ['the console page', () => request(app).get('/')],
    ["a cluster's page", () => request(app).get(`/e/hard-day/c/axelera?token=${tokens.axelera}`)],
    ['a printable agenda', () => request(app).get(`/api/events/hard-day/clusters/axelera/print?token=${tokens.axelera}`)],
    ['a script', () => request(app).get('/assets/cluster-page.js')],
    ['/healthz', () => request(app).get('/healthz')],
    ['an API error', () => request(app).get('/api/nothing')],
    ['a page error', () => request(app).get('/e/hard-day/c/axelera')],
  ] as const)('sends them on %s', async (what, send) => {
    const res = await seen(what, send());
    expect(res.status).toBeLessThan(500);
    expectSecurityHeaders(what, res);
  });
});

describe('tokens never appear in logs or error messages', () => {
  const SECRET_TOKENS = () => [ORGANIZER, tokens.axelera, tokens.minalogic, otherTokens.axelera, 'made-up-token-0123456789', 'revoked-or-wrong-token-abcdef'];

  beforeAll(async () => {
    const calls: [string, () => request.Test][] = [
      ['organiser, valid', () => request(app).get('/api/events').set(bearer(ORGANIZER))],
      ['organiser in the query (refused)', () => request(app).get(`/api/events?token=${ORGANIZER}`)],
      ['organiser on a missing event', () => request(app).get('/api/events/nope').set(bearer(ORGANIZER))],
      ['organiser, internal error', () => request(brokenApp).get('/api/events/hard-day').set(bearer(ORGANIZER))],
      ['made-up bearer', () => request(app).get('/api/events').set(bearer('made-up-token-0123456789'))],
      ['made-up query token', () => request(app).get('/api/events/hard-day/agenda?token=made-up-token-0123456789')],
      ['cluster, valid bearer', () => request(app).get('/api/events/hard-day/agenda').set(bearer(tokens.axelera))],
      ['cluster, valid query', () => request(app).get(`/api/events/hard-day/clusters/axelera/agenda.ics?token=${tokens.axelera}`)],
      ['cluster on an organiser route', () => request(app).get('/api/events').set(bearer(tokens.axelera))],
      ["cluster on another cluster's feed", () => request(app).get(`/api/events/hard-day/clusters/axelera/agenda.ics?token=${tokens.minalogic}`)],
      ['cluster of another event', () => request(app).get('/api/events/hard-day/agenda').set(bearer(otherTokens.axelera))],
      ['cluster, internal error', () => request(brokenApp).get(`/api/events/hard-day/clusters/axelera/agenda.ics?token=${tokens.axelera}`)],
      ['cluster page, wrong token', () => request(app).get('/e/hard-day/c/axelera?token=revoked-or-wrong-token-abcdef')],
      ['cluster page, another cluster', () => request(app).get(`/e/hard-day/c/minalogic?token=${tokens.axelera}`)],
      ['cluster page, internal error', () => request(brokenApp).get(`/e/hard-day/c/axelera?token=${tokens.axelera}`)],
      ['unknown route with a token', () => request(app).get(`/api/whatever?token=${tokens.axelera}`).set(bearer(ORGANIZER))],
      ['malformed JSON with a token', () => request(app).post('/api/events').set(bearer(ORGANIZER)).set('Content-Type', 'application/json').send(`{"token": "${ORGANIZER}`)],
    ];
    for (const [what, send] of calls) await seen(what, send());
  });

  it('writes request logs for these calls', () => {
    expect(logLines.filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThan(15);
  });

  it('writes no token in any log line', () => {
    for (const token of SECRET_TOKENS()) {
      expect(logLines.filter((l) => l.includes(token))).toEqual([]);
      expect(logLines.filter((l) => l.includes(encodeURIComponent(token)))).toEqual([]);
    }
  });

  it('writes not even the first characters of a random token (the prefix failed attempts are counted by)', () => {
    for (const token of [tokens.axelera, tokens.minalogic, otherTokens.axelera]) {
      expect(logLines.filter((l) => l.includes(token.slice(0, 8)))).toEqual([]);
    }
  });

  it('echoes no token in any JSON error', () => {
    const errors = answers.filter((a) => a.res.status >= 400 && a.res.type === 'application/json');
    expect(errors.length).toBeGreaterThan(20);
    for (const { what, res } of errors) {
      for (const token of SECRET_TOKENS()) expect([what, res.text.includes(token)]).toEqual([what, false]);
    }
  });

  it("shows no token in an error page; after a failure of the service, only its language link repeats the address opened", () => {
    const pages = answers.filter((a) => a.res.status >= 400 && a.res.type === 'text/html');
    expect(pages.filter((p) => p.res.status < 500).length).toBeGreaterThan(3);
    for (const { what, res } of pages) {
      const text = res.status >= 500 ? res.text.replace(/<a class="lang-switch" href="[^"]*"/g, '') : res.text;
      for (const token of SECRET_TOKENS()) expect([what, text.includes(token)]).toEqual([what, false]);
    }
  });

  it('sends no token in any header', () => {
    for (const { what, res } of answers) {
      const headers = JSON.stringify(res.headers);
      for (const token of SECRET_TOKENS()) expect([what, headers.includes(token)]).toEqual([what, false]);
    }
  });
});

describe('when guessing is cut short', () => {
  it('answers 429 with Retry-After, no stack and no token', async () => {
    const guesses = Array.from({ length: 12 }, (_, i) => `guessing-token-${String(i).padStart(4, '0')}-abcdef`);
    let last: Response | undefined;
    for (const guess of guesses) last = await seen('guess', request(app).get('/api/events/hard-day/agenda').set(bearer(guess)));
    expect(last!.status).toBe(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expectNoStack('429', last!);
    expectSecurityHeaders('429', last!);
    for (const guess of guesses) {
      expect(last!.text).not.toContain(guess);
      expect(logLines.filter((l) => l.includes(guess))).toEqual([]);
    }
  });
});

describe('with Redis down', () => {
  beforeAll(() => h.redis.stop());

  it.each([
    ['the API', () => request(app).get('/api/events').set(bearer(ORGANIZER)), 'application/json'],
    ['a cluster feed', () => request(app).get(`/api/events/hard-day/clusters/axelera/agenda.ics?token=${tokens.axelera}`), 'application/json'],
    ["a cluster's page", () => request(app).get(`/e/hard-day/c/axelera?token=${tokens.axelera}`), 'text/html'],
    ['/healthz', () => request(app).get('/healthz'), 'application/json'],
  ] as const)('answers 503 on %s, with no stack and no token', async (what, send, type) => {
    const lines = logLines.length;
    const res = await seen(what, send());
    expect(res.status).toBe(503);
    expect(res.type).toBe(type);
    if (type === 'application/json') expect(res.body.error.code).toBe('unavailable');
    expectNoStack(what, res);
    expectSecurityHeaders(what, res);
    for (const token of [ORGANIZER, tokens.axelera]) expect(logLines.slice(lines).filter((l) => l.includes(token))).toEqual([]);
  });
});
