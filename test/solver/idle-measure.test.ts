/**
 * `event.idleMeasure`: idle time counted as idle rounds (the default) or as
 * idle stretches, each once whatever its length (`"gaps"`), minimised once
 * the meetings are chosen, with a proven lower bound in the stats.
 */
import { checkSchedule, solve, validateEvent } from '../../solver';
import type { ClusterInput, EventFile } from '../../solver/model/types';
import { readFixture } from '../support/fixtures';
import { problem } from '../support/matchers';

const DAY = '2026-06-11';
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const round = (k: number) => ({ date: DAY, start: hhmm(9 * 60 + (k - 1) * 25), end: hhmm(9 * 60 + (k - 1) * 25 + 20) });
const rounds = (first: number, last: number) => ({ date: DAY, start: round(first).start, end: round(last).end });

/** A hub that must meet x (there in round 1 only), y (round 6 only) and two others, in six rounds. */
function hubEvent(idleMeasure?: 'rounds' | 'gaps'): EventFile {
  const only = (id: string, k: number): ClusterInput => ({ id, name: id, availability: [round(k)] });
  return {
    event: {
      id: 'hub',
      name: 'Hub',
      timezone: 'Europe/Paris',
      sessions: [rounds(1, 6)],
      meetingMinutes: 20,
      changeoverMinutes: 5,
      maxMeetingsPerCluster: 4,
      ...(idleMeasure ? { idleMeasure } : {}),
    },
    clusters: [{ id: 'hub', name: 'Hub' }, only('x', 1), only('y', 6), { id: 'z1', name: 'z1' }, { id: 'z2', name: 'z2' }],
    constraints: { mustMeet: [['hub', 'x'], ['hub', 'y'], ['hub', 'z1'], ['hub', 'z2']] },
  };
}

describe('idle measure', () => {
  it('counts idle rounds by default: idle equals idleRounds, proven minimal', () => {
    const event = hubEvent();
    const { stats } = solve(event).schedule!;
    expect(stats).toMatchObject({ idle: 2, idleRounds: 2, idleLowerBound: 2, idleOptimal: true });
    const fixture = readFixture('interclustering-2015.json');
    const schedule = solve(fixture).schedule!;
    expect(schedule.stats.idle).toBe(schedule.stats.idleRounds);
    expect(checkSchedule(fixture, schedule)).toEqual([]);
  });

  it('counts each idle stretch once under "gaps", whatever its length, and gathers the meetings into one stretch', () => {
    const event = hubEvent('gaps');
    const schedule = solve(event).schedule!;
    expect(checkSchedule(event, schedule)).toEqual([]);
    // x in round 1, z1 and z2 next to x or to y: one stretch of idle rounds between them.
    expect(schedule.stats).toMatchObject({ idle: 1, idleRounds: 2, idleLowerBound: 1, idleOptimal: true });
  });

  it('accepts "rounds" and "gaps", and rejects another measure with its path', () => {
    for (const idleMeasure of ['rounds', 'gaps'] as const) expect(validateEvent(hubEvent(idleMeasure)).ok).toBe(true);
    const result = validateEvent({ ...hubEvent(), event: { ...hubEvent().event, idleMeasure: 'breaks' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([problem('event.idleMeasure', 'must be "rounds" or "gaps"')]);
    const typed = validateEvent({ ...hubEvent(), event: { ...hubEvent().event, idleMeasure: 2 } });
    expect(!typed.ok && typed.problems.map((p) => p.path)).toEqual(['event.idleMeasure']);
  });

  it('keeps a previous schedule on a re-solve, and still reports a true lower bound', () => {
    const event = hubEvent('gaps');
    const previous = solve(event).schedule!;
    const again = solve(event, { previous, seed: 3 }).schedule!;
    const places = (s: typeof previous) => s.meetings.map((m) => `${m.clusters.join('+')}@${m.round}`).sort();
    expect(places(again)).toEqual(places(previous));
    expect(again.stats.idleLowerBound).toBe(1);
    expect(checkSchedule(event, again)).toEqual([]);
  });

  it('keeps locked meetings in place, and bounds the idle time they leave', () => {
    const event = hubEvent();
    // z1 locked in round 3: x at 1, y at 6, z2 anywhere between: 2 idle rounds still.
    const locks = [{ clusters: ['hub', 'z1'] as [string, string], round: 3, table: 'T1' }];
    const result = solve(event, { locks });
    expect(checkSchedule(event, result.schedule!, locks)).toEqual([]);
    expect(result.schedule!.stats).toMatchObject({ idle: 2, idleLowerBound: 2, idleOptimal: true });
  });
});
