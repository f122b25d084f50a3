/**
 * Guessing tokens is slowed down: failed attempts are counted in Redis per
 * address and per token prefix, for every API process alike; past the limit,
 * 429 with Retry-After.
 */
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../src/http/app';
import { createLogger } from '../../src/logger';
import { createRuntime, type Runtime } from '../../src/server/runtime';
import { ORGANIZER, createWithTokens, smallEvent, solveInline, startHarness, type Harness } from './harness';

const PER_ADDRESS = 5;
const PER_PREFIX = 3;
let h: Harness;
let second: { runtime: Runtime; app: Express };
let tokens: Record<string, string>;

beforeAll(async () => {
  h = await startHarness('guesses', {
    AUTH_FAILURES_PER_ADDRESS: String(PER_ADDRESS),
    AUTH_FAILURES_PER_TOKEN_PREFIX: String(PER_PREFIX),
    AUTH_FAILURE_WINDOW_SECONDS: '600',
    TRUST_PROXY: 'loopback',
  });
  tokens = await createWithTokens(h, smallEvent('guessed'));
  // Another API process on the same Redis.
  const logger = createLogger('silent');
  const runtime = createRuntime(h.config, h.redis.url, logger);
  second = { runtime, app: createApp({ ...runtime.deps, runSolve: solveInline }, { logger, trustProxy: 'loopback' }) };
});

afterAll(async () => {
  await second.runtime.close();
  await h.stop();
});

let n = 0;
/** A wrong token starting with `prefix`, different at each call. */
const wrong = (prefix = `w${String(n).padStart(7, '0')}`) => `${prefix}-wrong-${n++}`;
const from = (app: Express, address: string, token: string, path = '/api/events/guessed/preferences') =>
  request(app).get(path).set('X-Forwarded-For', address).set('Authorization', `Bearer ${token}`);

describe('limits on failed token attempts', () => {
  it('answers 429 with Retry-After once an address has failed too often, even for a valid token', async () => {
    for (let i = 0; i < PER_ADDRESS; i++) expect((await from(h.app, '203.0.113.1', wrong()).expect(401)).status).toBe(401);
    const blocked = await from(h.app, '203.0.113.1', tokens.axelera);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('too_many_requests');
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    // Another address is not held back.
    expect((await from(h.app, '203.0.113.2', tokens.axelera)).status).toBe(200);
  });

  it('answers 429 once tokens with the same first characters have failed too often, from any address', async () => {
    const prefix = tokens.minalogic.slice(0, 8);
    for (let i = 0; i < PER_PREFIX; i++) expect((await from(h.app, `198.51.100.${i + 1}`, wrong(prefix))).status).toBe(401);
    expect((await from(h.app, '198.51.100.99', tokens.minalogic)).status).toBe(429);
    expect((await from(h.app, '198.51.100.99', tokens.techtera)).status).toBe(200);
  });

  it('counts the failures of every API process together', async () => {
    const address = '192.0.2.7';
    for (let i = 0; i < PER_ADDRESS; i++) {
      const app = i % 2 === 0 ? h.app : second.app;
      expect((await from(app, address, wrong())).status).toBe(401);
    }
    expect((await from(h.app, address, tokens.lyonbiopole)).status).toBe(429);
    expect((await from(second.app, address, tokens.lyonbiopole)).status).toBe(429);
  });

  it('limits the private page alike, with Retry-After', async () => {
    const address = '192.0.2.50';
    for (let i = 0; i < PER_ADDRESS; i++) {
      const res = await request(h.app).get(`/e/guessed/c/axelera?token=${wrong()}`).set('X-Forwarded-For', address);
      expect(res.status).toBe(401);
    }
    const res = await request(h.app).get(`/e/guessed/c/axelera?token=${tokens.axelera}`).set('X-Forwarded-For', address);
    expect(res.status).toBe(429);
    const minutes = Math.ceil(Number(res.headers['retry-after']) / 60);
    expect(minutes).toBeGreaterThan(0);
    // The page says when to try again, in the reader's language.
    expect(res.text).toContain(`Réessayez dans ${minutes} minutes.`);
    const en = await request(h.app).get(`/e/guessed/c/axelera?token=${tokens.axelera}&lang=en`).set('X-Forwarded-For', address);
    expect(en.text).toContain(`Please try again in ${minutes} minutes.`);
  });

  it('does not count requests without a token, nor valid tokens opening the wrong thing', async () => {
    const address = '192.0.2.90';
    for (let i = 0; i < PER_ADDRESS * 2; i++) {
      expect((await request(h.app).get('/api/events').set('X-Forwarded-For', address)).status).toBe(401);
      expect((await from(h.app, address, tokens.axelera, '/api/events')).status).toBe(403);
    }
    expect((await from(h.app, address, ORGANIZER, '/api/events')).status).toBe(200);
  });
});
