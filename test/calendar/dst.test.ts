import ICAL from 'ical.js';
import { clusterCalendar, eventCalendar } from '../../src/calendar/ics';
import { formatLocal, isRepeatedWallTime } from '../../src/export/local-time';
import type { EventFile } from '../../solver/model/types';
import { byUid, parseBoth, parseWithIcalJs } from './parse-ics';
import { dstEvent, dstSchedule, makeSchedule } from './samples';

const dtstamp = new Date('2026-10-01T08:00:00Z');

/** Content lines after unfolding. */
function unfolded(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('the night summer time ends (Europe/Paris, 25 October 2026)', () => {
  const event = dstEvent();
  const schedule = dstSchedule();
  const ics = eventCalendar(event, schedule, null, { dtstamp });

  it('keeps 02:00 summer time and 02:00 winter time apart as the right instants in both parsers', () => {
    const { icaljs, nodeical } = parseBoth(ics);
    for (const parsed of [icaljs, nodeical]) {
      const events = byUid(parsed.events);
      expect(parsed.events).toHaveLength(4);
      for (const m of schedule.meetings) {
        const e = events.get(`nuit-dst-${m.clusters[0]}-${m.clusters[1]}@maillage`)!;
        expect([e.start, e.end]).toEqual([Date.parse(m.start), Date.parse(m.end)]);
      }
      const summer = events.get('nuit-dst-a-c@maillage')!;
      const winter = events.get('nuit-dst-b-c@maillage')!;
      expect(winter.start - summer.start).toBe(3600_000);
      expect(new Date(summer.start).toISOString()).toBe('2026-10-25T00:00:00.000Z');
      expect(new Date(winter.start).toISOString()).toBe('2026-10-25T01:00:00.000Z');
    }
  });

  it('shows the right local hours', () => {
    const local = parseWithIcalJs(ics).events.map((e) => formatLocal(new Date(e.start), 'Europe/Paris', 'HH:mm xxx'));
    expect(local).toEqual(['01:20 +02:00', '02:00 +02:00', '02:00 +01:00', '03:00 +01:00']);
  });

  it('writes the hour that happens twice in UTC, because parsers read a repeated TZID time differently', () => {
    const lines = unfolded(ics);
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20261025T012000');
    expect(lines).toContain('DTSTART:20261025T000000Z');
    expect(lines).toContain('DTSTART:20261025T010000Z');
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20261025T030000');
    expect(isRepeatedWallTime(new Date('2026-10-25T02:00:00+02:00'), 'Europe/Paris')).toBe(true);
    expect(isRepeatedWallTime(new Date('2026-10-25T02:00:00+01:00'), 'Europe/Paris')).toBe(true);
    expect(isRepeatedWallTime(new Date('2026-10-25T01:59:00+02:00'), 'Europe/Paris')).toBe(false);
    expect(isRepeatedWallTime(new Date('2026-10-25T03:00:00+01:00'), 'Europe/Paris')).toBe(false);
  });

  it('has a VTIMEZONE with both STANDARD and DAYLIGHT', () => {
    const { icaljs, nodeical } = parseBoth(ics);
    for (const parsed of [icaljs, nodeical]) {
      expect(parsed.timezones['Europe/Paris']).toEqual(expect.arrayContaining(['STANDARD', 'DAYLIGHT']));
    }
  });

  it("gives each cluster only its own meetings, at the right instants", () => {
    const a = clusterCalendar(event, schedule, null, 'a', { dtstamp });
    for (const parsed of Object.values(parseBoth(a))) {
      expect(parsed.events.map((e) => new Date(e.start).toISOString()).sort()).toEqual([
        '2026-10-24T23:20:00.000Z',
        '2026-10-25T00:00:00.000Z',
        '2026-10-25T02:00:00.000Z',
      ]);
    }
  });
});

describe('the night summer time starts (Europe/Paris, 29 March 2026)', () => {
  it('keeps a meeting across the missing hour 20 minutes long', () => {
    const event: EventFile = {
      ...dstEvent(),
      event: { ...dstEvent().event, id: 'nuit-printemps', sessions: [{ date: '2026-03-29', start: '01:40', end: '03:20' }] },
    };
    const schedule = makeSchedule('nuit-printemps', [
      { clusters: ['a', 'b'], round: 1, table: 'T1', start: '2026-03-29T01:40:00+01:00', end: '2026-03-29T03:00:00+02:00', value: 1, reasons: [], why: [] },
      { clusters: ['c', 'd'], round: 2, table: 'T1', start: '2026-03-29T03:00:00+02:00', end: '2026-03-29T03:20:00+02:00', value: 1, reasons: [], why: [] },
    ]);
    const ics = eventCalendar(event, schedule, null, { dtstamp });
    expect(unfolded(ics)).toContain('DTSTART;TZID=Europe/Paris:20260329T014000');
    expect(unfolded(ics)).toContain('DTEND;TZID=Europe/Paris:20260329T030000');
    for (const parsed of Object.values(parseBoth(ics))) {
      const e = byUid(parsed.events).get('nuit-printemps-a-b@maillage')!;
      expect(e.end - e.start).toBe(20 * 60_000);
      expect(e.start).toBe(Date.parse('2026-03-29T00:40:00Z'));
    }
  });

  it('writes the wall-clock hour of the event zone, not of the machine', () => {
    const schedule = makeSchedule('nuit-dst', [
      { clusters: ['a', 'b'], round: 1, table: 'T1', start: '2026-10-25T03:00:00+01:00', end: '2026-10-25T03:20:00+01:00', value: 1, reasons: [], why: [] },
    ]);
    const ics = eventCalendar(dstEvent(), schedule, null, { dtstamp });
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const start = vevent.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).toBe('Europe/Paris');
    const time = start.getFirstValue() as ICAL.Time;
    expect([time.hour, time.minute]).toEqual([3, 0]);
  });
});
