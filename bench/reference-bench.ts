/**
 * The solver beside an exact reference (issue 10, items 4 and 7): for each
 * family of `families.ts`, the solver and then HiGHS on the same event, each
 * in a child process of its own (`measure.ts`) so that their peak memory
 * does not mix and a reference that runs out of memory or time cannot stop
 * the benchmark. Prints two Markdown tables (figures; targets) and the
 * exponent of solve time against the number of requests.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import loadHighs from 'highs';
import { FAMILIES, type Family } from './families';
import { fitExponent } from './fit';
import type { ModelKind } from './highs-model';
import type { ReferenceResult } from './highs-reference';
import type { Job, Measured, SolverFigures } from './measure';
import { judge } from './targets';

/** Options of {@link benchReference}. */
export interface ReferenceBenchOptions {
  /** The solver's time limit, as the CLI's `--time-limit`. @defaultValue 30000 */
  timeLimitMs?: number;
  /** HiGHS's time cap per event, in seconds. @defaultValue 120 */
  capSeconds?: number;
  /** Ids of the families to run. @defaultValue every family */
  families?: readonly string[];
}

/** Time a child may take beyond its own limit (building the event and the program) before it is ended. */
const GRACE_MS = 180_000;

/** Runs one job in a child process; a child that dies or overruns gives `ok: false` with the reason. */
function measure(job: Job, limitMs: number): Promise<Measured> {
  return new Promise((resolve) => {
    const child = fork(join(__dirname, 'measure.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer: Measured | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs + GRACE_MS);
    child.on('message', (m: Measured) => (answer = m));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(answer ?? { ok: false, error: signal === 'SIGKILL' ? `ended after ${Math.round((limitMs + GRACE_MS) / 1000)} s` : `exited (${signal ?? code}) without an answer`, rssMb: NaN });
    });
    child.send(job);
  });
}

const n = (x: number | undefined) => (x === undefined ? '–' : Number.isInteger(x) ? x.toLocaleString('en') : x.toLocaleString('en', { maximumFractionDigits: 1 }));

/** HiGHS's answer in words: the optimum, or how far it got. */
function referenceText(r: ReferenceResult | undefined, error: string | undefined, minCovered: number | undefined, cap: number): string {
  if (!r) return error ? `skipped: ${error}` : '–';
  if (r.kind === 'lp' || r.aggregated) {
    const name = `${r.aggregated ? 'pair-by-pair ' : ''}${r.kind === 'lp' ? 'LP' : 'MIP'}`;
    const at = minCovered === undefined ? '' : ` (on the value at coverage ≥ ${n(minCovered)})`;
    const proof = r.kind === 'mip' && r.status !== 'optimal' ? `, not proven in ${cap} s` : '';
    if (r.valueBound !== undefined) return `${name} bound ${n(Math.round(r.valueBound * 10) / 10)}${at}${proof}`;
    return r.status === 'time limit' ? `${name} not solved in ${cap} s` : `${name}: ${r.status}`;
  }
  if (r.idle !== undefined || r.idleLowerBound !== undefined) {
    if (r.status === 'optimal') return `all placed; least idle ${r.idle}`;
    return `not proven in ${cap} s: idle ${r.idle ?? '–'}, ≥ ${r.idleLowerBound ?? '–'}`;
  }
  const cover = r.coverageBound !== undefined && r.covered !== undefined ? `, ${r.covered} covered` : '';
  if (r.status === 'optimal') return `optimum ${n(r.value)}${cover}`;
  if (r.status === 'time limit') {
    const best = r.value === undefined ? 'no schedule' : `best ${n(r.value)}${cover}`;
    const bound = r.valueBound === undefined ? '' : `, bound ${n(Math.floor(r.valueBound + 1e-6))}${r.coverageBound !== undefined ? ` (coverage ≤ ${r.coverageBound})` : ''}`;
    return `not proven in ${cap} s: ${best}${bound}`;
  }
  return r.status;
}

/** The solver's value against HiGHS: share of the optimum or of the bound. */
function versus(s: SolverFigures, r: ReferenceResult | undefined): string {
  if (!r || s.value === undefined) return '–';
  if (r.idleLowerBound !== undefined && s.idle !== undefined) {
    if (r.status === 'optimal') return s.idle === r.idle ? 'idle = least' : `idle ${s.idle - r.idle!} above the least`;
    return `idle ≥ ${r.idleLowerBound}`;
  }
  const gap = (ref: number) => (ref > 0 ? `${((100 * (ref - s.value!)) / ref).toFixed(2)} %` : '0 %');
  if (r.kind === 'mip' && r.status === 'optimal' && r.value !== undefined) return `gap ${gap(r.value)}${r.coverageBound !== undefined && s.covered !== r.covered ? `, covered ${s.covered} vs ${r.covered}` : ''}`;
  if (r.valueBound !== undefined) return `${gap(r.valueBound)} below the ${r.kind === 'lp' ? 'LP' : 'MIP'} bound`;
  return '–';
}

interface Row {
  family: Family;
  solver?: SolverFigures & { rssMb: number };
  solverError?: string;
  reference?: ReferenceResult & { rssMb: number };
  referenceError?: string;
  /** `"fair"` LP: the coverage its value bound assumes (the solver's). */
  minCovered?: number;
  /** True when the event's objective is `"fair"`. */
  fair: boolean;
}

/** Runs every family, prints the tables and the fit, and returns the rows. */
export async function benchReference(options: ReferenceBenchOptions = {}): Promise<Row[]> {
  const timeLimitMs = options.timeLimitMs ?? 30_000;
  const cap = options.capSeconds ?? 120;
  const chosen = options.families ? FAMILIES.filter((f) => options.families!.includes(f.id)) : FAMILIES;
  const highs = await loadHighs();
  console.log(`\nSolver beside HiGHS ${highs.version.string} (WebAssembly, one thread), solver time limit ${timeLimitMs / 1000} s, HiGHS capped at ${cap} s per event (less where a family says so); each run in its own process\n`);

  const rows: Row[] = [];
  for (const family of chosen) {
    const row: Row = { family, fair: family.event().event.objective !== 'total' };
    rows.push(row);
    const s = await measure({ what: 'solver', family: family.id, timeLimitMs }, timeLimitMs);
    if (s.ok && 'solver' in s) row.solver = { ...s.solver, rssMb: s.rssMb };
    else row.solverError = s.ok ? 'no figures' : s.error;
    if (family.reference === 'none') continue;
    const relaxed = family.reference !== 'mip' && family.reference !== 'idle-mip';
    // A relaxation of "fair" bounds the value of the schedules that cover as many clusters as the solver's.
    if (row.fair && relaxed) row.minCovered = row.solver?.covered ?? 0;
    const model: ModelKind = {
      kind: family.reference === 'lp' || family.reference === 'aggregated-lp' ? 'lp' : 'mip',
      ...(family.reference === 'idle-mip' ? { idle: true } : {}),
      ...(family.reference === 'aggregated-lp' ? { aggregated: true } : {}),
      ...(row.minCovered === undefined ? {} : { minCovered: row.minCovered }),
    };
    const limit = Math.min(cap, family.capSeconds ?? cap);
    const job: Job = { what: 'reference', family: family.id, timeLimitSeconds: limit, model };
    const r = await measure(job, limit * 1000);
    if (r.ok && 'reference' in r) row.reference = { ...r.reference, rssMb: r.rssMb };
    else row.referenceError = r.ok ? 'no figures' : r.error;
    process.stderr.write(`  ${family.id} done\n`);
  }
  printTables(rows, cap);
  printFit(rows);
  return rows;
}

/** Figures of a solve that gave none, for the goal's text alone. */
const FAILED = { status: 'failed', ms: NaN, clusters: 0, requests: 0, required: 0, rssMb: NaN };

function printTables(rows: Row[], cap: number): void {
  console.log('| event | HiGHS columns | solver time | peak RSS | status | meetings | covered | value | upper bound | idle (lower bound) | checker | HiGHS | HiGHS time | HiGHS RSS | solver vs HiGHS |');
  console.log('|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---|---:|---:|---|');
  for (const { family, solver: s, solverError, reference: r, referenceError, minCovered } of rows) {
    const limit = Math.min(cap, family.capSeconds ?? cap);
    const idle = s?.idle === undefined ? '–' : `${s.idle} (${s.idleLowerBound ?? '–'})${s.idleOptimal ? ' proven' : ''}`;
    const checker = s?.violations === undefined ? '–' : s.violations === 0 ? 'valid' : `${s.violations} violations`;
    console.log(
      [
        family.label,
        r ? n(r.columns) : '–',
        s ? `${n(Math.round(s.ms))} ms${s.warmMs === undefined ? '' : ` (warm ${n(Math.round(s.warmMs))})`}` : `failed: ${solverError}`,
        s ? `${Math.round(s.rssMb)} MB` : '–',
        s?.status ?? '–',
        s?.meetings === undefined ? '–' : s.required > 0 ? `${n(s.meetings)} (${n(s.required)} required)` : n(s.meetings),
        s?.covered === undefined ? '–' : `${s.covered}/${s.clusters}`,
        n(s?.value),
        n(s?.upperBound),
        idle,
        checker,
        family.reference === 'none' ? '(not run)' : referenceText(r, referenceError, minCovered, limit),
        r ? `${r.seconds.toFixed(1)} s` : '–',
        r ? `${Math.round(r.rssMb)} MB` : '–',
        s ? versus(s, r) : '–',
      ].join(' | ').replace(/^/, '| ').replace(/$/, ' |'),
    );
  }

  console.log('\n| event | target | measured | met |');
  console.log('|---|---|---|---|');
  for (const { family, solver: s, solverError, reference: r, fair } of rows) {
    if (family.target.kind === 'none') continue;
    if (!s) {
      console.log(`| ${family.label} | ${judge(family.target, FAILED, undefined, false, cap).goal} | the solver failed: ${solverError} | **missed** |`);
      continue;
    }
    const v = judge(family.target, s, r, fair, Math.min(cap, family.capSeconds ?? cap));
    console.log(`| ${family.label} | ${v.goal} | ${v.measured} | ${v.met === undefined ? 'cannot tell' : v.met ? '**met**' : '**missed**'} |`);
  }
}

function printFit(rows: Row[]): void {
  const points = rows.filter((row) => row.family.scaling && row.solver).map((row) => ({ x: row.solver!.requests, y: row.solver!.ms, cut: row.solver!.status === 'timedout' }));
  if (points.length < 2) return;
  points.sort((a, b) => a.x - b.x);
  const within = points.filter((p) => !p.cut);
  // A solve cut by the time limit measures the limit, not the growth: the fit is given without those too.
  const partial = within.length < points.length && within.length >= 2 ? `; without the solves cut by the time limit: requests^${fitExponent(within).toFixed(2)}` : '';
  console.log(
    `\nSolve time against requests (national shape; ${points.map((p) => `${n(p.x)}: ${n(Math.round(p.y))} ms${p.cut ? ' (cut by the time limit)' : ''}`).join('; ')}): time ∝ requests^${fitExponent(points).toFixed(2)} (least squares on log–log)${partial}`,
  );
}
