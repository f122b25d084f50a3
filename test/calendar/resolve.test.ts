import { clusterCalendar, eventCalendar } from '../../src/calendar/ics';
import { updateLedger } from '../../src/calendar/ledger';
import { byUid, parseBoth, type ParsedCalendar } from './parse-ics';
import { movedAndDropped, sampleEvent, sampleSchedule } from './samples';

const T0 = new Date('2026-03-01T09:00:00Z');
const T1 = new Date('2026-03-05T10:30:00Z');
const T2 = new Date('2026-03-09T16:45:00Z');

function parsers(ics: string): ParsedCalendar[] {
  const { icaljs, nodeical } = parseBoth(ics);
  return [icaljs, nodeical];
}

describe('a re-solve that moves one meeting and drops another', () => {
  const event = sampleEvent();
  const first = updateLedger(null, event, sampleSchedule(), T0);
  const second = updateLedger(first, event, movedAndDropped(), T1);
  const ics = clusterCalendar(event, movedAndDropped(), second, 'mont-blanc', { dtstamp: T1 });

  it('publishes the moved meeting under the same UID with SEQUENCE 1 and its new time', () => {
    for (const parsed of parsers(ics)) {
      const moved = byUid(parsed.events).get('aura-2026-mont-blanc-robotics@maillage')!;
      expect(moved.sequence).toBe(1);
      expect(moved.status).toBe('CONFIRMED');
      expect(moved.start).toBe(Date.parse('2026-03-12T15:20:00+01:00'));
      expect(moved.end).toBe(Date.parse('2026-03-12T15:40:00+01:00'));
      expect(moved.description).toMatch(/^Tour 5 — table T1/);
    }
  });

  it('publishes the dropped meeting as CANCELLED with SEQUENCE 1 at its old time, without an alarm', () => {
    for (const parsed of parsers(ics)) {
      const dropped = byUid(parsed.events).get('aura-2026-evil-mont-blanc@maillage')!;
      expect(dropped.status).toBe('CANCELLED');
      expect(dropped.sequence).toBe(1);
      expect(dropped.start).toBe(Date.parse('2026-03-12T14:20:00+01:00'));
      expect(dropped.summary).toBe('Rencontre annulée : Evil\nATTENDEE:mailto:x@evil.example');
      expect(dropped.description).toBe(
        'Cette rencontre a été annulée par une nouvelle planification.\nTour 2 — Salle Rhône',
      );
      expect(dropped.alarms).toEqual([]);
    }
    expect(ics).toContain('STATUS:CANCELLED\r\n');
  });

  it('leaves the untouched meeting at SEQUENCE 0 and repeats no UID', () => {
    for (const parsed of parsers(ics)) {
      const uids = parsed.events.map((e) => e.uid).sort();
      expect(uids).toEqual([
        'aura-2026-evil-mont-blanc@maillage',
        'aura-2026-mont-blanc-robotics@maillage',
        'aura-2026-mont-blanc-tricky@maillage',
      ]);
      expect(byUid(parsed.events).get('aura-2026-mont-blanc-tricky@maillage')!.sequence).toBe(0);
    }
    expect(ics.match(/^UID:/gm)).toHaveLength(3);
  });

  it('tells the other cluster of the dropped meeting, and only the clusters concerned', () => {
    const evil = clusterCalendar(event, movedAndDropped(), second, 'evil', { dtstamp: T1 });
    for (const parsed of parsers(evil)) {
      expect(parsed.events.map((e) => [e.uid, e.status, e.sequence])).toEqual([
        ['aura-2026-evil-mont-blanc@maillage', 'CANCELLED', 1],
      ]);
    }
    const robotics = clusterCalendar(event, movedAndDropped(), second, 'robotics', { dtstamp: T1 });
    for (const parsed of parsers(robotics)) {
      expect(parsed.events.map((e) => e.uid).sort()).toEqual([
        'aura-2026-mont-blanc-robotics@maillage',
        'aura-2026-plastics-robotics@maillage',
      ]);
    }
  });

  it("gives the organiser every meeting and the cancelled one, each UID once", () => {
    const all = eventCalendar(event, movedAndDropped(), second, { dtstamp: T1 });
    for (const parsed of parsers(all)) {
      expect(parsed.events).toHaveLength(5);
      expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(5);
      expect(parsed.events.filter((e) => e.status === 'CANCELLED').map((e) => e.uid)).toEqual([
        'aura-2026-evil-mont-blanc@maillage',
      ]);
    }
  });

  it('confirms the meeting again with SEQUENCE 2 when a third solve brings it back', () => {
    const third = updateLedger(second, event, sampleSchedule(), T2);
    const back = clusterCalendar(event, sampleSchedule(), third, 'mont-blanc', { dtstamp: T2 });
    for (const parsed of parsers(back)) {
      const e = byUid(parsed.events).get('aura-2026-evil-mont-blanc@maillage')!;
      expect([e.status, e.sequence]).toEqual(['CONFIRMED', 2]);
      expect(parsed.events).toHaveLength(3);
    }
  });
});
