/**
 * The service under load while a worker is killed and Redis goes down
 * (issue 11, "Load"): a durable `redis-server` (the product's settings),
 * `maillage serve --no-worker` and two `maillage worker` processes, each a
 * child process. The clusters of an event with a published schedule fetch
 * their agendas (JSON and `agenda.ics`) and submit wishes from many
 * concurrent keep-alive clients on loopback, while a 1,000-cluster brokerage
 * event is solved; the worker that holds that solve is SIGKILLed, and
 * BullMQ's stalled-job check hands the job to the other worker. Later in the
 * load, Redis itself is SIGKILLed and started again on the same port and
 * files a few seconds later: a deliberate outage, during which the API
 * answers 503, and after which it serves again without a restart. Every
 * answer is placed against that outage's window. Returns the figures and
 * counts: the bench prints them (`--only load`) and
 * `test/faults/load.test.ts` checks them.
 */
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { EventFile } from '../solver';
import { startDurableRedis, type DurableRedis } from './durable-redis';
import { brokerage } from './families';
import { mulberry32, randomEvent } from './random-event';
import { percentile } from './service-bench';
import { organizerClient, startApi, startWorker, type Deployment, type OrganizerCall, type ServiceProcess, type WorkerProcess } from './service-process';

/** Options of {@link runLoadScenario}. */
export interface LoadScenarioOptions {
  /** Concurrent clients, each on its own keep-alive connection. @defaultValue 100 */
  clients?: number;
  /** Seconds of load. @defaultValue 60 */
  durationSeconds?: number;
  /** `timeLimitSeconds` of the 1,000-cluster solve. @defaultValue 20 */
  timeLimitSeconds?: number;
  /** Seconds into the load when the 1,000-cluster solve is requested. @defaultValue 5 */
  solveAfterSeconds?: number;
  /** Longest wait for the solve to finish after its worker is killed, in s. @defaultValue 120 */
  solveWaitSeconds?: number;
  /** Seconds into the load when Redis is SIGKILLed. @defaultValue 25 */
  outageAfterSeconds?: number;
  /** Seconds from the SIGKILL to starting Redis again on the same port and files. @defaultValue 5 */
  outageSeconds?: number;
}

/** What the clients ask for. */
export const REQUEST_KINDS = ['agenda', 'calendar', 'wishes'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** How the requests of one kind went. */
export interface KindFigures {
  kind: RequestKind;
  /** What it is, for tables. */
  label: string;
  /** Requests answered, whatever their status. */
  answered: number;
  /** Answers per HTTP status. */
  statuses: Record<string, number>;
  /** Requests without an answer: connection refused or reset, or no answer within {@link REQUEST_TIMEOUT_MS}. */
  connectionErrors: number;
  /** Latency of the answered requests, to the end of the body, in ms. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The requests against the deliberate Redis outage. */
  outage: KindOutage;
}

/** How the requests of one kind went against the outage's window ({@link OutageWindow}). */
export interface KindOutage {
  /** Requests in the window: sent before its end and answered (or failed) after its start. */
  during: number;
  /** Of these, those answered 503. */
  unavailable: number;
  /** Answers of status 500–599, 503 included, to requests wholly outside the window. */
  fiveXxOutside: number;
  /** Answers of status 500–599 other than 503, in or out of the window. */
  otherFiveXx: number;
  /** Requests sent after the window, and those of them answered 200. */
  sentAfter: number;
  okAfter: number;
  /** From Redis answering again to the first answer 200 after that, in s; absent if there was none. */
  firstOkAfterSeconds?: number;
  /** From Redis answering again to the last answer 503, in s (negative when it came before); absent if there was none. */
  lastUnavailableAfterSeconds?: number;
}

/** The deliberate Redis outage, in s into the load. */
export interface OutageWindow {
  /** When the SIGKILL was sent. */
  killedAt: number;
  /** When `redis-server` was started again on the same port and files. */
  restartedAt: number;
  /** When it answered PING again, its data loaded. */
  answeringAgainAt: number;
  /** Added after `answeringAgainAt` for the API's connections to reconnect: the window is [killedAt, answeringAgainAt + marginSeconds]. */
  marginSeconds: number;
}

/** A lost wish list: what the cluster was last told was stored, and what is. */
export interface LostWishes {
  clusterId: string;
  acknowledged: unknown;
  stored: unknown;
}

/**
 * The wishes read back after the load. A submission answered 503 (or not
 * answered) may or may not have been written: Redis may have applied and
 * saved it just before it died, with its reply lost. It is never written
 * later (a command that failed is not sent again), and a cluster has one
 * submission in flight at a time, so a cluster's stored wish list must be
 * its last acknowledged one, or else one of the unacknowledged submissions
 * that followed it, stored while that submission was in flight (its
 * `submittedAt` between the request and the answer).
 */
export interface WishCheck {
  /** Submissions answered 200. */
  acknowledged: number;
  /** Submissions answered 5xx or not answered. */
  unacknowledged: number;
  /** Clusters read back: all of the load's event. */
  clusters: number;
  /** Clusters with at least one acknowledged submission. */
  acknowledgedClusters: number;
  /**
   * Clusters holding what they should: their last acknowledged wish list, its
   * `submittedAt` included (without one, the event file's wishes, unsubmitted),
   * or an unacknowledged submission that followed it.
   */
  stored: number;
  /** Of {@link stored}, the clusters holding an unacknowledged submission rather than their last acknowledged one. */
  storedUnacknowledged: number;
  lost: LostWishes[];
}

/** The 1,000-cluster solve whose worker was killed. */
export interface SolveCheck {
  eventId: string;
  jobId: string;
  /** Which worker (1 or 2, in their start order) held the job and was killed. */
  killedWorker: number;
  /** From the solve request to the SIGKILL, in s. */
  killedAfterSeconds: number;
  /** When the SIGKILL was sent, in s into the load (to place the solve against the Redis outage). */
  killedIntoLoadSeconds: number;
  /** True when the killed worker had logged the job completed before it died (the kill then tested nothing). */
  completedBeforeKill: boolean;
  /** From the kill to the other worker starting the job again, in s, as seen in its log; absent if it did not. */
  retakenAfterSeconds?: number;
  /** From the kill to the job seen completed, in s; absent if it did not complete in time. */
  completedAfterSeconds?: number;
  /** The job's last state as the API gives it (`GET /api/jobs/:id`). */
  state: string;
  /** Why it failed, when it did. */
  error?: string;
  /** What the completed job returned. */
  result?: { status: string; meetings: number; published: boolean };
  /** Meetings of the event's published schedule after the solve (`?version=published`), 0 when there is none. */
  publishedMeetings: number;
}

export interface LoadFigures {
  clients: number;
  /** The solve's `timeLimitSeconds`, and when it was requested, in s into the load. */
  timeLimitSeconds: number;
  solveAfterSeconds: number;
  /** Measured seconds of load. */
  durationSeconds: number;
  /** Clusters of the load's event, and those with at least one meeting in its published schedule. */
  loadClusters: number;
  clustersWithMeetings: number;
  requests: number;
  /** Answered requests per second, all kinds. */
  throughput: number;
  /** Latency of all answered requests, in ms. */
  p50Ms: number;
  p99Ms: number;
  kinds: KindFigures[];
  /** Answers of status 500–599, all kinds. */
  fiveXx: number;
  connectionErrors: number;
  outage: OutageWindow;
  /** True when the API process that started the load still ran once the load and the solve were over: it was never restarted. */
  apiRunning: boolean;
  wishes: WishCheck;
  solve: SolveCheck;
}

/** Clusters of the load's event: tens, as a regional convention. */
const LOAD_CLUSTERS = 60;
/** Shares of the kinds in the mix: phones read agendas more than they send wishes. */
const MIX: Record<RequestKind, number> = { agenda: 0.4, calendar: 0.4, wishes: 0.2 };
const LABELS: Record<RequestKind, string> = {
  agenda: 'agenda JSON (`GET /api/events/:id/agenda`, bearer token)',
  calendar: 'calendar feed (`GET …/clusters/:clusterId/agenda.ics?token=`)',
  wishes: 'wishes (`POST /api/events/:id/preferences`)',
};
/** A request unanswered this long counts as a connection error. */
const REQUEST_TIMEOUT_MS = 30_000;
/** How long the solve runs in its worker before the worker is killed. */
const KILL_AFTER_ACTIVE_MS = 1000;
const POLL_MS = 250;
/** How long after Redis answers again the API's connections may take to reconnect (ioredis backs off up to 2 s between attempts). */
const RECONNECT_MARGIN_SECONDS = 2;

const ORGANIZER = `load-${randomBytes(12).toString('hex')}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Answer {
  status: number;
  body: string;
}

/** One HTTP request on the shared keep-alive agent; the body is kept only when asked for. */
function send(agent: Agent, port: number, method: string, path: string, headers: Record<string, string>, body: string | undefined, keepBody: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const bodyHeaders = body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) };
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers: { ...headers, ...bodyHeaders } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        if (keepBody) chunks.push(chunk);
      });
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: keepBody ? Buffer.concat(chunks).toString('utf8') : '' }));
      res.once('error', reject);
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    req.once('error', reject);
    req.end(body);
  });
}

interface Wishes {
  requests: { to: string; priority: number }[];
  declines: string[];
}

/** 1–5 requested partners with priorities, and 0–2 declined clusters, none of them `self`. */
function randomWishes(rand: () => number, ids: readonly string[], self: string): Wishes {
  const others = ids.filter((id) => id !== self);
  for (let i = others.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [others[i], others[j]] = [others[j], others[i]];
  }
  const count = 1 + Math.floor(rand() * 5);
  const declined = Math.floor(rand() * 3);
  return {
    requests: others.slice(0, count).map((to) => ({ to, priority: 1 + Math.floor(rand() * 5) })),
    declines: others.slice(count, count + declined),
  };
}

const sameWishes = (a: Wishes, b: Wishes): boolean => JSON.stringify([a.requests, a.declines]) === JSON.stringify([b.requests, b.declines]);

/** A submission answered 5xx or not at all, with when it was sent and answered (`Date.now()`, the clock of the API's `submittedAt`). */
interface Unacknowledged extends Wishes {
  sentMs: number;
  answeredMs: number;
}

/** What a cluster was told about its wishes. */
interface WishLedger {
  /** The last submission answered 200, with the `submittedAt` of its answer. */
  acknowledged?: Wishes & { submittedAt: string };
  /** The submissions after it that were not acknowledged: any of them may be stored instead. */
  unacknowledged: Unacknowledged[];
}

/** One request: when it was sent and answered (or failed), in `performance.now()` ms, and its status (0: no answer). */
interface Exchange {
  kind: RequestKind;
  sent: number;
  answered: number;
  status: number;
}

interface LoadContext {
  agent: Agent;
  port: number;
  eventId: string;
  ids: string[];
  tokens: Map<string, string>;
  end: number;
  latencies: Record<RequestKind, number[]>;
  statuses: Record<RequestKind, Map<number, number>>;
  errors: Record<RequestKind, number>;
  ledgers: Map<string, WishLedger>;
  exchanges: Exchange[];
  /** Clusters with a submission in flight: one at a time per cluster, so that "the last acknowledged" is well defined. */
  submitting: Set<string>;
}

function pickKind(rand: () => number): RequestKind {
  const x = rand();
  return x < MIX.agenda ? 'agenda' : x < MIX.agenda + MIX.calendar ? 'calendar' : 'wishes';
}

/** A random cluster without a submission in flight, or undefined when all have one. */
function freeCluster(ctx: LoadContext, rand: () => number): string | undefined {
  const start = Math.floor(rand() * ctx.ids.length);
  for (let k = 0; k < ctx.ids.length; k++) {
    const id = ctx.ids[(start + k) % ctx.ids.length];
    if (!ctx.submitting.has(id)) return id;
  }
  return undefined;
}

/** One client: requests one after the other until the end of the load. */
async function runClient(ctx: LoadContext, seed: number): Promise<void> {
  const rand = mulberry32(seed);
  while (performance.now() < ctx.end) {
    let kind = pickKind(rand);
    let clusterId = ctx.ids[Math.floor(rand() * ctx.ids.length)];
    if (kind === 'wishes') {
      const free = freeCluster(ctx, rand);
      if (free === undefined) kind = 'agenda';
      else clusterId = free;
    }
    const token = ctx.tokens.get(clusterId)!;
    const wishes = kind === 'wishes' ? randomWishes(rand, ctx.ids, clusterId) : undefined;
    const started = performance.now();
    const sentMs = Date.now();
    let answer: Answer | undefined;
    if (wishes) ctx.submitting.add(clusterId);
    try {
      answer =
        kind === 'agenda'
          ? await send(ctx.agent, ctx.port, 'GET', `/api/events/${ctx.eventId}/agenda`, { Authorization: `Bearer ${token}` }, undefined, false)
          : kind === 'calendar'
            ? await send(ctx.agent, ctx.port, 'GET', `/api/events/${ctx.eventId}/clusters/${clusterId}/agenda.ics?token=${token}`, {}, undefined, false)
            : await send(ctx.agent, ctx.port, 'POST', `/api/events/${ctx.eventId}/preferences`, { Authorization: `Bearer ${token}` }, JSON.stringify(wishes), true);
      ctx.latencies[kind].push(performance.now() - started);
      ctx.statuses[kind].set(answer.status, (ctx.statuses[kind].get(answer.status) ?? 0) + 1);
    } catch {
      ctx.errors[kind]++;
    } finally {
      if (wishes) ctx.submitting.delete(clusterId);
    }
    ctx.exchanges.push({ kind, sent: started, answered: performance.now(), status: answer?.status ?? 0 });
    if (wishes) {
      const ledger = ctx.ledgers.get(clusterId) ?? { unacknowledged: [] };
      ctx.ledgers.set(clusterId, ledger);
      if (answer?.status === 200) {
        const stored = JSON.parse(answer.body) as Wishes & { submittedAt: string };
        ledger.acknowledged = { requests: stored.requests, declines: stored.declines, submittedAt: stored.submittedAt };
        ledger.unacknowledged = [];
      } else if (answer === undefined || answer.status >= 500) {
        ledger.unacknowledged.push({ ...wishes, sentMs, answeredMs: Date.now() });
      }
    }
  }
}

/** A stored wish list is this unacknowledged submission when their wishes agree and it was stored while the submission was in flight. */
const storedBy = (stored: Wishes & { submittedAt?: string }, submission: Unacknowledged): boolean => {
  const at = stored.submittedAt === undefined ? NaN : Date.parse(stored.submittedAt);
  return sameWishes(stored, submission) && at >= submission.sentMs && at <= submission.answeredMs;
};

/** Reads every cluster's wishes back and compares them with what it was told ({@link WishCheck}). */
async function checkWishes(ctx: LoadContext, url: string): Promise<WishCheck> {
  const unacknowledged = ctx.errors.wishes + [...ctx.statuses.wishes].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const check: WishCheck = { acknowledged: ctx.statuses.wishes.get(200) ?? 0, unacknowledged, clusters: 0, acknowledgedClusters: 0, stored: 0, storedUnacknowledged: 0, lost: [] };
  for (const clusterId of ctx.ids) {
    const ledger = ctx.ledgers.get(clusterId) ?? { unacknowledged: [] };
    const acknowledged = ledger.acknowledged;
    check.clusters++;
    if (acknowledged) check.acknowledgedClusters++;
    const res = await fetch(`${url}/api/events/${ctx.eventId}/preferences`, { headers: { Authorization: `Bearer ${ctx.tokens.get(clusterId)}` } });
    const stored = (await res.json()) as Wishes & { submitted?: boolean; submittedAt?: string };
    const asAcknowledged =
      res.status === 200 && (acknowledged ? sameWishes(stored, acknowledged) && stored.submittedAt === acknowledged.submittedAt : stored.submitted === false);
    const asUnacknowledged = res.status === 200 && !asAcknowledged && ledger.unacknowledged.some((w) => storedBy(stored, w));
    if (asAcknowledged || asUnacknowledged) check.stored++;
    if (asUnacknowledged) check.storedUnacknowledged++;
    if (!asAcknowledged && !asUnacknowledged) check.lost.push({ clusterId, acknowledged: acknowledged ?? 'none', stored: res.status === 200 ? stored : `HTTP ${res.status}` });
  }
  return check;
}

/** True when `worker` logged this message for this job. */
function logged(worker: WorkerProcess, msg: string, jobId: string): boolean {
  return worker
    .log()
    .split('\n')
    .some((line) => {
      if (!line.includes(msg)) return false;
      try {
        const entry = JSON.parse(line) as { msg?: string; jobId?: unknown };
        return entry.msg === msg && String(entry.jobId) === jobId;
      } catch {
        return false;
      }
    });
}

async function waitFor<T>(what: string, ms: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s`);
    await sleep(POLL_MS);
  }
}

/** The organiser's call, or undefined when the API answered 503 (Redis down: the caller polls again). */
async function unlessUnavailable<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof Error && /: 503 /.test(error.message)) return undefined;
    throw error;
  }
}

/** Solves an event through the API and waits for its job to complete; throws if it fails. */
async function solved(call: OrganizerCall, eventId: string, timeLimitSeconds: number): Promise<void> {
  const { jobId } = await call('POST', `/api/events/${eventId}/solve`, { timeLimitSeconds });
  const job = await waitFor(`solve of ${eventId}`, 120_000, async () => {
    const j = await call('GET', `/api/jobs/${jobId}`);
    return j.state === 'completed' || j.state === 'failed' ? j : undefined;
  });
  if (job.state !== 'completed') throw new Error(`solve of ${eventId} failed: ${job.error}`);
}

/**
 * Requests the big event's solve, waits for a worker to start it, SIGKILLs
 * that worker a moment later, and follows the job until it completes or
 * fails (or `solveWaitSeconds` pass), polling through the Redis outage.
 */
async function solveAndKill(call: OrganizerCall, workers: WorkerProcess[], eventId: string, loadStarted: number, opts: Required<LoadScenarioOptions>): Promise<SolveCheck> {
  const requested = performance.now();
  const { jobId } = (await call('POST', `/api/events/${eventId}/solve`, { timeLimitSeconds: opts.timeLimitSeconds })) as { jobId: string };
  const holder = await waitFor(`a worker starting job ${jobId}`, 60_000, () => {
    const at = workers.findIndex((w) => logged(w, 'solve started', jobId));
    return at === -1 ? undefined : at;
  });
  await sleep(KILL_AFTER_ACTIVE_MS);
  const killed = workers[holder];
  killed.signal('SIGKILL');
  const killedAt = performance.now();
  await killed.exited();
  const completedBeforeKill = logged(killed, 'solve completed', jobId);
  const others = workers.filter((w) => w !== killed);

  let retakenAfterSeconds: number | undefined;
  let job: { state: string; error?: string; result?: SolveCheck['result'] } = { state: 'unknown' };
  const deadline = Date.now() + opts.solveWaitSeconds * 1000;
  while (Date.now() < deadline) {
    if (retakenAfterSeconds === undefined && others.some((w) => logged(w, 'solve started', jobId))) retakenAfterSeconds = (performance.now() - killedAt) / 1000;
    job = (await unlessUnavailable(call('GET', `/api/jobs/${jobId}`))) ?? job;
    if (job.state === 'completed' || job.state === 'failed') break;
    await sleep(POLL_MS);
  }
  const completedAfterSeconds = job.state === 'completed' ? (performance.now() - killedAt) / 1000 : undefined;
  if (retakenAfterSeconds === undefined && others.some((w) => logged(w, 'solve started', jobId))) retakenAfterSeconds = completedAfterSeconds;
  return {
    eventId,
    jobId,
    killedWorker: holder + 1,
    killedAfterSeconds: (killedAt - requested) / 1000,
    killedIntoLoadSeconds: (killedAt - loadStarted) / 1000,
    completedBeforeKill,
    ...(retakenAfterSeconds !== undefined ? { retakenAfterSeconds } : {}),
    ...(completedAfterSeconds !== undefined ? { completedAfterSeconds } : {}),
    state: job.state,
    ...(job.error !== undefined ? { error: job.error } : {}),
    ...(job.result !== undefined ? { result: { status: job.result.status, meetings: job.result.meetings, published: job.result.published } } : {}),
    publishedMeetings: await publishedMeetings(call, eventId),
  };
}

/** Meetings of the event's published schedule; 0 when there is none (404). */
async function publishedMeetings(call: OrganizerCall, eventId: string): Promise<number> {
  try {
    return ((await call('GET', `/api/events/${eventId}/schedule?version=published`)).meetings as unknown[]).length;
  } catch (error) {
    if (error instanceof Error && / 404 /.test(error.message)) return 0;
    throw error;
  }
}

/**
 * SIGKILLs Redis `outageAfterSeconds` after `started`, starts it again on the
 * same port and files `outageSeconds` later, and returns the window, in s
 * into the load.
 */
async function redisOutage(redis: DurableRedis, started: number, opts: Required<LoadScenarioOptions>): Promise<OutageWindow> {
  const into = () => (performance.now() - started) / 1000;
  await sleep(Math.max(0, started + opts.outageAfterSeconds * 1000 - performance.now()));
  const killedAt = into();
  await redis.kill();
  await sleep(opts.outageSeconds * 1000);
  const restartedAt = into();
  await redis.restart();
  return { killedAt, restartedAt, answeringAgainAt: into(), marginSeconds: RECONNECT_MARGIN_SECONDS };
}

const isFiveXx = (status: number): boolean => status >= 500 && status <= 599;

/** Places each request of `kind` against the outage's window. */
function kindOutage(ctx: LoadContext, kind: RequestKind, started: number, window: OutageWindow): KindOutage {
  const at = (seconds: number) => started + seconds * 1000;
  const [from, back, to] = [at(window.killedAt), at(window.answeringAgainAt), at(window.answeringAgainAt + window.marginSeconds)];
  const exchanges = ctx.exchanges.filter((e) => e.kind === kind);
  const inWindow = (e: Exchange) => e.sent <= to && e.answered >= from;
  const during = exchanges.filter(inWindow);
  const after = exchanges.filter((e) => e.sent > to);
  const firstOk = exchanges.filter((e) => e.status === 200 && e.answered >= back).reduce((min, e) => Math.min(min, e.answered), Infinity);
  const lastUnavailable = exchanges.filter((e) => e.status === 503).reduce((max, e) => Math.max(max, e.answered), -Infinity);
  return {
    during: during.length,
    unavailable: during.filter((e) => e.status === 503).length,
    fiveXxOutside: exchanges.filter((e) => !inWindow(e) && isFiveXx(e.status)).length,
    otherFiveXx: exchanges.filter((e) => isFiveXx(e.status) && e.status !== 503).length,
    sentAfter: after.length,
    okAfter: after.filter((e) => e.status === 200).length,
    ...(Number.isFinite(firstOk) ? { firstOkAfterSeconds: (firstOk - back) / 1000 } : {}),
    ...(Number.isFinite(lastUnavailable) ? { lastUnavailableAfterSeconds: (lastUnavailable - back) / 1000 } : {}),
  };
}

const failed = (result: PromiseSettledResult<unknown>): result is PromiseRejectedResult => result.status === 'rejected';

const ascending = (values: number[]): number[] => [...values].sort((a, b) => a - b);

function kindFigures(ctx: LoadContext, kind: RequestKind, started: number, window: OutageWindow): KindFigures {
  const sorted = ascending(ctx.latencies[kind]);
  return {
    kind,
    label: LABELS[kind],
    answered: sorted.length,
    statuses: Object.fromEntries([...ctx.statuses[kind]].sort((a, b) => a[0] - b[0])),
    connectionErrors: ctx.errors[kind],
    p50Ms: percentile(sorted, 0.5) ?? 0,
    p99Ms: percentile(sorted, 0.99) ?? 0,
    maxMs: sorted.at(-1) ?? 0,
    outage: kindOutage(ctx, kind, started, window),
  };
}

/** The event of the load: {@link LOAD_CLUSTERS} clusters, a morning of 6 rounds, 20 tables. */
function loadEvent(): EventFile {
  const event = randomEvent(11, { clusters: LOAD_CLUSTERS, rounds: 6, tables: 20, requestsPerCluster: 3 });
  return { ...event, event: { ...event.event, id: 'load-agendas' } };
}

/**
 * Runs the scenario: starts the processes, publishes the load's event,
 * creates the 1,000-cluster one (seed 1 of the brokerage family), then runs
 * the clients, the solve with its killed worker and the Redis outage side by
 * side; reads the wishes back, and stops everything, also on error.
 * Needs `redis-server` on the PATH and a built `dist/`.
 */
export async function runLoadScenario(options: LoadScenarioOptions = {}): Promise<LoadFigures> {
  const opts: Required<LoadScenarioOptions> = {
    clients: options.clients ?? 100,
    durationSeconds: options.durationSeconds ?? 60,
    timeLimitSeconds: options.timeLimitSeconds ?? 20,
    solveAfterSeconds: options.solveAfterSeconds ?? 5,
    solveWaitSeconds: options.solveWaitSeconds ?? 120,
    outageAfterSeconds: options.outageAfterSeconds ?? 25,
    outageSeconds: options.outageSeconds ?? 5,
  };
  if (opts.outageAfterSeconds + opts.outageSeconds + RECONNECT_MARGIN_SECONDS >= opts.durationSeconds) {
    throw new Error('the Redis outage and its reconnection margin must end before the load does');
  }
  const redis = await startDurableRedis();
  const processes: ServiceProcess[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: opts.clients });
  try {
    const deployment: Deployment = { redisUrl: redis.url, organizerToken: ORGANIZER, keyPrefix: 'load:', queueName: 'load-solve' };
    const api = await startApi(deployment, { worker: false });
    processes.push(api);
    const workers = [await startWorker(deployment), await startWorker(deployment)];
    processes.push(...workers);
    const call = organizerClient(api.url, ORGANIZER);

    const event = loadEvent();
    const eventId = event.event.id;
    const created = (await call('POST', '/api/events', event)) as { clusters: { id: string; token: string }[] };
    await solved(call, eventId, 10);
    const schedule = (await call('GET', `/api/events/${eventId}/schedule?version=published`)) as { meetings: { clusters: [string, string] }[] };
    const clustersWithMeetings = new Set(schedule.meetings.flatMap((m) => m.clusters)).size;
    const big = brokerage(1);
    await call('POST', '/api/events', big);
    if ((await publishedMeetings(call, big.event.id)) !== 0) throw new Error(`${big.event.id} has a published schedule before its solve`);

    const ids = created.clusters.map((c) => c.id);
    const ctx: LoadContext = {
      agent,
      port: api.port,
      eventId,
      ids,
      tokens: new Map(created.clusters.map((c) => [c.id, c.token])),
      end: 0,
      latencies: { agenda: [], calendar: [], wishes: [] },
      statuses: { agenda: new Map(), calendar: new Map(), wishes: new Map() },
      errors: { agenda: 0, calendar: 0, wishes: 0 },
      ledgers: new Map(),
      exchanges: [],
      submitting: new Set(),
    };
    const started = performance.now();
    ctx.end = started + opts.durationSeconds * 1000;
    const load = Promise.all(Array.from({ length: opts.clients }, (_, i) => runClient(ctx, i + 1)));
    const solve = sleep(opts.solveAfterSeconds * 1000).then(() => solveAndKill(call, workers, big.event.id, started, opts));
    const outage = redisOutage(redis, started, opts);
    // All run to their end even when one fails, so that no client is left running.
    const [loaded, solveCheck, window] = await Promise.allSettled([load.then(() => performance.now()), solve, outage]);
    const apiRunning = api.running();
    if (failed(loaded) || failed(window) || failed(solveCheck)) {
      const { reason } = [loaded, window, solveCheck].find(failed)!;
      throw apiRunning ? reason : new Error(`the API stopped during the load (${api.exitReport()})`, { cause: reason });
    }
    const durationSeconds = (loaded.value - started) / 1000;

    const kinds = REQUEST_KINDS.map((kind) => kindFigures(ctx, kind, started, window.value));
    const all = ascending(REQUEST_KINDS.flatMap((kind) => ctx.latencies[kind]));
    const requests = kinds.reduce((sum, k) => sum + k.answered, 0);
    const fiveXx = kinds.reduce((sum, k) => sum + Object.entries(k.statuses).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0), 0);
    return {
      clients: opts.clients,
      timeLimitSeconds: opts.timeLimitSeconds,
      solveAfterSeconds: opts.solveAfterSeconds,
      durationSeconds,
      loadClusters: ids.length,
      clustersWithMeetings,
      requests,
      throughput: requests / durationSeconds,
      p50Ms: percentile(all, 0.5) ?? 0,
      p99Ms: percentile(all, 0.99) ?? 0,
      kinds,
      fiveXx,
      connectionErrors: kinds.reduce((sum, k) => sum + k.connectionErrors, 0),
      outage: window.value,
      apiRunning,
      wishes: await checkWishes(ctx, api.url),
      solve: solveCheck.value,
    };
  } finally {
    agent.destroy();
    // Workers first, so that none is left waiting on a Redis that has gone.
    for (const p of processes.reverse()) await p.stop();
    await redis.stop();
  }
}

const whole = (x: number): string => Math.round(x).toLocaleString('en');
const tenths = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(1));

/** The statuses of a row: "200: 12,345", with every other status after it. */
const statusText = (statuses: Record<string, number>): string =>
  Object.entries(statuses)
    .map(([status, count]) => `${status}: ${whole(count)}`)
    .join(', ') || 'none';

const seconds = (x: number | undefined): string => (x === undefined ? '–' : `${x.toFixed(1)} s`);

/** The figures as Markdown: what ran, a table per kind of request, the outage, the wishes read back and the solve. */
export function loadReport(f: LoadFigures): string {
  const { solve, wishes, outage } = f;
  const windowEnd = outage.answeringAgainAt + outage.marginSeconds;
  const lines = [
    `\nLoad with a killed worker and a Redis outage: ${f.clients} concurrent clients (node:http, keep-alive, loopback) for ${f.durationSeconds.toFixed(1)} s on an event of ${f.loadClusters} clusters ` +
      `with a published schedule (${f.clustersWithMeetings} with meetings), against \`maillage serve --no-worker\`, two \`maillage worker\` (WORKER_CONCURRENCY=1) and a durable redis-server (the product's settings); ` +
      `meanwhile the 1,000-cluster brokerage event (seed 1) is solved (timeLimitSeconds ${f.timeLimitSeconds}, requested ${f.solveAfterSeconds} s into the load) and the worker holding the solve is SIGKILLed, ` +
      `and Redis is SIGKILLed ${tenths(outage.killedAt)} s into the load and started again on the same port and files ${tenths(outage.restartedAt - outage.killedAt)} s later\n`,
    '| request | share of the mix | answered | requests/s | p50 (ms) | p99 (ms) | max (ms) | statuses | connection errors |',
    '|---|---:|---:|---:|---:|---:|---:|---|---:|',
    ...f.kinds.map(
      (k) =>
        `| ${k.label} | ${Math.round(MIX[k.kind] * 100)} % | ${whole(k.answered)} | ${whole(k.answered / f.durationSeconds)} | ${tenths(k.p50Ms)} | ${tenths(k.p99Ms)} | ${tenths(k.maxMs)} | ${statusText(k.statuses)} | ${k.connectionErrors} |`,
    ),
    `| all | | ${whole(f.requests)} | ${whole(f.throughput)} | ${tenths(f.p50Ms)} | ${tenths(f.p99Ms)} | ${tenths(Math.max(...f.kinds.map((k) => k.maxMs)))} | 5xx: ${f.fiveXx} | ${f.connectionErrors} |`,
    '',
    `Redis outage: SIGKILLed at ${tenths(outage.killedAt)} s, started again at ${tenths(outage.restartedAt)} s, answering (data loaded) at ${tenths(outage.answeringAgainAt)} s; ` +
      `a request is in the outage when it was sent before ${tenths(windowEnd)} s (${outage.marginSeconds} s for the API to reconnect) and answered after ${tenths(outage.killedAt)} s. ` +
      `The API ${f.apiRunning ? 'was never restarted (its process still ran at the end)' : 'process had stopped by the end'}.\n`,
    '| request | in the outage | 503 in the outage | 5xx outside it | 5xx other than 503 | sent after it: answered 200 | first 200 after Redis answered | last 503 after Redis answered |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...f.kinds.map(
      ({ label, outage: o }) =>
        `| ${label} | ${whole(o.during)} | ${whole(o.unavailable)} | ${o.fiveXxOutside} | ${o.otherFiveXx} | ${whole(o.okAfter)} of ${whole(o.sentAfter)} | ${seconds(o.firstOkAfterSeconds)} | ${seconds(o.lastUnavailableAfterSeconds)} |`,
    ),
    '',
    `Wishes: ${whole(wishes.acknowledged)} submissions acknowledged (200) for ${wishes.acknowledgedClusters} clusters, ${whole(wishes.unacknowledged)} not acknowledged (5xx or no answer); ` +
      `read back after the load, ${wishes.stored} of the ${wishes.clusters} clusters hold their last acknowledged wish list` +
      (wishes.storedUnacknowledged > 0 ? ` or, for ${wishes.storedUnacknowledged} of them, a later unacknowledged submission whose write Redis had applied before it died` : '') +
      (wishes.lost.length === 0 ? ', none lost.' : `; lost: ${wishes.lost.map((l) => l.clusterId).join(', ')}.`),
    '',
    `Solve: job ${solve.jobId} of ${solve.eventId}, started by worker ${solve.killedWorker}, SIGKILLed ${tenths(solve.killedAfterSeconds)} s after the request (${tenths(solve.killedIntoLoadSeconds)} s into the load)` +
      (solve.completedBeforeKill ? ' (it had already completed)' : '') +
      `; taken again by the other worker ${solve.retakenAfterSeconds === undefined ? 'never' : `${tenths(solve.retakenAfterSeconds)} s after the kill (${tenths(solve.killedIntoLoadSeconds + solve.retakenAfterSeconds)} s into the load)`}; ` +
      (solve.completedAfterSeconds === undefined
        ? `not completed (state ${solve.state}${solve.error ? `: ${solve.error}` : ''}).`
        : `completed ${tenths(solve.completedAfterSeconds)} s after the kill (${solve.result?.status}, ${whole(solve.result?.meetings ?? 0)} meetings, ${solve.result?.published ? 'published' : 'not published'}; the published schedule has ${whole(solve.publishedMeetings)} meetings).`),
  ];
  return lines.join('\n');
}
