/**
 * The API SIGKILLed while 100 writes of every kind are in flight: what it
 * acknowledged is stored whole, and what it did not is whole or absent, as
 * a new API on the same Redis and the keys themselves show.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { pairKey, type EventFile, type Schedule } from '../../solver';
import { randomEvent } from '../../bench/random-event';
import { startApi, type ApiProcess, type Deployment } from '../../bench/service-process';
import { samePlace, type CalendarLedger } from '../../src/calendar/ledger';
import { bullPrefix, eventKeys, tokenIndexKey } from '../../src/store/keys';
import { smallEvent } from '../http/harness';
import { startRedisServer, type TestRedis } from '../support/redis-server';
import { asOrganizer, call, expectStatus, faultDeployment, tokensOf, waitForJob, type Reply } from './service-calls';

let redis: TestRedis;
let deployment: Deployment;
let client: Redis;
const apis: ApiProcess[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  deployment = faultDeployment(redis.url, 'api-crash');
  client = new Redis(redis.url);
});
afterAll(async () => {
  await Promise.all(apis.map((api) => api.stop()));
  await client?.quit();
  await redis?.stop();
});

/** How many writes are acknowledged before the API is killed. */
const KILL_AFTER = 40;

/** One write as sent, and its answer if one came before the kill. */
interface Write {
  kind: 'wishes' | 'locks' | 'replace' | 'solve';
  /** The event it writes to, and the cluster for wishes. */
  eventId: string;
  clusterId?: string;
  sent: any;
  ack?: Reply;
}

const newcomer = { id: 'newcomer', name: 'Nouveau pôle', offers: ['robotique'], seeks: ['santé'] };

/** The `n`-th replacement: another name and one more cluster. */
const replacement = (event: EventFile, n: number): EventFile => ({
  ...event,
  event: { ...event.event, name: `${event.event.name} (v${n})` },
  clusters: [...event.clusters, newcomer],
});

/** Five distinct partners and a decline for the `i`-th of `ids`. */
function wishList(ids: string[], i: number): object {
  const at = (k: number) => ids[(i + k) % ids.length];
  return { requests: [1, 2, 3, 5, 8].map((k, n) => ({ to: at(k), priority: ((i + n) % 5) + 1 })), declines: [at(13)] };
}

/** Checks that a stored publication is all there or all absent, and that its ledger is the schedule's. */
async function expectWholePublication(eventId: string): Promise<'published' | 'absent'> {
  const k = eventKeys(deployment.keyPrefix!, eventId);
  const [schedule, ledger, [published, storedAt]] = await Promise.all([
    client.get(k.schedule),
    client.get(k.ledger),
    client.hmget(k.meta, 'published', 'storedAt'),
  ]);
  if (schedule === null) {
    expect({ ledger, published, storedAt }).toEqual({ ledger: null, published: null, storedAt: null });
    return 'absent';
  }
  expect(published).toBe('1');
  expect(storedAt).toEqual(expect.any(String));
  const meetings = (JSON.parse(schedule) as Schedule).meetings;
  const entries = (JSON.parse(ledger!) as CalendarLedger).entries;
  expect(Object.keys(entries).sort()).toEqual(meetings.map((m) => pairKey(m.clusters[0], m.clusters[1])).sort());
  for (const m of meetings) expect(samePlace(entries[pairKey(m.clusters[0], m.clusters[1])], m)).toBe(true);
  return 'published';
}

/** Checks that every token of the event is in the global index, pointing back to its cluster, and kept for its link. */
async function expectWholeTokens(eventId: string, clusterIds: string[]): Promise<void> {
  const k = eventKeys(deployment.keyPrefix!, eventId);
  const [hashes, links] = await Promise.all([client.hgetall(k.tokens), client.hgetall(k.links)]);
  expect(Object.keys(hashes).sort()).toEqual([...clusterIds].sort());
  expect(Object.keys(links).sort()).toEqual([...clusterIds].sort());
  for (const [clusterId, hash] of Object.entries(hashes)) {
    expect(JSON.parse((await client.hget(tokenIndexKey(deployment.keyPrefix!), hash)) ?? 'null')).toEqual({ eventId, clusterId });
  }
}

it('an API SIGKILLed during 100 in-flight writes leaves each write whole or absent', async () => {
  const started = Date.now();
  const first = await startApi(deployment, { worker: true });
  apis.push(first);

  // A larger event for the wishes, and small ones for the locks, the replacements and the solves.
  const large = randomEvent(5, { clusters: 240, rounds: 6, tables: 48, requestsPerCluster: 3 });
  const largeTokens = tokensOf(expectStatus(await asOrganizer(first, 'POST', '/api/events', large), 201, 'create the large event'));
  const small = (prefix: string, count: number) => Array.from({ length: count }, (_, n) => smallEvent(`${prefix}-${n}`));
  const [lockEvents, replacedEvents, solvedEvents, publishedEvents] = [small('locked', 15), small('replaced', 15), small('solved', 10), small('published', 8)];
  const create = async (e: EventFile) => expectStatus(await asOrganizer(first, 'POST', '/api/events', e), 201, `create ${e.event.id}`);
  await Promise.all([...lockEvents, ...replacedEvents, ...solvedEvents, ...publishedEvents].map(create));

  const ids = large.clusters.map((c) => c.id);
  const kinds: Write[] = [
    ...ids.slice(0, 60).map((clusterId, i): Write => ({ kind: 'wishes', eventId: large.event.id, clusterId, sent: wishList(ids, i) })),
    ...lockEvents.map((e, n): Write => {
      const meetings = [{ clusters: ['axelera', 'minalogic'], round: 1 + (n % 3), table: 'T2' }];
      return { kind: 'locks', eventId: e.event.id, sent: { meetings } };
    }),
    ...replacedEvents.map((e, n): Write => ({ kind: 'replace', eventId: e.event.id, sent: replacement(e, n) })),
    ...solvedEvents.map((e): Write => ({ kind: 'solve', eventId: e.event.id, sent: { timeLimitSeconds: 2, seed: 1 } })),
  ];
  // Interleaved (37 is prime to 100), so that every kind is in flight when the API dies.
  const writes = kinds.map((_, i) => kinds[(i * 37) % kinds.length]);
  expect(writes).toHaveLength(100);

  // Solves queued before the writes, so that the worker is publishing schedules when the API dies.
  const publishing: string[] = [];
  for (const e of publishedEvents) {
    const queued = await asOrganizer(first, 'POST', `/api/events/${e.event.id}/solve`, { timeLimitSeconds: 2, seed: 1 });
    publishing.push(expectStatus(queued, 202, `solve ${e.event.id}`).body.jobId);
  }
  expect(await waitForJob(first, publishing[0], 20_000)).toMatchObject({ state: 'completed' });

  let acknowledged = 0;
  const send = async (w: Write): Promise<void> => {
    const request =
      w.kind === 'wishes'
        ? call(first.url, largeTokens[w.clusterId!], 'POST', `/api/events/${w.eventId}/preferences`, w.sent)
        : w.kind === 'locks'
          ? asOrganizer(first, 'PUT', `/api/events/${w.eventId}/locks`, w.sent)
          : w.kind === 'replace'
            ? asOrganizer(first, 'PUT', `/api/events/${w.eventId}`, w.sent)
            : asOrganizer(first, 'POST', `/api/events/${w.eventId}/solve`, w.sent);
    // A call cut by the kill rejects: that write was not acknowledged.
    const reply = await request.catch(() => undefined);
    if (!reply) return;
    w.ack = expectStatus(reply, w.kind === 'solve' ? 202 : 200, `${w.kind} ${w.eventId} ${w.clusterId ?? ''}`);
    if (++acknowledged === KILL_AFTER) first.signal('SIGKILL');
  };
  await Promise.all(writes.map(send));
  expect(await first.exited()).toEqual({ code: null, signal: 'SIGKILL' });
  const acked = writes.filter((w) => w.ack).length;
  // Some writes must have been cut for the test to say anything.
  expect(acked).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(acked).toBeLessThan(writes.length);

  // A new API on the same Redis, without a worker, so that nothing moves while it is read.
  const second = await startApi(deployment, { worker: false });
  apis.push(second);
  const outcome: Record<string, { acknowledged: number; whole: number; absent: number }> = {};
  const count = (w: Write, whole: boolean) => {
    const c = (outcome[w.kind] ??= { acknowledged: 0, whole: 0, absent: 0 });
    if (w.ack) c.acknowledged++;
    else if (whole) c.whole++;
    else c.absent++;
  };

  for (const w of writes) {
    if (w.kind === 'wishes') {
      const stored = (await call(second.url, largeTokens[w.clusterId!], 'GET', `/api/events/${w.eventId}/preferences`)).body;
      if (w.ack) expect(stored).toEqual(w.ack.body);
      else if (stored.submitted) expect(stored).toEqual({ clusterId: w.clusterId, submitted: true, ...w.sent, submittedAt: expect.any(String) });
      count(w, stored.submitted);
    } else if (w.kind === 'locks') {
      const stored = (await asOrganizer(second, 'GET', `/api/events/${w.eventId}/locks`)).body;
      if (w.ack) expect(stored).toEqual(w.ack.body);
      else expect([{ meetings: [] }, w.sent]).toContainEqual(stored);
      count(w, stored.meetings.length > 0);
    } else if (w.kind === 'replace') {
      const stored = (await asOrganizer(second, 'GET', `/api/events/${w.eventId}`)).body as EventFile;
      const original = replacedEvents.find((e) => e.event.id === w.eventId)!;
      if (w.ack) expect(stored).toEqual(w.sent);
      else expect([original, w.sent]).toContainEqual(stored);
      await expectWholeTokens(w.eventId, stored.clusters.map((c) => c.id));
      if (w.ack) {
        const token = (w.ack.body.added as { id: string; token: string }[]).find((c) => c.id === newcomer.id)!.token;
        expect((await call(second.url, token, 'GET', `/api/events/${w.eventId}/preferences`)).status).toBe(200);
      }
      count(w, stored.clusters.length > original.clusters.length);
    } else {
      if (w.ack) {
        const job = (await asOrganizer(second, 'GET', `/api/jobs/${w.ack.body.jobId}`)).body;
        expect(job).toMatchObject({ id: w.ack.body.jobId, eventId: w.eventId });
      }
      count(w, (await expectWholePublication(w.eventId)) === 'published');
    }
  }
  // Every job in the queue, acknowledged or not, is whole: its data names one of the events solved.
  const queue = new Queue(deployment.queueName!, { connection: { url: redis.url }, prefix: bullPrefix(deployment.keyPrefix!) });
  try {
    const jobs = await queue.getJobs(['waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized']);
    expect(jobs.length).toBeGreaterThanOrEqual(writes.filter((w) => w.kind === 'solve' && w.ack).length);
    for (const job of jobs) expect([...solvedEvents, ...publishedEvents].map((e) => e.event.id)).toContain(job.data.eventId);
  } finally {
    await queue.close();
  }
  await expectWholeTokens(large.event.id, ids);
  // A publication is acknowledged when its job reports it completed.
  const publications = (outcome.publications = { acknowledged: 0, whole: 0, absent: 0 });
  for (const [n, e] of publishedEvents.entries()) {
    const stored = await expectWholePublication(e.event.id);
    const job = (await asOrganizer(second, 'GET', `/api/jobs/${publishing[n]}`)).body;
    if (job.state === 'completed') expect(stored).toBe('published');
    publications[job.state === 'completed' ? 'acknowledged' : stored === 'published' ? 'whole' : 'absent']++;
  }
  expect(publications.acknowledged).toBeGreaterThan(0);
  console.log(`api-crash: ${acked} of ${writes.length} writes acknowledged before the kill; ${JSON.stringify(outcome)}; ${Date.now() - started} ms`);
});
