/**
 * Issue 8's "Done when" on the 2015 fixture: the calendars of `solve --ics`,
 * the CSV of `export --csv` and the printable pages speak French with names,
 * with no English sentence and no cluster id where a person reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventFile, Schedule } from '../../solver';
import { clusterAgendasHtml, eventGridHtml } from '../../src/export/print-html';
import { parseCsv } from '../support/parse-csv';
import { cli, fixture, readJson, tempDir } from './run-cli';

const tmp = tempDir('fixture-outputs');
afterAll(() => tmp.remove());

const EVENT = fixture('interclustering-2015.json');
const event = readJson<EventFile>(EVENT);
const ICS_DIR = join(tmp.dir, 'ics');
const SAVED = join(tmp.dir, 'schedule.json');
const CSV = join(tmp.dir, 'schedule.csv');

const MUTUAL = 'Demande mutuelle (Axelera\u00a0: 3e choix, Organics Cluster\u00a0: 2e choix)';
const COMPETENCE = 'Axelera propose chimie verte, compétence recherchée par Organics Cluster';

/** Words of the English templates (the solver's `reasons` and the English dictionary). */
const ENGLISH =
  /mutual request|asked to meet|\bchoice\b|\boffers\b|seeks it|sought by|required by the organiser|locked by the organiser|fixed by the organiser|reached its cap|\bMeeting:|Why this meeting|\bRound\b|\bTime\b|\bPartner\b/i;

/** Attendees' e-mail addresses hold ids by design (`directeur.axelera@example.org`): they are addresses, not text. */
const withoutEmails = (text: string) => text.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '<e-mail>');

/** Every cluster id that stands as a word in `text`. */
function idsIn(text: string): string[] {
  return event.clusters.map((c) => c.id).filter((id) => new RegExp(`(?<![\\w.@-])${id}(?![\\w.@-])`).test(text));
}

/** What a calendar app shows: unfolded and unescaped content lines, without UIDs. */
function readableIcs(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => !line.startsWith('UID:'))
    .join('\n')
    .replace(/\\n/g, '\n')
    .replace(/\\([,;\\])/g, '$1');
}

let schedule: Schedule;
let calendars: Map<string, string>;
let csvRows: string[][];
let pages: string[];

beforeAll(async () => {
  const solved = await cli('solve', EVENT, '--ics', ICS_DIR, '--out', SAVED);
  expect(solved.code).toBe(0);
  schedule = readJson<Schedule>(SAVED);
  calendars = new Map(readdirSync(ICS_DIR).map((f) => [f, readableIcs(readFileSync(join(ICS_DIR, f), 'utf8'))]));
  expect((await cli('export', EVENT, SAVED, '--csv', CSV)).code).toBe(0);
  csvRows = parseCsv(readFileSync(CSV, 'utf8'));
  pages = [clusterAgendasHtml(event, schedule), eventGridHtml(event, schedule)];
}, 120_000);

describe("the fixture's outputs, in French", () => {
  it('give the reasons of Axelera × Organics Cluster in French with names, in the calendars, the CSV and the agenda', () => {
    for (const file of ['event.ics', 'axelera.ics', 'organics-cluster.ics']) {
      expect(calendars.get(file)).toContain(`- ${MUTUAL}\n- ${COMPETENCE}\n`);
    }
    const row = csvRows.find((r) => r[4] === 'axelera' && r[6] === 'organics-cluster')!;
    expect(row[9]).toBe(`${MUTUAL} ; ${COMPETENCE}`);
    expect(pages[0]).toContain(`<li>${MUTUAL}</li><li>${COMPETENCE}</li>`);
  });

  it("writes the fixture's calendars with French reasons and names, no English sentence and no id", () => {
    expect(calendars.size).toBe(1 + new Set(schedule.meetings.flatMap((m) => m.clusters)).size);
    for (const [file, text] of calendars) {
      expect({ file, english: ENGLISH.exec(text)?.[0] }).toEqual({ file, english: undefined });
      expect({ file, ids: idsIn(withoutEmails(text)) }).toEqual({ file, ids: [] });
      for (const reason of schedule.meetings.flatMap((m) => m.reasons)) expect(text).not.toContain(reason);
    }
    expect(calendars.get('event.ics')!.match(/Pourquoi cette rencontre :/g)).toHaveLength(schedule.meetings.length);
  });

  it('writes the CSV with French reasons and names; ids only in the id columns', () => {
    const [header, ...rows] = csvRows;
    expect(header).toEqual(expect.arrayContaining(['Cluster A (id)', 'Cluster B (id)', 'Raisons']));
    expect(rows).toHaveLength(schedule.meetings.length);
    for (const row of rows) {
      expect(row[9]).not.toBe('');
      const readable = withoutEmails(row.filter((_, k) => k !== 4 && k !== 6).join('\n'));
      expect(ENGLISH.exec(readable)?.[0]).toBeUndefined();
      expect(idsIn(readable)).toEqual([]);
    }
  });

  it('prints the agendas and the grid with French reasons and names, no English sentence and no id', () => {
    for (const html of pages) {
      const text = withoutEmails(html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' '));
      expect(ENGLISH.exec(text)?.[0]).toBeUndefined();
      expect(idsIn(text)).toEqual([]);
    }
    expect(pages[0].match(/<td class="why"><ul><li>/g)).toHaveLength(2 * schedule.meetings.length);
  });
});
