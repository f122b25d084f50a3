import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventFile, Schedule } from '../../solver';
import { byUid, parseBoth } from '../calendar/parse-ics';
import { parseCsv } from '../support/parse-csv';
import { cli, fixture, readJson, tempDir, withoutRunTime } from './run-cli';

const tmp = tempDir('export');
afterAll(() => tmp.remove());

const EVENT = fixture('contraintes.json');
const event = readJson<EventFile>(EVENT);
const SAVED = join(tmp.dir, 'schedule.json');
const SOLVED_ICS = join(tmp.dir, 'solved');
let schedule: Schedule;

/** Writes a JSON file in the temporary directory and returns its path. */
function save(name: string, value: unknown): string {
  const file = join(tmp.dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

beforeAll(async () => {
  const solved = await cli('solve', EVENT, '--out', SAVED, '--ics', SOLVED_ICS, '--seed', '1', '--time-limit', '5');
  expect(solved.code).toBe(0);
  schedule = readJson<Schedule>(SAVED);
});

describe('maillage export --ics', () => {
  it('writes the same calendars as solve --ics, but for the time they were made', async () => {
    const dir = join(tmp.dir, 'exported');
    const res = await cli('export', EVENT, SAVED, '--ics', dir);
    expect(res).toMatchObject({ code: 0, err: '' });
    const files = readdirSync(SOLVED_ICS).sort();
    expect(readdirSync(dir).sort()).toEqual(files);
    expect(res.out).toBe(`Calendriers écrits dans ${dir} : event.ics et ${files.length - 1} agendas de clusters`);
    for (const file of files) {
      expect(withoutRunTime(readFileSync(join(dir, file), 'utf8'))).toBe(withoutRunTime(readFileSync(join(SOLVED_ICS, file), 'utf8')));
    }
  });

  it('gives the right instants on the night summer time ends', async () => {
    const dstEvent = fixture('changement-heure.json');
    const saved = join(tmp.dir, 'dst-schedule.json');
    expect((await cli('solve', dstEvent, '--out', saved, '--seed', '1', '--time-limit', '5')).code).toBe(0);
    const dst = readJson<Schedule>(saved);
    const dir = join(tmp.dir, 'dst');
    expect((await cli('export', dstEvent, saved, '--ics', dir)).code).toBe(0);
    const id = readJson<EventFile>(dstEvent).event.id;
    for (const parsed of Object.values(parseBoth(readFileSync(join(dir, 'event.ics'), 'utf8')))) {
      const events = byUid(parsed.events);
      expect(events.size).toBe(dst.meetings.length);
      for (const m of dst.meetings) {
        const e = events.get(`${id}-${[...m.clusters].sort().join('-')}@maillage`)!;
        expect([e.start, e.end]).toEqual([Date.parse(m.start), Date.parse(m.end)]);
      }
    }
  });

  it('refuses, before writing anything, a cluster whose file would overwrite event.ics', async () => {
    const renamed = JSON.parse(JSON.stringify(event).replaceAll('"viameca"', '"Event"')) as EventFile;
    const savedSchedule = JSON.parse(JSON.stringify(schedule).replaceAll('"viameca"', '"Event"')) as Schedule;
    // Keep the pair order of the checker: ids ascending in each meeting.
    for (const m of savedSchedule.meetings) m.clusters.sort();
    const eventFile = save('clash-event.json', renamed);
    const scheduleFile = save('clash-schedule.json', savedSchedule);
    expect(savedSchedule.meetings.some((m) => m.clusters.includes('Event'))).toBe(true);
    const dir = join(tmp.dir, 'clash');
    const res = await cli('export', eventFile, scheduleFile, '--ics', dir);
    expect(res.code).toBe(2);
    const index = renamed.clusters.findIndex((c) => c.id === 'Event');
    expect(res.err).toBe(`clusters[${index}].id: "Event" would be written to the same file as event.ics: rename the cluster to export its calendar`);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('maillage export --csv', () => {
  it('writes one row per meeting under a header, with a BOM', async () => {
    const file = join(tmp.dir, 'csv', 'schedule.csv');
    const res = await cli('export', EVENT, SAVED, '--csv', file);
    expect(res).toEqual({ code: 0, out: `CSV écrit dans ${file} (${schedule.meetings.length} rencontres)`, err: '' });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header[0]).toBe('Tour');
    expect(rows.map((r) => `${r[0]}|${r[3]}|${r[4]}|${r[6]}`).sort()).toEqual(
      schedule.meetings.map((m) => `${m.round}|${m.table}|${m.clusters[0]}|${m.clusters[1]}`).sort(),
    );
  });

  it('writes the header and the reasons in English with --lang en', async () => {
    const file = join(tmp.dir, 'csv', 'schedule.en.csv');
    const res = await cli('export', EVENT, SAVED, '--csv', file, '--lang', 'en');
    expect(res).toEqual({ code: 0, out: `CSV written to ${file} (${schedule.meetings.length} meetings)`, err: '' });
    const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
    expect(header[0]).toBe('Round');
    const nameOf = (id: string) => event.clusters.find((c) => c.id === id)!.name;
    const mutual = rows.find((r) => / asked to meet |Mutual request/.test(r[9]))!;
    expect(mutual[9]).toMatch(new RegExp(`(${nameOf(mutual[4])}|${nameOf(mutual[6])})`));
  });

  it('writes the reasons of a saved schedule in French, from its why', async () => {
    const file = join(tmp.dir, 'csv', 'schedule.fr.csv');
    expect((await cli('export', EVENT, SAVED, '--csv', file)).code).toBe(0);
    const rows = parseCsv(readFileSync(file, 'utf8')).slice(1);
    expect(rows.every((r) => r[9] !== '')).toBe(true);
    for (const r of rows) for (const reason of schedule.meetings.flatMap((m) => m.reasons)) expect(r[9]).not.toContain(reason);
  });
});

describe('maillage export of a schedule written before why and cause', () => {
  it('recomputes the explanations from the event and writes the same CSV', async () => {
    const old = {
      ...schedule,
      meetings: schedule.meetings.map(({ why: _why, ...m }) => m),
      unmet: schedule.unmet.map(({ cause: _cause, ...u }) => u),
    };
    const current = join(tmp.dir, 'csv-now', 'schedule.csv');
    const before = join(tmp.dir, 'csv-old', 'schedule.csv');
    expect((await cli('export', EVENT, SAVED, '--csv', current)).code).toBe(0);
    const res = await cli('export', EVENT, save('old-schedule.json', old), '--csv', before);
    expect(res).toMatchObject({ code: 0, err: '' });
    expect(readFileSync(before, 'utf8')).toBe(readFileSync(current, 'utf8'));
  });
});

describe('maillage export usage', () => {
  it.each([
    [['export', EVENT, SAVED], 'export needs exactly one of --ics <dir> or --csv <file>'],
    [['export', EVENT, SAVED, '--ics', 'a', '--csv', 'b.csv'], 'export needs exactly one of --ics <dir> or --csv <file>'],
    [['export', EVENT, '--csv', 'b.csv'], 'export takes an event file and a schedule file'],
    [['export', EVENT, SAVED, '--csv='], '--csv needs a path'],
    [['export', EVENT, SAVED, '--pdf', 'x'], "Unknown option '--pdf'"],
    [['export', EVENT, SAVED, '--csv', 'b.csv', '--lang', 'de'], '--lang: "de" is not a supported language (use fr or en)'],
  ])('rejects %j with exit code 2 and the usage', async (argv, message) => {
    const res = await cli(...argv);
    expect(res.code).toBe(2);
    expect(res.err).toContain(`maillage: ${message}`);
    expect(res.err).toContain('maillage export <event.json> <schedule.json> (--ics <dir> | --csv <file>) [--lang fr|en]');
  });
});

describe('maillage export of files with problems', () => {
  const out = () => join(tmp.dir, 'never.csv');

  it('reports every problem of both files, each with its file and path', async () => {
    const badEvent = save('bad-event.json', { ...event, requests: [{ from: event.clusters[0].id, to: 'nobody' }] });
    const broken = JSON.parse(JSON.stringify(schedule));
    broken.meetings[0].round = 'two';
    broken.meetings[1].start = '09:00';
    delete broken.stats;
    const badSchedule = save('bad-schedule.json', broken);
    const res = await cli('export', badEvent, badSchedule, '--csv', out());
    expect(res.code).toBe(2);
    expect(res.err.split('\n')).toEqual([
      `${badEvent}: requests[0].to: unknown cluster "nobody"`,
      `${badSchedule}: meetings[0].round: expected number, received string`,
      `${badSchedule}: meetings[1].start: must be an ISO 8601 date-time with its offset`,
      `${badSchedule}: stats: expected object, received undefined`,
    ]);
    expect(existsSync(out())).toBe(false);
  });

  it('reports the rules a well-formed schedule breaks, found by the independent checker', async () => {
    const [a, b] = schedule.meetings;
    const clashing = { ...schedule, meetings: [a, { ...b, round: a.round, table: a.table, start: a.start, end: a.end }, ...schedule.meetings.slice(2)] };
    const file = save('clashing.json', clashing);
    const res = await cli('export', EVENT, file, '--csv', out());
    expect(res.code).toBe(2);
    const lines = res.err.split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith(`${file}: `))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${file}: meetings[1]`))).toBe(true);
    expect(existsSync(out())).toBe(false);
  });

  it('refuses a schedule of another event', async () => {
    const file = save('other.json', { ...schedule, eventId: 'another-event' });
    const res = await cli('export', EVENT, file, '--ics', join(tmp.dir, 'never'));
    expect(res.code).toBe(2);
    expect(res.err).toContain(`${file}: eventId: expected "${event.event.id}", got "another-event"`);
  });

  it('reports both unreadable files at once, with line and column for bad JSON', async () => {
    const truncated = save('truncated.json', '{\n  "eventId": 1,\n}');
    const res = await cli('export', join(tmp.dir, 'missing.json'), truncated, '--csv', out());
    expect(res.code).toBe(2);
    expect(res.err.split('\n')).toEqual([`${join(tmp.dir, 'missing.json')}: no such file`, expect.stringMatching(new RegExp(`^${truncated}:3:1: not valid JSON`))]);
  });
});
