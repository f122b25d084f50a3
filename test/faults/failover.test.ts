/**
 * Redis failover through Sentinel: `maillage serve --no-worker` and one
 * `maillage worker` reach Redis only through three Sentinels
 * (`REDIS_SENTINELS`, no `REDIS_URL`). The primary is SIGKILLed while a solve
 * runs and writes keep coming: the Sentinels promote the replica, the API and
 * the worker follow it without a restart, every write they acknowledged is
 * there, and the solve completes. The killed node then rejoins as a replica,
 * so that writes are confirmed again (`REDIS_WAIT_REPLICAS`, 1 by default
 * with Sentinels).
 */
import { brokerage } from '../../bench/families';
import type { EventFile } from '../../solver';
import { startApi, startWorker, type ApiProcess, type Deployment, type ServiceProcess } from '../../bench/service-process';
import { smallEvent } from '../http/harness';
import { uniqueNames } from '../support/redis-server';
import { startSentinelCluster, type SentinelCluster } from '../support/sentinel-cluster';
import { asOrganizer, call, expectStatus, ORGANIZER_TOKEN, tokensOf, waitForJob, type Reply } from './service-calls';

/** A write the API acknowledged, and how to read it back. */
interface Acknowledged {
  what: string;
  path: string;
  token: string;
  expected: unknown;
}

interface Outcome {
  killedPort: number;
  promotedPort: number;
  /** ms from the SIGKILL to the first 200 of a read. */
  servedAfterMs: number;
  /** ms from the SIGKILL to the first acknowledged write. */
  writtenAfterMs: number;
  /** Statuses answered to the writes sent during the failover. */
  statusesDuring: number[];
  /** Statuses answered to the writes that the primary had sent to no replica when it died. */
  statusesOfBurst: number[];
  acknowledged: Acknowledged[];
  job: Record<string, any>;
  schedule: Reply;
  processesRunning: boolean;
}

let cluster: SentinelCluster;
const services: ServiceProcess[] = [];
let outcome: Outcome;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A created event, read back with the wishes since merged into its requests. */
const eventWrite = (what: string, event: EventFile): Acknowledged => ({
  what,
  path: `/api/events/${event.event.id}`,
  token: ORGANIZER_TOKEN,
  expected: expect.objectContaining({ event: event.event, clusters: event.clusters }),
});

/** Wishes that differ for each `n`, so that a lost one shows. */
const wishes = (n: number) => ({ requests: [{ to: 'minalogic', priority: 1 + (n % 3) }], declines: n % 2 === 0 ? ['tenerrdis'] : [] });

async function runScenario(): Promise<Outcome> {
  cluster = await startSentinelCluster();
  const deployment: Deployment = {
    organizerToken: ORGANIZER_TOKEN,
    ...uniqueNames('failover'),
    env: { REDIS_SENTINELS: cluster.sentinelList, REDIS_SENTINEL_NAME: cluster.name },
  };
  const api: ApiProcess = await startApi(deployment, { worker: false });
  services.push(api);
  services.push(await startWorker(deployment));

  const acknowledged: Acknowledged[] = [];
  /** Creates an event; records it when acknowledged. */
  const createEvent = async (id: string): Promise<Reply> => {
    const event = smallEvent(id);
    const reply = await asOrganizer(api, 'POST', '/api/events', event);
    if (reply.status === 201) acknowledged.push(eventWrite(`event ${id}`, event));
    return reply;
  };
  /** Submits a cluster's wishes; records them when acknowledged. */
  const submitWishes = async (eventId: string, clusterId: string, token: string, n: number): Promise<Reply> => {
    const reply = await call(api.url, token, 'POST', `/api/events/${eventId}/preferences`, wishes(n));
    if (reply.status === 200) {
      const path = `/api/events/${eventId}/preferences`;
      // A later acknowledged submission replaces an earlier one.
      const earlier = acknowledged.findIndex((a) => a.path === path && a.token === token);
      if (earlier >= 0) acknowledged.splice(earlier, 1);
      acknowledged.push({ what: `wishes of ${clusterId} in ${eventId}`, path, token, expected: reply.body });
    }
    return reply;
  };

  // Before: events and wishes, and a solve of 1,000 clusters that runs for its whole time limit.
  const day = smallEvent('failover-day');
  const tokens = tokensOf(expectStatus(await asOrganizer(api, 'POST', '/api/events', day), 201, 'create the day'));
  acknowledged.push(eventWrite('the day', day));
  for (const [i, clusterId] of ['axelera', 'techtera', 'lyonbiopole'].entries()) {
    expectStatus(await submitWishes(day.event.id, clusterId, tokens[clusterId]!, i), 200, `wishes of ${clusterId}`);
  }
  for (let i = 0; i < 3; i++) expectStatus(await createEvent(`before-${i}`), 201, `event before-${i}`);
  const large = brokerage(5);
  expectStatus(await asOrganizer(api, 'POST', '/api/events', large), 201, 'create the large event');
  const solve = expectStatus(await asOrganizer(api, 'POST', `/api/events/${large.event.id}/solve`, { timeLimitSeconds: 8, seed: 3 }), 202, 'solve');
  await waitForJob(api, solve.body.jobId, 20_000, (state) => state === 'active');
  await pause(1000);

  // The primary dies while the solve runs, with a burst of writes that it
  // has sent to no replica: acknowledging them would lose them.
  await cluster.holdReplication(32 * 1024 * 1024);
  const burst = Promise.all([0, 1, 2, 3].map((i) => createEvent(`burst-${i}`)));
  await pause(300);
  const killedAt = Date.now();
  const killedPort = await cluster.killMaster();
  cluster.resumeReplication();
  const statusesOfBurst = (await burst).map((reply) => reply.status);

  // Writes keep coming through the failover.
  const statusesDuring: number[] = [];
  let writing = true;
  const writer = (async () => {
    for (let n = 0; writing; n++) {
      // Each to keys of its own: a write answered 503 may or may not have been kept, and must not hide an acknowledged one.
      const created = await createEvent(`during-${n}`);
      statusesDuring.push(created.status);
      if (created.status === 201) statusesDuring.push((await submitWishes(`during-${n}`, 'axelera', tokensOf(created).axelera!, n)).status);
      await pause(100);
    }
  })();

  let servedAfterMs = -1;
  let writtenAfterMs = -1;
  let promotedPort = -1;
  try {
    promotedPort = await cluster.waitForMasterOtherThan(killedPort, 30_000);
    for (;;) {
      const read = await asOrganizer(api, 'GET', `/api/events/${day.event.id}`).catch(() => undefined);
      if (read?.status === 200) break;
      if (Date.now() - killedAt > 60_000) throw new Error(`the API did not serve within 60 s: ${read?.status} ${read?.text}`);
      await pause(100);
    }
    servedAfterMs = Date.now() - killedAt;

    // The failed node comes back as a replica: writes are confirmed again.
    await cluster.rejoinAsReplica(killedPort);
    for (let n = 100; ; n++) {
      const reply = await submitWishes(day.event.id, 'viameca', tokens.viameca!, n);
      if (reply.status === 200) break;
      if (reply.status !== 503) throw new Error(`wishes after the failover: ${reply.status} ${reply.text}`);
      if (Date.now() - killedAt > 90_000) throw new Error('no write was acknowledged within 90 s of the kill');
      await pause(200);
    }
    writtenAfterMs = Date.now() - killedAt;
    await pause(500);
  } finally {
    writing = false;
    await writer;
  }
  for (let i = 0; i < 3; i++) expectStatus(await createEvent(`after-${i}`), 201, `event after-${i}`);
  expectStatus(await submitWishes(day.event.id, 'axelera', tokens.axelera!, 7), 200, 'wishes after');

  const job = await waitForJob(api, solve.body.jobId, 90_000);
  const schedule = await asOrganizer(api, 'GET', `/api/events/${large.event.id}/schedule`);
  return {
    killedPort,
    promotedPort,
    servedAfterMs,
    writtenAfterMs,
    statusesDuring,
    statusesOfBurst,
    acknowledged,
    job,
    schedule,
    processesRunning: services.every((s) => s.running()),
  };
}

beforeAll(async () => {
  outcome = await runScenario();
  const { servedAfterMs, writtenAfterMs, statusesDuring, acknowledged, job } = outcome;
  const count = (status: number) => statusesDuring.filter((s) => s === status).length;
  console.log(
    `failover: served ${servedAfterMs} ms and a write acknowledged ${writtenAfterMs} ms after the SIGKILL; ` +
      `writes during: ${count(200) + count(201)} acknowledged, ${count(503)} answered 503; ` +
      `${acknowledged.length} acknowledged writes checked; solve ${job.state}`,
  );
}, 200_000);

afterAll(async () => {
  await Promise.all(services.map((s) => s.stop()));
  await cluster?.stop();
});

it('the API serves again on the promoted replica within 30 s of the primary SIGKILL, without a restart', () => {
  expect(outcome.killedPort).toBe(cluster.primaryPort);
  expect(outcome.promotedPort).toBe(cluster.replicaPort);
  expect(outcome.servedAfterMs).toBeGreaterThanOrEqual(0);
  expect(outcome.servedAfterMs).toBeLessThan(30_000);
  expect(outcome.processesRunning).toBe(true);
});

it('an acknowledged write is not lost in the failover', async () => {
  const api = services[0] as ApiProcess;
  expect(outcome.acknowledged.length).toBeGreaterThan(8);
  for (const write of outcome.acknowledged) {
    const reply = await call(api.url, write.token, 'GET', write.path);
    expect({ what: write.what, status: reply.status, body: reply.body }).toEqual({ what: write.what, status: 200, body: write.expected });
  }
});

it('a write no replica has received is answered 503, not acknowledged', () => {
  expect(outcome.statusesOfBurst).toEqual([503, 503, 503, 503]);
});

it('a write during the failover is acknowledged or answered 503, never another error', () => {
  expect(outcome.statusesDuring.length).toBeGreaterThan(0);
  for (const status of outcome.statusesDuring) expect([200, 201, 503]).toContain(status);
});

it('a solve in flight completes', () => {
  expect(outcome.job).toMatchObject({ state: 'completed', result: { published: true } });
  expect(outcome.schedule.status).toBe(200);
});
