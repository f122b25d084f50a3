/**
 * `npm run bench`: solves the fixture and seeded random events of 40, 60,
 * 150, 300 and 1,000 clusters, checks every schedule with the independent checker,
 * and prints a Markdown table of time and value against the upper bound;
 * then the event families beside HiGHS (`reference-bench.ts`); then re-plans the
 * rest of the day with absences (`replan-bench.ts`); then sends invitations to
 * 1,000 clusters through the mail queue (`mail-bench.ts`); then measures the calendars
 * under load (`calendars.ts`); then solves cut by their time limit
 * (`time-limit-bench.ts`); then queued solves through the
 * service with one and two worker processes (`service-bench.ts`); then 100
 * concurrent clients while a 1,000-cluster solve's worker is killed (`load-scenario.ts`).
 *
 * Options: `--seeds <n>` random events per size (default 3), `--time-limit <s>` (default 30, as the CLI),
 * `--highs-limit <s>` HiGHS's cap per event (default 120), `--family <id,id…>` the families to run beside HiGHS (default all),
 * `--duration <s>` of each calendar measurement (default 10), `--service-time-limit <s>` of each solve through
 * the service (default 10), `--replan-time-limit <s>` of each solve of the re-planning part (default 10),
 * `--mail-clusters <n>` clusters invited by the mail part (default 1000),
 * `--only solver|reference|limits|replan|mail|calendars|service|load` to run one part
 * (`npm run bench:calendars` is `--only calendars`).
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { checkSchedule, solve, type EventFile } from '../solver';
import { benchCalendars } from './calendars';
import { loadReport, runLoadScenario } from './load-scenario';
import { benchReference } from './reference-bench';
import { randomEvent, type RandomEventOptions } from './random-event';
import { benchReplan } from './replan-bench';
import { benchMail } from './mail-bench';
import { benchService } from './service-bench';
import { benchTimeLimits } from './time-limit-bench';

interface Case {
  name: string;
  event: EventFile;
}

const SIZES: Array<{ label: string; options: RandomEventOptions }> = [
  { label: '40 clusters, 7 rounds, 20 tables, cap 3', options: { clusters: 40, rounds: 7, tables: 20, cap: 3 } },
  { label: '60 clusters, 4 rounds, 12 tables, cap 3', options: { clusters: 60, rounds: 4, tables: 12, cap: 3 } },
  { label: '60 clusters, 3 rounds, 6 tables, cap 2', options: { clusters: 60, rounds: 3, tables: 6, cap: 2 } },
  { label: '150 clusters, 10 rounds, 40 tables', options: { clusters: 150, rounds: 10, tables: 40, partialAvailability: 0.2 } },
  { label: '300 clusters, 10 rounds, 80 tables', options: { clusters: 300, rounds: 10, tables: 80, partialAvailability: 0.2 } },
  { label: '1,000 clusters, 12 rounds, 200 tables', options: { clusters: 1000, rounds: 12, tables: 200, sessions: 2, partialAvailability: 0.2 } },
];

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number`);
  return value;
}

function cases(seeds: number): Case[] {
  const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'interclustering-2015.json'), 'utf8')) as EventFile;
  const list: Case[] = [{ name: 'fixture interclustering-2015 (40 clusters)', event: fixture }];
  for (const { label, options } of SIZES) {
    for (let s = 1; s <= seeds; s++) list.push({ name: `${label}, seed ${s}`, event: randomEvent(s, options) });
  }
  return list;
}

const PARTS = ['solver', 'reference', 'limits', 'replan', 'mail', 'calendars', 'service', 'load'] as const;

function only(): (typeof PARTS)[number] | undefined {
  const at = process.argv.indexOf('--only');
  if (at === -1) return undefined;
  const part = PARTS.find((p) => p === process.argv[at + 1]);
  if (!part) throw new RangeError(`--only must be one of ${PARTS.join(', ')}`);
  return part;
}

function families(): string[] | undefined {
  const at = process.argv.indexOf('--family');
  return at === -1 ? undefined : (process.argv[at + 1] ?? '').split(',');
}

function benchSolver(): void {
  const seeds = argument('--seeds', 3);
  const timeLimitMs = argument('--time-limit', 30) * 1000;
  console.log(`Solver, time limit ${timeLimitMs / 1000} s\n`);
  console.log('| event | requests | status | time (ms) | covered | meetings | value | upper bound | gap | idle | checker |');
  console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const { name, event } of cases(seeds)) {
    const started = performance.now();
    const result = solve(event, { seed: 1, now: () => performance.now(), timeLimitMs });
    const ms = Math.round(performance.now() - started);
    const schedule = result.schedule;
    if (!schedule) {
      console.log(`| ${name} | | ${result.status} | ${ms} | | | | | | | |`);
      continue;
    }
    const { stats } = schedule;
    const gap = stats.upperBound > 0 ? `${((100 * (stats.upperBound - stats.value)) / stats.upperBound).toFixed(1)} %` : '0 %';
    const violations = checkSchedule(event, schedule);
    console.log(
      `| ${name} | ${event.requests?.length ?? 0} | ${result.status} | ${ms} | ${stats.covered}/${event.clusters.length} | ${stats.meetings} | ${stats.value} | ${stats.upperBound} | ${gap} | ${stats.idleRounds} | ${violations.length === 0 ? 'valid' : `${violations.length} violations`} |`,
    );
  }
}

async function main(): Promise<void> {
  const part = only();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`maillage bench — Node.js ${process.version}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB\n`);
  if (part === undefined || part === 'solver') benchSolver();
  if (part === undefined || part === 'reference') {
    await benchReference({ timeLimitMs: argument('--time-limit', 30) * 1000, capSeconds: argument('--highs-limit', 120), families: families() });
  }
  if (part === undefined || part === 'replan') benchReplan({ timeLimitMs: argument('--replan-time-limit', 10) * 1000 });
  if (part === undefined || part === 'mail') await benchMail({ clusters: argument('--mail-clusters', 1000) });
  if (part === undefined || part === 'calendars') await benchCalendars({ durationSeconds: argument('--duration', 10) });
  if (part === undefined || part === 'limits') await benchTimeLimits();
  if (part === undefined || part === 'service') await benchService({ timeLimitSeconds: argument('--service-time-limit', 10) });
  if (part === undefined || part === 'load') console.log(loadReport(await runLoadScenario()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
