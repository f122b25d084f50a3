/**
 * Redis SIGKILLed right after a burst of acknowledged writes: once it is
 * started again on the same files, the API (never restarted) serves every
 * one of them as it was acknowledged.
 */
import { readdirSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { EventFile } from '../../solver';
import { RedisStore } from '../../src/store/redis-store';
import { startApi, type ApiProcess, type Deployment } from '../../bench/service-process';
import { smallEvent } from '../http/harness';
import { startDurableRedis, type DurableRedis } from '../support/durable-redis';
import { readFixture } from '../support/fixtures';
import { uniqueNames } from '../support/redis-server';
import { asOrganizer, call, expectStatus, faultDeployment, tokensOf, waitForHealth, waitForJob, type Reply } from './service-calls';

let redis: DurableRedis;
let deployment: Deployment;
let api: ApiProcess;

beforeAll(async () => {
  redis = await startDurableRedis();
  deployment = faultDeployment(redis.url, 'redis-crash');
  api = await startApi(deployment, { worker: true });
});
afterAll(async () => {
  await api?.stop();
  await redis?.stop();
});

/** A wish list of the `i`-th cluster of `ids` (`round` makes a second, different one); `skip` are pairs it must not decline. */
function wishList(ids: string[], i: number, round: number, mustMeet: [string, string][]): object {
  const at = (k: number) => ids[(i + k) % ids.length];
  const partner = (id: string) => mustMeet.some(([a, b]) => (a === ids[i] && b === id) || (b === ids[i] && a === id));
  const requests = [1, 7, 13].map((k, n) => ({ to: at(k + round), priority: ((i + n + round) % 5) + 1 }));
  const decline = at(20 + round);
  return {
    requests,
    declines: partner(decline) ? [] : [decline],
    ...(i % 5 === round ? { availability: [{ date: '2015-09-10', start: '14:00', end: '16:00' }] } : {}),
  };
}

const lockSet = (n: number) => ({ meetings: [{ clusters: ['axelera', 'minalogic'], round: 1 + (n % 3), table: `T${1 + (n % 3)}` }] });

const renamed = (event: EventFile, n: number): EventFile => ({ ...event, event: { ...event.event, name: `${event.event.name} (version ${n})` } });

it('acknowledged writes survive Redis being SIGKILLed', async () => {
  const started = Date.now();
  const main = readFixture('interclustering-2015.json');
  const mainId = main.event.id;
  const ids = main.clusters.map((c) => c.id);
  const mustMeet = (main.constraints?.mustMeet ?? []) as [string, string][];
  const created = expectStatus(await asOrganizer(api, 'POST', '/api/events', main), 201, 'create the main event');
  const tokens = tokensOf(created);

  // What the service acknowledged, the last acknowledgement of each thing winning.
  const events = new Map<string, { sent: EventFile; tokens: Record<string, string> }>();
  const wishes = new Map<string, Reply>();
  const locks = new Map<string, Reply>();
  const wish = async (i: number, round: number) => {
    const reply = await call(api.url, tokens[ids[i]], 'POST', `/api/events/${mainId}/preferences`, wishList(ids, i, round, mustMeet));
    wishes.set(ids[i], expectStatus(reply, 200, `wishes of ${ids[i]}`));
  };
  const lock = async (id: string, n: number) => {
    locks.set(id, expectStatus(await asOrganizer(api, 'PUT', `/api/events/${id}/locks`, lockSet(n)), 200, `locks of ${id}`));
  };

  // Burst 1: a solve, twelve events with locks, every cluster's wishes.
  const solve = expectStatus(await asOrganizer(api, 'POST', `/api/events/${mainId}/solve`, { timeLimitSeconds: 1, seed: 11 }), 202, 'solve');
  const smallIds = Array.from({ length: 12 }, (_, n) => `crash-day-${n}`);
  await Promise.all([
    ...smallIds.map(async (id, n) => {
      const sent = smallEvent(id);
      const reply = expectStatus(await asOrganizer(api, 'POST', '/api/events', sent), 201, `create ${id}`);
      events.set(id, { sent, tokens: tokensOf(reply) });
      await lock(id, n);
    }),
    ...ids.map((_, i) => wish(i, 0)),
  ]);
  const job = await waitForJob(api, solve.body.jobId, 30_000);
  expect(job).toMatchObject({ state: 'completed', result: { published: true } });
  const schedule = expectStatus(await asOrganizer(api, 'GET', `/api/events/${mainId}/schedule`), 200, 'schedule');
  const calendar = expectStatus(await asOrganizer(api, 'GET', `/api/events/${mainId}/calendar.ics`), 200, 'calendar');

  // Burst 2: replacements of half the wishes, locks and event files; Redis dies right after the last answer.
  await Promise.all([
    ...ids.map((_, i) => i).filter((i) => i % 2 === 0).map((i) => wish(i, 1)),
    ...smallIds.slice(0, 6).map((id, n) => lock(id, n + 1)),
    ...smallIds.slice(6).map(async (id, n) => {
      const sent = renamed(events.get(id)!.sent, n);
      expectStatus(await asOrganizer(api, 'PUT', `/api/events/${id}`, sent), 200, `replace ${id}`);
      events.set(id, { ...events.get(id)!, sent });
    }),
  ]);
  await redis.kill();
  const written = Date.now();

  expect((await asOrganizer(api, 'GET', '/api/events')).status).toBe(503);
  await redis.restart();
  const recoveredMs = await waitForHealth(api, 30_000);
  expect(api.running()).toBe(true);

  for (const [id, { sent, tokens: own }] of events) {
    expect((await asOrganizer(api, 'GET', `/api/events/${id}`)).body).toEqual(sent);
    expect((await asOrganizer(api, 'GET', `/api/events/${id}/locks`)).body).toEqual(locks.get(id)!.body);
    // The tokens handed out at creation still open each cluster's wishes.
    for (const token of Object.values(own)) expect((await call(api.url, token, 'GET', `/api/events/${id}/preferences`)).status).toBe(200);
  }
  for (const [clusterId, acknowledged] of wishes) {
    const stored = await call(api.url, tokens[clusterId], 'GET', `/api/events/${mainId}/preferences`);
    expect(stored.body).toEqual(acknowledged.body);
  }
  expect((await asOrganizer(api, 'GET', `/api/events/${mainId}/schedule`)).body).toEqual(schedule.body);
  expect((await asOrganizer(api, 'GET', `/api/events/${mainId}/calendar.ics`)).text).toBe(calendar.text);
  expect((await asOrganizer(api, 'GET', `/api/jobs/${solve.body.jobId}`)).body).toEqual(job);
  const listed = (await asOrganizer(api, 'GET', '/api/events')).body.events as { id: string }[];
  expect(listed.map((e) => e.id).sort()).toEqual([mainId, ...smallIds].sort());
  expect(listed.find((e) => e.id === mainId)).toMatchObject({ state: 'published', submitted: ids.length, publishedAt: expect.any(String) });
  console.log(
    `redis-crash: ${events.size + 1} events, ${wishes.size} wish lists, ${locks.size} lock sets, 1 publication; ` +
      `burst written in ${written - started} ms; API healthy ${recoveredMs} ms after the restart`,
  );
});

it('drops a write cut short at the end of the append-only file whole, and keeps the ones before it', async () => {
  const own = await startDurableRedis();
  const { keyPrefix } = uniqueNames('cut-write');
  let client = new Redis(own.url);
  try {
    const store = new RedisStore(client, keyPrefix);
    const hashes = (event: EventFile) => Object.fromEntries(event.clusters.map((c) => [c.id, `hash-of-${event.event.id}-${c.id}`]));
    const kept = smallEvent('kept-day');
    const cut = smallEvent('cut-day');
    await store.createEvent(kept, hashes(kept));
    await store.createEvent(cut, hashes(cut));
    await client.quit();
    await own.kill();

    // A crash in the middle of the last write: its block of commands loses its end (EXEC and more).
    const aofDir = join(own.dir, 'appendonlydir');
    const incr = readdirSync(aofDir).filter((f) => f.endsWith('.incr.aof')).sort().at(-1)!;
    truncateSync(join(aofDir, incr), statSync(join(aofDir, incr)).size - 10);
    await own.restart();

    client = new Redis(own.url);
    const again = new RedisStore(client, keyPrefix);
    expect(await again.getEvent('kept-day')).toEqual({ event: kept, revision: 1 });
    expect(await again.getTokenHash('kept-day', 'axelera')).toBe('hash-of-kept-day-axelera');
    expect(await again.getEvent('cut-day')).toBeNull();
    expect(await client.keys(`${keyPrefix}event:cut-day*`)).toEqual([]);
    expect(await again.findTokenOwner('hash-of-cut-day-axelera')).toBeNull();
    expect((await again.listEvents()).map((listing) => listing.event.event.id)).toEqual(['kept-day']);
  } finally {
    await client.quit();
    await own.stop();
  }
});
