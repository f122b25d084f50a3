import { absentRounds, checkSchedule, eventOnTheDay, locksOnTheDay, solve, startedRounds, validateEvent } from '../../../solver';
import type { LockedMeeting } from '../../../solver/model/types';
import { deepFreeze } from '../../support/matchers';
import { afternoon, AT_THREE } from './afternoon';

// Rounds of the afternoon: 1 14:00, 2 14:25, 3 14:50, 4 15:15, 5 15:40, 6 16:05, 7 16:30 (20 minutes each).
const at = (time: string) => `2026-11-19T${time}:00+01:00`;

describe('startedRounds', () => {
  it('counts the rounds whose start is at or before the instant', () => {
    const event = afternoon();
    expect(startedRounds(event, at('13:59'))).toBe(0);
    expect(startedRounds(event, at('14:00'))).toBe(1);
    expect(startedRounds(event, AT_THREE)).toBe(3);
    // 14:15 UTC is 15:15 in Paris, when round 4 starts.
    expect(startedRounds(event, '2026-11-19T14:15:00Z')).toBe(4);
    expect(startedRounds(event, at('18:00'))).toBe(7);
  });
});

describe('absentRounds', () => {
  it('gives the rounds overlapping each absence [from, until), an absent end meaning the event’s', () => {
    const rounds = absentRounds(afternoon(), [
      { cluster: 'mina' },
      { cluster: 'tene', until: at('15:00') },
      { cluster: 'axel', from: at('15:00'), until: at('15:40') },
      { cluster: 'axel', from: at('16:50') },
      { cluster: 'lyon', from: at('17:00') },
    ]);
    expect([...rounds.entries()].map(([id, set]) => [id, [...set].sort((x, y) => x - y)])).toEqual([
      ['mina', [1, 2, 3, 4, 5, 6, 7]],
      ['tene', [1, 2, 3]],
      ['axel', [3, 4]],
      ['lyon', []],
    ]);
  });
});

describe('eventOnTheDay', () => {
  it('drops the required pairs of a cluster with an absence, leaving its input untouched', () => {
    const event = afternoon();
    event.constraints = { mustMeet: [['mina', 'tene'], ['axel', 'imag']], neverMeet: [['lyon', 'plas']] };
    deepFreeze(event);
    const day = eventOnTheDay(event, [{ cluster: 'tene', from: at('16:00') }]);
    expect(day.constraints).toEqual({ mustMeet: [['axel', 'imag']], neverMeet: [['lyon', 'plas']] });
    expect(event.constraints!.mustMeet).toHaveLength(2);
    expect(day).not.toBe(event);
    expect(validateEvent(day).ok).toBe(true);
  });
});

describe('eventOnTheDay with the meetings placed', () => {
  it('keeps a required pair of an absent cluster that the schedule holds, and drops the others', () => {
    const event = afternoon();
    event.constraints = { mustMeet: [['imag', 'mont'], ['mont', 'tene'], ['imag', 'tene']] };
    const day = eventOnTheDay(deepFreeze(event), [{ cluster: 'mont' }], [{ clusters: ['mont', 'imag'] }]);
    expect(day.constraints?.mustMeet).toEqual([['imag', 'mont'], ['imag', 'tene']]);
  });
});

describe('locksOnTheDay', () => {
  it('drops the locks whose round is in an absence of one of its clusters', () => {
    const locks: LockedMeeting[] = [
      { clusters: ['mina', 'tene'], round: 2, table: 'T1' },
      { clusters: ['mina', 'axel'], round: 5, table: 'T1' },
      { clusters: ['lyon', 'imag'], round: 5, table: 'T2' },
    ];
    expect(locksOnTheDay(afternoon(), deepFreeze(locks), [{ cluster: 'mina', from: AT_THREE }])).toEqual([locks[0], locks[2]]);
  });
});

describe('a late arrival', () => {
  const event = afternoon();
  const late = [{ cluster: 'mina', until: at('15:30') }];

  it('has no meeting before it arrives and meetings after', () => {
    const schedule = solve(event, { absences: late }).schedule!;
    const own = schedule.meetings.filter((m) => m.clusters.includes('mina'));
    expect(own.length).toBeGreaterThan(0);
    // Round 4 (15:15–15:35) overlaps the absence; round 5 (15:40) is the first one after the arrival.
    expect(own.every((m) => m.round >= 5)).toBe(true);
    expect(checkSchedule(eventOnTheDay(event, late), schedule, [])).toEqual([]);
  });

  it('announced before, gets its early meetings cancelled and meetings after, at 14:10', () => {
    const previous = solve(event).schedule!;
    expect(previous.meetings.some((m) => m.clusters.includes('mina') && m.round <= 4 && m.round >= 2)).toBe(true);
    const schedule = solve(event, { previous, asOf: at('14:10'), absences: late }).schedule!;
    const own = schedule.meetings.filter((m) => m.clusters.includes('mina'));
    expect(own.filter((m) => m.round >= 2 && m.round <= 4)).toEqual([]);
    expect(own.some((m) => m.round >= 5)).toBe(true);
    expect(checkSchedule(eventOnTheDay(event, late), schedule, [])).toEqual([]);
  });
});

describe("a cluster's language", () => {
  it('accepts "fr" and "en"', () => {
    const event = afternoon();
    event.clusters[0].lang = 'en';
    event.clusters[1].lang = 'fr';
    expect(validateEvent(event).ok).toBe(true);
  });

  it('rejects another language with its path', () => {
    const event = afternoon() as unknown as { clusters: Record<string, unknown>[] };
    event.clusters[2].lang = 'de';
    const result = validateEvent(event);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([expect.objectContaining({ path: 'clusters[2].lang', code: 'invalid_value', message: 'must be "fr" or "en"' })]);
  });
});
