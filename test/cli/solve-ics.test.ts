import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventFile, Schedule } from '../../solver';
import { byUid, parseBoth } from '../calendar/parse-ics';
import { cli, fixture, readJson, tempDir } from './run-cli';

const tmp = tempDir('solve-ics');
afterAll(() => tmp.remove());

const EVENT = fixture('contraintes.json');
const event = readJson<EventFile>(EVENT);
const uidOf = (clusters: [string, string]) => `${event.event.id}-${[...clusters].sort().join('-')}@maillage`;

describe('maillage solve --ics', () => {
  const dir = join(tmp.dir, 'calendars');
  const out = join(tmp.dir, 'schedule.json');
  let result: Awaited<ReturnType<typeof cli>>;
  let schedule: Schedule;
  let started: number;
  let finished: number;

  beforeAll(async () => {
    started = Math.floor(Date.now() / 1000) * 1000;
    result = await cli('solve', EVENT, '--ics', dir, '--out', out, '--seed', '1', '--time-limit', '5');
    finished = Date.now();
    schedule = readJson<Schedule>(out);
  });

  it('writes event.ics and one file per cluster that has meetings, and says so in French', () => {
    expect(result).toMatchObject({ code: 0, err: '' });
    const met = event.clusters.map((c) => c.id).filter((id) => schedule.meetings.some((m) => m.clusters.includes(id)));
    expect(met.length).toBeGreaterThan(0);
    expect(readdirSync(dir).sort()).toEqual(['event.ics', ...met.map((id) => `${id}.ics`)].sort());
    expect(result.out).toContain(`Planning écrit dans ${out}\nCalendriers écrits dans ${dir} : event.ics et ${met.length} agendas de clusters`);
  });

  it("puts in each cluster's file exactly its meetings, as first publications, read alike by two parsers", () => {
    for (const file of readdirSync(dir).filter((f) => f !== 'event.ics')) {
      const id = file.replace(/\.ics$/, '');
      const own = schedule.meetings.filter((m) => m.clusters.includes(id));
      for (const parsed of Object.values(parseBoth(readFileSync(join(dir, file), 'utf8')))) {
        expect(parsed.events).toHaveLength(own.length);
        const events = byUid(parsed.events);
        for (const m of own) {
          expect(events.get(uidOf(m.clusters))).toMatchObject({
            sequence: 0,
            status: 'CONFIRMED',
            start: Date.parse(m.start),
            end: Date.parse(m.end),
            tzid: 'Europe/Paris',
          });
        }
      }
    }
  });

  it('puts every meeting in event.ics, stamped with the time of the run', () => {
    const ics = readFileSync(join(dir, 'event.ics'), 'utf8');
    for (const parsed of Object.values(parseBoth(ics))) {
      expect(parsed.events.map((e) => e.uid).sort()).toEqual(schedule.meetings.map((m) => uidOf(m.clusters)).sort());
    }
    for (const [, stamp] of ics.matchAll(/^DTSTAMP:(\d{8}T\d{6}Z)$/gm)) {
      const at = Date.parse(stamp.replace(/(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/, '$1-$2-$3T$4:$5:$6Z'));
      expect(at).toBeGreaterThanOrEqual(started);
      expect(at).toBeLessThanOrEqual(finished);
    }
  });

  it('keeps stdout pure JSON with --json', async () => {
    const json = await cli('solve', EVENT, '--json', '--ics', join(tmp.dir, 'quiet'), '--seed', '1', '--time-limit', '5');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ eventId: event.event.id });
    expect(readdirSync(join(tmp.dir, 'quiet'))).toContain('event.ics');
  });

  it('writes the calendars in English with --lang en, and says so in English', async () => {
    const en = join(tmp.dir, 'english');
    const res = await cli('solve', EVENT, '--ics', en, '--lang', 'en', '--seed', '1', '--time-limit', '5');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(new RegExp(`Calendars written to ${en}: event\\.ics and \\d+ cluster agendas$`));
    const ics = readFileSync(join(en, 'event.ics'), 'utf8').replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:Meeting: ');
    expect(ics).toContain('Why this meeting:');
    expect(ics).not.toContain('Pourquoi cette rencontre');
  });

  it('rejects an empty --ics with a usage error', async () => {
    const res = await cli('solve', EVENT, '--ics=');
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/^maillage: --ics needs a directory\nUsage:/);
  });
});
