/**
 * `maillage organiser add|list|rotate|revoke <name>`: accounts kept in the
 * Redis of the settings, a new token printed once on stdout and stored only
 * as its hash.
 */
import { Redis } from 'ioredis';
import { hashToken } from '../../src/app/tokens';
import { startRedisServer, uniqueNames, type TestRedis } from '../support/redis-server';
import { cli } from './run-cli';

let redis: TestRedis;
let client: Redis;
let prefix: string;
const saved = { ...process.env };

beforeAll(async () => {
  redis = await startRedisServer();
  client = new Redis(redis.url);
  prefix = uniqueNames('organiser-cli').keyPrefix;
  Object.assign(process.env, { REDIS_URL: redis.url, REDIS_KEY_PREFIX: prefix, ORGANIZER_TOKEN: 'a-token-of-at-least-16-chars' });
});

afterAll(async () => {
  process.env = saved;
  client.disconnect();
  await redis.stop();
});

/** Every value stored under the prefix, as text. */
async function everything(): Promise<string> {
  const keys = await client.keys(`${prefix}*`);
  const values = await Promise.all(keys.map(async (key) => JSON.stringify(await client.hgetall(key))));
  return keys.join('\n') + values.join('\n');
}

describe('maillage organiser', () => {
  it('adds an account and prints its token once, on stdout, storing only its hash', async () => {
    const res = await cli('organiser', 'add', 'arde');
    expect(res.code).toBe(0);
    const token = res.out.trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.err).toContain('« arde »');
    const stored = await everything();
    expect(stored).not.toContain(token);
    expect(stored).toContain(hashToken(token));
    // Listing never shows it again.
    const list = await cli('organiser', 'list');
    expect(list.out).not.toContain(token);
  });

  it('lists the accounts in the reader’s language, with their state', async () => {
    await cli('organiser', 'add', 'dev-up');
    expect((await cli('organiser', 'list')).out).toMatch(/^arde {2}actif {2}0 événement {2}créé \d{4}-\d\d-\d\dT/m);
    expect((await cli('organiser', 'list', '--lang', 'en')).out).toMatch(/^dev-up {2}active {2}0 events {2}created /m);
  });

  it('rotates a token: the new one replaces the old one in the store', async () => {
    const first = (await cli('organiser', 'add', 'adi')).out.trim();
    const res = await cli('organiser', 'rotate', 'adi');
    expect(res.code).toBe(0);
    const second = res.out.trim();
    expect(second).not.toBe(first);
    const stored = await everything();
    expect(stored).toContain(hashToken(second));
    expect(stored).not.toContain(hashToken(first));
  });

  it('revokes an account: its token hash is forgotten and the list says revoked', async () => {
    const token = (await cli('organiser', 'add', 'ad-normandie')).out.trim();
    const res = await cli('organiser', 'revoke', 'ad-normandie');
    expect(res.code).toBe(0);
    expect(await everything()).not.toContain(hashToken(token));
    expect((await cli('organiser', 'list')).out).toMatch(/^ad-normandie {2}révoqué/m);
  });

  it('exits 2 with a located message for a bad name, a taken name or an unknown account', async () => {
    const bad = await cli('organiser', 'add', 'Not A Name');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^name: must be 1 to 63 lower-case letters/m);
    const reserved = await cli('organiser', 'add', 'default');
    expect(reserved.code).toBe(2);
    expect(reserved.err).toMatch(/^name: "default" is the account of ORGANIZER_TOKEN/m);
    expect((await cli('organiser', 'add', 'arde')).code).toBe(2);
    const unknown = await cli('organiser', 'rotate', 'nobody');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('organiser "nobody" not found');
  });

  it('exits 2 with the usage for a missing action or name', async () => {
    expect((await cli('organiser')).code).toBe(2);
    expect((await cli('organiser', 'add')).code).toBe(2);
    expect((await cli('organiser', 'list', 'extra')).code).toBe(2);
    expect((await cli('organiser', 'add', 'a', 'b')).err).toContain('organiser add takes exactly one name');
  });
});
