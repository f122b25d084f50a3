import type { EventFile, Meeting, Schedule } from '../../solver/model/types';
import { pairKey } from '../../solver';
import { updateLedger, type CalendarLedger } from '../../src/calendar/ledger';
import { makeSchedule, movedAndDropped, sampleEvent, sampleSchedule } from './samples';
import { deepFreeze } from '../support/matchers';

const T0 = new Date('2026-03-01T09:00:00Z');
const T1 = new Date('2026-03-05T10:30:00Z');
const T2 = new Date('2026-03-09T16:45:00Z');

function withMeetings(schedule: Schedule, meetings: Meeting[]): Schedule {
  return makeSchedule(schedule.eventId, meetings);
}

describe('updateLedger', () => {
  it('gives each new pair the UID <event>-<a>-<b>@maillage, SEQUENCE 0 and its place', () => {
    const ledger = updateLedger(null, sampleEvent(), sampleSchedule(), T0);
    expect(ledger.version).toBe(1);
    expect(ledger.eventId).toBe('aura-2026');
    expect(Object.keys(ledger.entries)).toEqual([
      'evil|mont-blanc',
      'mont-blanc|robotics',
      'mont-blanc|tricky',
      'plastics|robotics',
      'plastics|tricky',
    ]);
    expect(ledger.entries['mont-blanc|robotics']).toEqual({
      uid: 'aura-2026-mont-blanc-robotics@maillage',
      sequence: 0,
      status: 'confirmed',
      round: 1,
      table: 'T1',
      start: '2026-03-12T14:00:00+01:00',
      end: '2026-03-12T14:20:00+01:00',
      updatedAt: '2026-03-01T09:00:00.000Z',
    });
  });

  it('keys a pair by its ids in ascending order even if the meeting lists them the other way', () => {
    const schedule = sampleSchedule();
    const m = schedule.meetings[0];
    const reversed = withMeetings(schedule, [{ ...m, clusters: [m.clusters[1], m.clusters[0]] }]);
    const ledger = updateLedger(null, sampleEvent(), reversed, T0);
    expect(Object.keys(ledger.entries)).toEqual(['mont-blanc|robotics']);
    expect(ledger.entries['mont-blanc|robotics'].uid).toBe('aura-2026-mont-blanc-robotics@maillage');
  });

  it('keeps every field of the meetings a re-solve did not touch, updatedAt included', () => {
    const first = updateLedger(null, sampleEvent(), sampleSchedule(), T0);
    const second = updateLedger(first, sampleEvent(), movedAndDropped(), T1);
    expect(second.entries['plastics|tricky']).toEqual(first.entries['plastics|tricky']);
    expect(second.entries['mont-blanc|tricky']).toEqual(first.entries['mont-blanc|tricky']);
  });

  it('gives a moved meeting SEQUENCE + 1 with its new place and keeps its UID', () => {
    const first = updateLedger(null, sampleEvent(), sampleSchedule(), T0);
    const second = updateLedger(first, sampleEvent(), movedAndDropped(), T1);
    expect(second.entries['mont-blanc|robotics']).toEqual({
      uid: 'aura-2026-mont-blanc-robotics@maillage',
      sequence: 1,
      status: 'confirmed',
      round: 5,
      table: 'T1',
      start: '2026-03-12T15:20:00+01:00',
      end: '2026-03-12T15:40:00+01:00',
      updatedAt: T1.toISOString(),
    });
  });

  it('gives a meeting that only changed table SEQUENCE + 1', () => {
    const schedule = sampleSchedule();
    const first = updateLedger(null, sampleEvent(), schedule, T0);
    const moved = withMeetings(
      schedule,
      schedule.meetings.map((m) => (m.clusters[0] === 'plastics' && m.clusters[1] === 'robotics' ? { ...m, table: 'T3' } : m)),
    );
    const second = updateLedger(first, sampleEvent(), moved, T1);
    expect(second.entries['plastics|robotics']).toMatchObject({ sequence: 1, table: 'T3', updatedAt: T1.toISOString() });
    expect(second.entries['plastics|tricky']).toEqual(first.entries['plastics|tricky']);
  });

  it('treats the same instant written with another offset as unchanged', () => {
    const schedule = sampleSchedule();
    const first = updateLedger(null, sampleEvent(), schedule, T0);
    const inUtc = withMeetings(
      schedule,
      schedule.meetings.map((m) => ({ ...m, start: new Date(m.start).toISOString(), end: new Date(m.end).toISOString() })),
    );
    expect(updateLedger(first, sampleEvent(), inUtc, T1)).toEqual(first);
  });

  it('cancels a dropped meeting with SEQUENCE + 1, keeping its last place', () => {
    const first = updateLedger(null, sampleEvent(), sampleSchedule(), T0);
    const second = updateLedger(first, sampleEvent(), movedAndDropped(), T1);
    expect(second.entries['evil|mont-blanc']).toEqual({
      ...first.entries['evil|mont-blanc'],
      status: 'cancelled',
      sequence: 1,
      updatedAt: T1.toISOString(),
    });
  });

  it('leaves a cancelled meeting unchanged in later updates', () => {
    const first = updateLedger(null, sampleEvent(), sampleSchedule(), T0);
    const second = updateLedger(first, sampleEvent(), movedAndDropped(), T1);
    const third = updateLedger(second, sampleEvent(), movedAndDropped(), T2);
    expect(third).toEqual(second);
  });

  it('confirms a cancelled meeting again with SEQUENCE + 1 when a later solve brings it back', () => {
    const first = updateLedger(null, sampleEvent(), sampleSchedule(), T0);
    const second = updateLedger(first, sampleEvent(), movedAndDropped(), T1);
    const third = updateLedger(second, sampleEvent(), sampleSchedule(), T2);
    expect(third.entries['evil|mont-blanc']).toEqual({
      ...first.entries['evil|mont-blanc'],
      sequence: 2,
      updatedAt: T2.toISOString(),
    });
    expect(third.entries['mont-blanc|robotics']).toMatchObject({ sequence: 2, round: 1, status: 'confirmed' });
  });

  it('never gives two pairs the same UID, even when unsafe characters or dashes make them collide', () => {
    const event: EventFile = {
      ...sampleEvent(),
      event: { ...sampleEvent().event, id: 'salon 2026/bis' },
      clusters: ['x', 'x-y', 'y-z', 'z', 'a b', 'a_b', 'é'].map((id) => ({ id, name: id })),
    };
    const at = (round: number) => ({
      round,
      table: 'T1',
      start: `2026-03-12T1${round}:00:00+01:00`,
      end: `2026-03-12T1${round}:20:00+01:00`,
      value: 1,
      reasons: [],
      why: [],
    });
    const schedule = makeSchedule('salon 2026/bis', [
      { clusters: ['x-y', 'z'], ...at(1) },
      { clusters: ['x', 'y-z'], ...at(2) },
      { clusters: ['a b', 'x'], ...at(3) },
      { clusters: ['a_b', 'x'], ...at(4) },
      { clusters: ['x', 'é'], ...at(5) },
    ]);
    const ledger = updateLedger(null, event, schedule, T0);
    const uids = Object.values(ledger.entries).map((e) => e.uid);
    expect(new Set(uids).size).toBe(5);
    for (const uid of uids) expect(uid).toMatch(/^[A-Za-z0-9._-]+@maillage$/);
    expect(ledger.entries['a b|x'].uid).toBe('salon_2026_bis-a_b-x@maillage');
    expect(ledger.entries['a_b|x'].uid).toBe('salon_2026_bis-a_b-x-2@maillage');
    expect(ledger.entries['x|é'].uid).toBe('salon_2026_bis-x-_@maillage');
  });

  it('does not modify its inputs', () => {
    const event = deepFreeze(sampleEvent());
    const first = deepFreeze(updateLedger(null, event, deepFreeze(sampleSchedule()), T0));
    const snapshot = JSON.stringify(first);
    expect(() => updateLedger(first, event, deepFreeze(movedAndDropped()), T1)).not.toThrow();
    expect(JSON.stringify(first)).toBe(snapshot);
  });

  it('survives a JSON round trip, as it will be stored', () => {
    const first = updateLedger(null, sampleEvent(), sampleSchedule(), T0);
    const stored: CalendarLedger = JSON.parse(JSON.stringify(first));
    expect(stored).toEqual(first);
    expect(updateLedger(stored, sampleEvent(), movedAndDropped(), T1)).toEqual(updateLedger(first, sampleEvent(), movedAndDropped(), T1));
  });

  it('rejects a schedule or a ledger of another event', () => {
    const ledger = updateLedger(null, sampleEvent(), sampleSchedule(), T0);
    expect(() => updateLedger(null, sampleEvent(), { ...sampleSchedule(), eventId: 'other' }, T0)).toThrow(
      'schedule of event "other" given for event "aura-2026"',
    );
    expect(() => updateLedger({ ...ledger, eventId: 'other' }, sampleEvent(), sampleSchedule(), T0)).toThrow(
      'ledger of event "other"',
    );
  });

  it('rejects a schedule that has the same pair twice', () => {
    const schedule = sampleSchedule();
    const twice = withMeetings(schedule, [schedule.meetings[0], { ...schedule.meetings[0], round: 4 }]);
    expect(() => updateLedger(null, sampleEvent(), twice, T0)).toThrow('schedule has pair mont-blanc|robotics twice');
  });
});
