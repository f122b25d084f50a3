/**
 * Calendars under load: the service (`maillage serve`, in a process of its
 * own, on a private `redis-server`) with a solved and published
 * 1,000-cluster event, and autocannon on loopback against one cluster's
 * `agenda.ics` (as a calendar app polls it: `?token=`), the same with its
 * `If-None-Match` (304), every cluster's `agenda.ics` in turn, and the agenda
 * JSON for reference. Prints a Markdown table beside the targets of issue 10.
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { startPrivateRedis } from './private-redis';
import { mulberry32, randomEvent } from './random-event';
import { organizerClient, startApi, type ApiProcess, type OrganizerCall } from './service-process';

/** Options of {@link benchCalendars}. */
export interface CalendarBenchOptions {
  /** Seconds of each measurement. @defaultValue 10 */
  durationSeconds?: number;
  /** Concurrent connections. @defaultValue 20 */
  connections?: number;
}

interface Scenario {
  name: string;
  /** What every response must be. */
  status: number;
  /** The path of each request, and its headers. */
  next: () => { path: string; headers: Record<string, string> };
  target: string;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  /** Responses of another status, and connection errors. */
  unexpected: number;
}

const ORGANIZER = `bench-${randomBytes(12).toString('hex')}`;

/** Creates, solves and publishes the event; returns each cluster's token and the cluster with the most meetings. */
async function publishedEvent(call: OrganizerCall): Promise<{ eventId: string; tokens: Map<string, string>; busiest: string; meetings: number }> {
  const event = randomEvent(1, { clusters: 1000, rounds: 12, tables: 200, sessions: 2, partialAvailability: 0.2 });
  const eventId = event.event.id;
  const created = await call('POST', '/api/events', event);
  const tokens = new Map<string, string>((created.clusters as { id: string; token: string }[]).map((c) => [c.id, c.token]));
  const { jobId } = await call('POST', `/api/events/${eventId}/solve`, { timeLimitSeconds: 30 });
  for (const deadline = Date.now() + 120_000; ; ) {
    const job = await call('GET', `/api/jobs/${jobId}`);
    if (job.state === 'completed') break;
    if (job.state === 'failed') throw new Error(`solve failed: ${job.error}`);
    if (Date.now() > deadline) throw new Error('solve did not finish within 120 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  const schedule = await call('GET', `/api/events/${eventId}/schedule`);
  const counts = new Map<string, number>();
  for (const m of schedule.meetings as { clusters: [string, string] }[]) {
    for (const c of m.clusters) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const [busiest, meetings] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return { eventId, tokens, busiest, meetings };
}

const agendaIcs = (eventId: string, clusterId: string, token: string): string =>
  `/api/events/${eventId}/clusters/${clusterId}/agenda.ics?token=${token}`;

async function measure(service: ApiProcess, scenario: Scenario, options: Required<CalendarBenchOptions>, seconds: number): Promise<Figures> {
  const result = await autocannon({
    url: service.url,
    connections: options.connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, ...scenario.next() }) }],
  });
  const expected = result.statusCodeStats?.[`${scenario.status}` as `${number}`]?.count ?? 0;
  const total = Object.values(result.statusCodeStats ?? {}).reduce((sum, s) => sum + (s.count ?? 0), 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, unexpected: total - expected + result.errors };
}

/**
 * Runs the calendar measurements and prints their table.
 * Needs `redis-server` on the PATH and a built `dist/`.
 */
export async function benchCalendars(opts: CalendarBenchOptions = {}): Promise<void> {
  const options: Required<CalendarBenchOptions> = { durationSeconds: opts.durationSeconds ?? 10, connections: opts.connections ?? 20 };
  const redis = await startPrivateRedis();
  let service: ApiProcess | undefined;
  try {
    service = await startApi({ redisUrl: redis.url, organizerToken: ORGANIZER }, { worker: true });
    const { eventId, tokens, busiest, meetings } = await publishedEvent(organizerClient(service.url, ORGANIZER));
    const token = tokens.get(busiest)!;
    const ics = agendaIcs(eventId, busiest, token);
    const first = await fetch(`${service.url}${ics}`);
    const etag = first.headers.get('etag');
    const body = await first.text();
    if (first.status !== 200 || !etag) throw new Error(`GET agenda.ics: ${first.status}`);

    // Every cluster's feed once, as the first poll of each phone after a publication.
    const all = [...tokens].map(([id, t]) => agendaIcs(eventId, id, t));
    const warmStarted = performance.now();
    await Promise.all(
      Array.from({ length: 4 }, async (_, lane) => {
        for (let i = lane; i < all.length; i += 4) {
          const res = await fetch(`${service!.url}${all[i]}`);
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`GET ${all[i].split('?')[0]}: ${res.status}`);
        }
      }),
    );
    const warmSeconds = (performance.now() - warmStarted) / 1000;
    const pick = mulberry32(7);

    const target = '≥ 1,000/s, p99 < 50 ms';
    const scenarios: Scenario[] = [
      {
        name: `agenda.ics of one cluster (${meetings} meetings, ${(Buffer.byteLength(body) / 1024).toFixed(1)} KiB), 200`,
        status: 200,
        next: () => ({ path: ics, headers: {} }),
        target,
      },
      {
        name: 'agenda.ics of one cluster, If-None-Match → 304',
        status: 304,
        next: () => ({ path: ics, headers: { 'If-None-Match': etag } }),
        target: `${target}, no rendering`,
      },
      {
        name: `agenda.ics of a random cluster among the ${all.length.toLocaleString('en')}, 200`,
        status: 200,
        next: () => ({ path: all[Math.floor(pick() * all.length)], headers: {} }),
        target,
      },
      {
        name: 'agenda JSON of one cluster (reference)',
        status: 200,
        next: () => ({ path: `/api/events/${eventId}/agenda`, headers: { Authorization: `Bearer ${token}` } }),
        target: '',
      },
    ];

    const cache = process.env.EXPORT_CACHE_MB ? `EXPORT_CACHE_MB=${process.env.EXPORT_CACHE_MB}` : 'export cache 64 MiB (default)';
    console.log(
      `\nCalendars under load: 1,000-cluster event (seed 1, 12 rounds, 200 tables), ${options.connections} connections, ${options.durationSeconds} s each, loopback, ${cache}\n`,
    );
    console.log('| request | requests/s | p50 (ms) | p99 (ms) | other responses | target |');
    console.log('|---|---:|---:|---:|---:|---|');
    console.log(`| the ${all.length.toLocaleString('en')} clusters' agenda.ics once each (4 at a time), first poll after publication | ${Math.round(all.length / warmSeconds).toLocaleString('en')} | | | | ${warmSeconds.toFixed(1)} s in all |`);
    for (const scenario of scenarios) {
      // A short warm-up (JIT, first renders), not counted.
      await measure(service, scenario, options, 2);
      const f = await measure(service, scenario, options, options.durationSeconds);
      console.log(`| ${scenario.name} | ${Math.round(f.rps).toLocaleString('en')} | ${f.p50} | ${f.p99} | ${f.unexpected} | ${scenario.target} |`);
    }
  } finally {
    await service?.stop();
    await redis.stop();
  }
}
