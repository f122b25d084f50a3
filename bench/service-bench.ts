/**
 * The service under solve load (issue 10, item 7): twenty 1,000-cluster
 * brokerage events queued for solving at once through the API, taken by one
 * and then by two `maillage worker` processes, while `/healthz` is polled to
 * see whether the API stays responsive. Each run has its own private
 * `redis-server` and its own processes: the API started with
 * `serve --no-worker`, so that every solve runs in a worker process, as when
 * capacity is added. Prints a Markdown table.
 */
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import type { EventFile } from '../solver';
import { brokerage } from './families';
import { startPrivateRedis } from './private-redis';
import { organizerClient, startApi, startWorker, type Deployment, type OrganizerCall, type ServiceProcess } from './service-process';

/** Options of {@link benchService}. */
export interface ServiceBenchOptions {
  /** `timeLimitSeconds` of each solve. @defaultValue 10 */
  timeLimitSeconds?: number;
}

/** Events queued in each run, seeds 1 to `SOLVES`. */
const SOLVES = 20;
/** Worker processes of each run, in order. */
const WORKERS = [1, 2] as const;
/** How often `/healthz` is asked, as a steady monitoring probe would. */
const HEALTH_INTERVAL_MS = 50;
/** A `/healthz` taking longer than this counts as unanswered. */
const HEALTH_TIMEOUT_MS = 5000;
/** How often the unfinished jobs are read; the wall time is known to this much. */
const JOB_POLL_MS = 250;

const ORGANIZER = `bench-${randomBytes(12).toString('hex')}`;

interface JobView {
  id: string;
  eventId: string;
  state: 'waiting' | 'active' | 'completed' | 'failed';
  error?: string;
  result?: { status: string; meetings: number };
}

interface Health {
  /** Latencies of the answered polls, in ms. */
  latencies: number[];
  /** Polls answered with another status than 200, or not answered within {@link HEALTH_TIMEOUT_MS}. */
  other: number;
}

interface Run {
  workers: number;
  /** From the first solve request to the last job seen finished. */
  wallSeconds: number;
  completed: JobView[];
  failed: JobView[];
  /** The solver's own time of each completed solve (`stats.solveMs` of its schedule), in s. */
  solveSeconds: number[];
  health: Health;
}

/** Polls `/healthz` every {@link HEALTH_INTERVAL_MS}, one request at a time, until the returned function is called. */
function pollHealth(url: string): () => Promise<Health> {
  const health: Health = { latencies: [], other: 0 };
  let polling = true;
  const loop = (async () => {
    while (polling) {
      const started = performance.now();
      try {
        const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
        await res.arrayBuffer();
        if (res.status === 200) health.latencies.push(performance.now() - started);
        else health.other++;
      } catch {
        health.other++;
      }
      const wait = started + HEALTH_INTERVAL_MS - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  })();
  return async () => {
    polling = false;
    await loop;
    return health;
  };
}

/**
 * Queues a solve of every event and reads the jobs until each has completed
 * or failed. Throws when a process of the service stops meanwhile, or when
 * the jobs take far longer than their time limits allow.
 */
async function solveAll(call: OrganizerCall, events: EventFile[], timeLimitSeconds: number, processes: ServiceProcess[]): Promise<{ ms: number; jobs: JobView[] }> {
  const started = performance.now();
  const ids: string[] = [];
  for (const event of events) ids.push((await call('POST', `/api/events/${event.event.id}/solve`, { timeLimitSeconds })).jobId);
  if (new Set(ids).size !== ids.length) throw new Error(`distinct events shared a job: ${ids.join(', ')}`);
  const finished = new Map<string, JobView>();
  // Every solve one after the other, with a generous margin for storing and publishing each.
  const deadline = Date.now() + events.length * (timeLimitSeconds + 30) * 1000;
  while (finished.size < ids.length) {
    for (const id of ids.filter((i) => !finished.has(i))) {
      const job: JobView = await call('GET', `/api/jobs/${id}`);
      if (job.state === 'completed' || job.state === 'failed') finished.set(id, job);
    }
    if (finished.size === ids.length) break;
    const stopped = processes.find((p) => !p.running());
    if (stopped) throw new Error(`${stopped.name} stopped during the solves (${stopped.exitReport()})`);
    if (Date.now() > deadline) throw new Error(`${ids.length - finished.size} of ${ids.length} solves not finished after ${Math.round((performance.now() - started) / 1000)} s`);
    await new Promise((r) => setTimeout(r, JOB_POLL_MS));
  }
  return { ms: performance.now() - started, jobs: ids.map((id) => finished.get(id)!) };
}

/** One run: a fresh Redis, the API and `workers` worker processes, all stopped at the end, also on error. */
async function run(workers: number, events: EventFile[], timeLimitSeconds: number): Promise<Run> {
  const redis = await startPrivateRedis();
  const processes: ServiceProcess[] = [];
  try {
    const deployment: Deployment = { redisUrl: redis.url, organizerToken: ORGANIZER, keyPrefix: 'bench:', queueName: 'bench-solve' };
    const api = await startApi(deployment, { worker: false });
    processes.push(api);
    for (let w = 0; w < workers; w++) processes.push(await startWorker(deployment));
    const call = organizerClient(api.url, ORGANIZER);
    for (const event of events) await call('POST', '/api/events', event);

    const stopHealth = pollHealth(api.url);
    let solved: { ms: number; jobs: JobView[] };
    let health: Health;
    try {
      solved = await solveAll(call, events, timeLimitSeconds, processes);
    } finally {
      health = await stopHealth();
    }
    const completed = solved.jobs.filter((j) => j.state === 'completed');
    const solveSeconds: number[] = [];
    for (const job of completed) {
      const schedule = await call('GET', `/api/events/${job.eventId}/schedule`);
      solveSeconds.push(schedule.stats.solveMs / 1000);
    }
    return { workers, wallSeconds: solved.ms / 1000, completed, failed: solved.jobs.filter((j) => j.state === 'failed'), solveSeconds, health };
  } finally {
    // Workers first, so that none is left waiting on a Redis that has gone.
    for (const p of processes.reverse()) await p.stop();
    await redis.stop();
  }
}

/** Nearest-rank percentile of ascending `sorted`. */
export const percentile = (sorted: number[], p: number): number => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

const ms = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(1));

/** "20 feasible", or "18 feasible, 2 optimal", with the range of meetings per schedule. */
function results(completed: JobView[]): string {
  if (completed.length === 0) return 'none';
  const statuses = new Map<string, number>();
  for (const job of completed) statuses.set(job.result!.status, (statuses.get(job.result!.status) ?? 0) + 1);
  const meetings = completed.map((j) => j.result!.meetings);
  const [low, high] = [Math.min(...meetings), Math.max(...meetings)];
  const range = low === high ? low.toLocaleString('en') : `${low.toLocaleString('en')}–${high.toLocaleString('en')}`;
  return `${[...statuses].map(([status, count]) => `${count} ${status}`).join(', ')}; ${range} meetings each`;
}

/**
 * Runs the service measurements and prints their table; failed solves are
 * counted in it and their errors listed under it.
 * Needs `redis-server` on the PATH and a built `dist/`.
 */
export async function benchService(opts: ServiceBenchOptions = {}): Promise<void> {
  const timeLimitSeconds = opts.timeLimitSeconds ?? 10;
  const events = Array.from({ length: SOLVES }, (_, i) => brokerage(i + 1));
  const runs: Run[] = [];
  for (const workers of WORKERS) runs.push(await run(workers, events, timeLimitSeconds));

  console.log(
    `\nService: ${SOLVES} brokerage events (1,000 clusters, 5,000 requests, 6 rounds, 200 tables, 20 % partial, "fair"; seeds 1–${SOLVES}) queued at once, timeLimitSeconds ${timeLimitSeconds}; ` +
      `\`maillage serve --no-worker\` and 1 or 2 \`maillage worker\` processes (WORKER_CONCURRENCY=1) on ${cpus().length} CPUs, a fresh private redis-server each run; ` +
      `/healthz polled every ${HEALTH_INTERVAL_MS} ms during the solves\n`,
  );
  console.log('| workers | completed | failed | results | solve time (s), mean | wall time (s) | solves/min | speed-up (issue 10: ≥ 1.7× on 2 cores) | /healthz polls | p50 (ms) | p99 (ms) | max (ms) | not 200 |');
  console.log('|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) {
    const meanSolve = r.solveSeconds.length > 0 ? (r.solveSeconds.reduce((a, b) => a + b, 0) / r.solveSeconds.length).toFixed(1) : '–';
    const speedUp = r === runs[0] ? '1.00×' : `${(runs[0].wallSeconds / r.wallSeconds).toFixed(2)}×`;
    const sorted = [...r.health.latencies].sort((a, b) => a - b);
    console.log(
      `| ${r.workers} | ${r.completed.length} | ${r.failed.length} | ${results(r.completed)} | ${meanSolve} | ${r.wallSeconds.toFixed(1)} | ${((60 * r.completed.length) / r.wallSeconds).toFixed(1)} | ${speedUp} | ` +
        `${(sorted.length + r.health.other).toLocaleString('en')} | ${ms(percentile(sorted, 0.5))} | ${ms(percentile(sorted, 0.99))} | ${ms(sorted.at(-1))} | ${r.health.other} |`,
    );
  }
  for (const r of runs) {
    for (const job of r.failed) console.log(`\nFailed with ${r.workers} worker(s): job ${job.id}, event ${job.eventId}: ${job.error ?? 'no error given'}`);
  }
}
