import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSchedule, validateEvent } from '../../solver';
import type { EventFile, Schedule } from '../../solver/model/types';
import { reportError, run } from '../../src/cli/main';
import { acceptSolveResult } from '../../src/app/solve-schedule';
import { solveOutOfTime } from '../support/out-of-time';
import { explainUnmet } from '../../src/i18n/explain';
import { explainEn } from '../../src/i18n/en/explain';
import { explainFr } from '../../src/i18n/fr/explain';

const ROOT = join(__dirname, '..', '..');
const fixture = (name: string) => join(ROOT, 'fixtures', name);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

interface Outcome {
  code: number;
  out: string;
  err: string;
}

/** `maillage <argv>` in-process, output captured. */
async function cli(...argv: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** `node bin/maillage.js <argv>` in a child process. */
function bin(...argv: string[]): Outcome {
  const child = spawnSync(process.execPath, [join(ROOT, 'bin', 'maillage.js'), ...argv], { cwd: ROOT, encoding: 'utf8' });
  return { code: child.status ?? -1, out: child.stdout, err: child.stderr };
}

const STACK_LINE = /^\s+at /m;

/** The six problems of fixtures/invalide.json, by path. */
const INVALID_PATHS = ['event.timezone', 'event.sessions[0].end', 'clusters[3].id', 'requests[1].to', 'requests[2].to', 'requests[3].priority'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('maillage solve', () => {
  const event = readJson<EventFile>(fixture('interclustering-2015.json'));

  const nameOf = (id: string) => event.clusters.find((c) => c.id === id)?.name ?? id;
  const noId = (id: string) => new RegExp(`(?<![\\w.@-])${id}(?![\\w.@-])`);
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it('prints a summary in French: the rounds grid, the proof and the value against its bound', async () => {
    const { code, out, err } = await cli('solve', fixture('interclustering-2015.json'));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('Journée Interclustering Auvergne – Rhône-Alpes — 7 tours, 20 tables, objectif « équité »');
    for (let k = 1; k <= 7; k++) expect(out).toMatch(new RegExp(`^Tour ${k}  2015-09-10 \\d\\d:\\d\\d–\\d\\d:\\d\\d  \\(\\d+ rencontres?\\)$`, 'm'));
    expect(out).toContain('optimum prouvé');
    const [, value, bound] = /^Valeur (\d+) \/ borne supérieure (\d+) — /m.exec(out) ?? [];
    expect(value).toBeDefined();
    expect(bound).toBe(value);
    expect(out).toContain(`40/${event.clusters.length} clusters avec au moins une rencontre`);
    expect(out).toMatch(/^Rencontres par cluster : \d+ avec 3/m);
  });

  it('names the clusters of each meeting and gives each unmet request its cause in French, with no id', async () => {
    const file = join(dir, 'named', 'schedule.json');
    const { code, out } = await cli('solve', fixture('interclustering-2015.json'), '--out', file);
    expect(code).toBe(0);
    const schedule = readJson<Schedule>(file);
    const summary = out.slice(0, out.indexOf('\nPlanning écrit dans '));
    for (const m of schedule.meetings) {
      const pair = `${nameOf(m.clusters[0])} ↔ ${nameOf(m.clusters[1])}`;
      expect(summary).toMatch(new RegExp(`^  ${m.table} +${literal(pair)}  valeur ${m.value}$`, 'm'));
    }
    expect(schedule.unmet.length).toBeGreaterThan(0);
    expect(summary).toContain(`Demandes non satisfaites (${schedule.unmet.length}) :`);
    for (const u of schedule.unmet) {
      expect(summary).toContain(`\n  ${nameOf(u.from)} → ${nameOf(u.to)} : ${explainUnmet(u, nameOf, explainFr)}\n`);
      expect(summary).not.toContain(u.reason);
    }
    for (const c of event.clusters) expect(summary).not.toMatch(noId(c.id));
    expect(summary).not.toMatch(/\b(round|meetings?|value|choice|reached its cap|covered)\b/i);
  });

  it('prints the CLI summary in English with --lang en', async () => {
    const file = join(dir, 'english', 'schedule.json');
    const { code, out, err } = await cli('solve', fixture('interclustering-2015.json'), '--lang', 'en', '--out', file);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const schedule = readJson<Schedule>(file);
    expect(out).toContain('Journée Interclustering Auvergne – Rhône-Alpes — 7 rounds, 20 tables, objective "fair"');
    for (let k = 1; k <= 7; k++) expect(out).toMatch(new RegExp(`^Round ${k} `, 'm'));
    expect(out).toContain(`Value ${schedule.stats.value} / upper bound ${schedule.stats.upperBound} — proven optimal; 40/40 clusters covered`);
    expect(out).toMatch(/^Meetings per cluster: /m);
    const u = schedule.unmet[0];
    expect(out).toContain(`\n  ${nameOf(u.from)} → ${nameOf(u.to)}: ${explainUnmet(u, nameOf, explainEn)}\n`);
    expect(out).toContain(`Schedule written to ${file}`);
    for (const c of event.clusters) expect(out).not.toMatch(noId(c.id));
  });

  it('writes a valid schedule with --out, and says so in French', async () => {
    const file = join(dir, 'nested', 'schedule.json');
    const { code, out } = await cli('solve', fixture('interclustering-2015.json'), '--out', file);
    expect(code).toBe(0);
    expect(out).toContain(`Planning écrit dans ${file}`);
    const schedule = readJson<Schedule>(file);
    expect(checkSchedule(event, schedule)).toEqual([]);
    expect(schedule.stats.optimal).toBe(true);
    expect(out).toContain(`Valeur ${schedule.stats.value} / borne supérieure ${schedule.stats.upperBound}`);
  });

  it('prints the schedule JSON with --json, and nothing else', async () => {
    const { code, out } = await cli('solve', fixture('deux-sessions.json'), '--json', '--seed', '7', '--time-limit', '20');
    expect(code).toBe(0);
    const schedule = JSON.parse(out) as Schedule;
    expect(checkSchedule(readJson<EventFile>(fixture('deux-sessions.json')), schedule)).toEqual([]);
    expect(schedule.rounds).toHaveLength(6);
  });

  it('prints the same schedule JSON with --json whatever --lang says', async () => {
    const fr = JSON.parse((await cli('solve', fixture('contraintes.json'), '--json', '--seed', '3')).out) as Schedule;
    const en = JSON.parse((await cli('solve', fixture('contraintes.json'), '--json', '--seed', '3', '--lang', 'en')).out) as Schedule;
    expect({ ...en, stats: { ...en.stats, solveMs: 0 } }).toEqual({ ...fr, stats: { ...fr.stats, solveMs: 0 } });
    expect(fr.meetings.every((m) => m.why.length > 0 && m.reasons.length > 0)).toBe(true);
  });

  it('gives the same schedule for the same --seed', async () => {
    const first = JSON.parse((await cli('solve', fixture('contraintes.json'), '--json', '--seed', '3')).out) as Schedule;
    const second = JSON.parse((await cli('solve', fixture('contraintes.json'), '--json', '--seed', '3')).out) as Schedule;
    expect({ ...second, stats: { ...second.stats, solveMs: 0 } }).toEqual({ ...first, stats: { ...first.stats, solveMs: 0 } });
  });

  it('solves every valid fixture into a valid schedule', async () => {
    for (const name of ['changement-heure.json', 'changement-heure-printemps.json', 'disponibilites-partielles.json', 'contraintes.json']) {
      const { code, out } = await cli('solve', fixture(name), '--json');
      expect({ name, code }).toEqual({ name, code: 0 });
      expect(checkSchedule(readJson<EventFile>(fixture(name)), JSON.parse(out) as Schedule)).toEqual([]);
    }
  });

  it('exits 2 on an invalid event, one located line per problem', async () => {
    const { code, out, err } = await cli('solve', fixture('invalide.json'));
    expect(code).toBe(2);
    expect(out).toBe('');
    const lines = err.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.map((l) => l.slice(0, l.indexOf(': '))).sort()).toEqual([...INVALID_PATHS].sort());
    expect(err).not.toMatch(STACK_LINE);
  });

  it('exits 2 with a located message when mustMeet pairs cannot all be scheduled', async () => {
    const file = join(dir, 'triangle.json');
    const triangle: EventFile = {
      event: { id: 't', name: 'Triangle', timezone: 'Europe/Paris', sessions: [{ date: '2026-06-11', start: '09:00', end: '09:45' }], meetingMinutes: 20, changeoverMinutes: 5 },
      clusters: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }],
      constraints: { mustMeet: [['a', 'b'], ['b', 'c'], ['a', 'c']] },
    };
    expect(validateEvent(triangle).ok).toBe(true);
    writeFileSync(file, JSON.stringify(triangle));
    const { code, err } = await cli('solve', file);
    expect(code).toBe(2);
    expect(err).toMatch(/^constraints\.mustMeet: .*cannot all be scheduled/m);
    expect(err).not.toMatch(STACK_LINE);
  });

  it('exits 1, not 2, when the solve ran out of time before placing the required meetings, and says so', () => {
    const err: string[] = [];
    let thrown: unknown;
    try {
      acceptSolveResult(solveOutOfTime());
    } catch (error) {
      thrown = error;
    }
    expect(reportError(thrown, { err: (t) => err.push(t) })).toBe(1);
    expect(err.join('\n')).toMatch(/^constraints\.mustMeet: no schedule of the 3 mustMeet pair\(s\) was found within the time limit/m);
    expect(err.join('\n')).not.toMatch(STACK_LINE);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--time-limit', 'abc'], /--time-limit: "abc" is not a valid number of seconds/],
    [['--time-limit', '0'], /--time-limit: "0"/],
    [['--seed', '1.5'], /--seed: "1.5" is not a valid whole number/],
    [['--lang', 'de'], /^maillage: --lang: "de" is not a supported language \(use fr or en\)$/m],
    [['--lang', 'FR'], /--lang: "FR" is not a supported language/],
    [['--lang='], /--lang: "" is not a supported language/],
  ])('exits 2 on bad options %j', async (options, message) => {
    const { code, out, err } = await cli('solve', fixture('contraintes.json'), ...options);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).not.toMatch(STACK_LINE);
  });

  it('exits 2 without an event file, or with two', async () => {
    expect((await cli('solve')).code).toBe(2);
    expect((await cli('solve', fixture('contraintes.json'), fixture('deux-sessions.json'))).code).toBe(2);
  });
});

describe('maillage validate', () => {
  it('exits 0 on a valid event and says what it holds', async () => {
    const { code, out, err } = await cli('validate', fixture('interclustering-2015.json'));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('valid event file "interclustering-2015-lyon" (40 clusters, 109 requests)');
  });

  it('exits 2 on the invalid fixture with six located lines', async () => {
    const { code, err } = await cli('validate', fixture('invalide.json'));
    expect(code).toBe(2);
    const lines = err.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines).toEqual(
      expect.arrayContaining([
        'event.timezone: "Europe/Lyon" is not an IANA time zone',
        'requests[1].to: unknown cluster "personne"',
        expect.stringMatching(/^event\.sessions\[0\]\.end: "25:99" is not a time/),
      ]),
    );
  });

  it('exits 2 on truncated JSON, naming file:line:col', async () => {
    const text = readFileSync(fixture('deux-sessions.json'), 'utf8');
    const file = join(dir, 'tronque.json');
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    const { code, err } = await cli('validate', file);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: not valid JSON`));
    expect(err.split('\n')).toHaveLength(1);
    expect(err).not.toMatch(STACK_LINE);
  });

  it('exits 2 on an empty file or one that is not a JSON object', async () => {
    const empty = join(dir, 'vide.json');
    writeFileSync(empty, '');
    const a = await cli('validate', empty);
    expect(a.code).toBe(2);
    expect(a.err).toContain(`${empty}: not valid JSON`);
    const list = join(dir, 'liste.json');
    writeFileSync(list, '[1, 2]');
    const b = await cli('validate', list);
    expect(b.code).toBe(2);
    expect(b.err).toBe('(file): must be a JSON object');
  });

  it('exits 2 on a missing file or a directory', async () => {
    const missing = join(dir, 'absent.json');
    expect(await cli('validate', missing)).toEqual({ code: 2, out: '', err: `${missing}: no such file` });
    const asDir = await cli('validate', dir);
    expect(asDir.code).toBe(2);
    expect(asDir.err).toBe(`${dir}: is a directory`);
  });

  it('exits 2 on an unknown command, and prints the usage', async () => {
    const { code, err } = await cli('resoudre', fixture('contraintes.json'));
    expect(code).toBe(2);
    expect(err).toContain('unknown command "resoudre"');
    expect(err).toContain('Usage:');
  });
});

describe('the built bin/maillage.js', () => {
  beforeAll(() => {
    // Compiles to dist/ as `npm run build` does. A type error elsewhere still emits JavaScript; the tests below judge the result.
    spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))).toBe(true);
  }, 120_000);

  it('solves the fixture and exits 0', () => {
    const { code, out, err } = bin('solve', 'fixtures/interclustering-2015.json');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('optimum prouvé');
  });

  it('rejects --lang de with exit code 2 and the usage, without a stack trace', () => {
    const { code, out, err } = bin('solve', 'fixtures/interclustering-2015.json', '--lang', 'de');
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(/^maillage: --lang: "de" is not a supported language \(use fr or en\)\nUsage:/);
    expect(err).toContain('[--lang fr|en]');
    expect(err).not.toMatch(STACK_LINE);
  });

  it('exits 2 on the invalid fixture with six located lines and no stack trace', () => {
    const { code, out, err } = bin('validate', 'fixtures/invalide.json');
    expect(code).toBe(2);
    expect(out).toBe('');
    const lines = err.trimEnd().split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf(': '))).sort()).toEqual([...INVALID_PATHS].sort());
    expect(err).not.toMatch(STACK_LINE);
  });

  it('exits 2 on truncated JSON and on a missing file, without a stack trace', () => {
    const file = join(dir, 'coupe.json');
    writeFileSync(file, '{\n  "event": {\n    "id": "x",\n');
    const truncated = bin('solve', file);
    expect(truncated.code).toBe(2);
    expect(truncated.err).toMatch(/coupe\.json:\d+:\d+: not valid JSON/);
    const missing = bin('solve', join(dir, 'absent.json'));
    expect(missing.code).toBe(2);
    for (const { err } of [truncated, missing]) expect(err).not.toMatch(STACK_LINE);
  });
});
