import { checkSchedule, compareSchedules, scheduleFromMeetings, solve, type EventFile, type LockedMeeting, type Schedule } from '../../../solver';
import { randomEvent } from '../../../bench/random-event';
import { readFixture, validFixtures } from '../../support/fixtures';
import { deepFreeze } from '../../support/matchers';

const solved = (event: EventFile, locks: LockedMeeting[] = []): Schedule => {
  const result = solve(event, { locks, seed: 5 });
  expect(result.schedule).not.toBeNull();
  return result.schedule!;
};
const places = (s: Schedule) => s.meetings.map((m) => ({ clusters: m.clusters, round: m.round, table: m.table }));

describe('scheduleFromMeetings', () => {
  it.each(validFixtures())('rebuilds the solver schedule of %s from its placements alone, and the checker accepts it', (name) => {
    const event = deepFreeze(readFixture(name));
    const schedule = solved(event);
    const proven = schedule.stats.optimal ? { optimal: { covered: schedule.stats.covered } } : {};
    const rebuilt = scheduleFromMeetings(event, places(schedule), { upperBound: schedule.stats.upperBound, ...proven });
    expect(rebuilt.meetings).toEqual(schedule.meetings);
    // The idle time is recomputed; its bound and optimality come from a search, which a hand edit does not run.
    const { idleLowerBound: _bound, idleOptimal: _optimal, ...stats } = schedule.stats;
    expect(rebuilt.stats).toEqual({ ...stats, solveMs: 0 });
    expect(checkSchedule(event, rebuilt)).toEqual([]);
  });

  it('marks locked the placements at a lock, and only those', () => {
    const event = readFixture('interclustering-2015.json');
    const schedule = solved(event);
    const [m] = schedule.meetings;
    const lock: LockedMeeting = { clusters: m.clusters, round: m.round, table: m.table };
    const rebuilt = scheduleFromMeetings(event, places(schedule), { locks: [lock] });
    expect(rebuilt.meetings.filter((x) => x.locked)).toEqual([expect.objectContaining({ clusters: m.clusters, why: expect.arrayContaining([{ kind: 'locked' }]) })]);
    expect(checkSchedule(event, rebuilt, [lock])).toEqual([]);
  });

  it('puts each pair in ascending order and recomputes times and values, whatever the placements said', () => {
    const event = readFixture('interclustering-2015.json');
    const schedule = solved(event);
    const [m] = schedule.meetings;
    const rebuilt = scheduleFromMeetings(event, [{ clusters: [m.clusters[1], m.clusters[0]], round: m.round, table: m.table }]);
    expect(rebuilt.meetings).toEqual([m.locked ? { ...m, locked: undefined } : m].map(({ locked: _, ...rest }) => rest));
    expect(rebuilt.stats).toMatchObject({ meetings: 1, covered: 2, value: m.value, upperBound: m.value, optimal: false });
  });

  it('claims optimality only for the placements of an optimal schedule that still reach its bound', () => {
    const event = readFixture('interclustering-2015.json');
    const schedule = solved(event);
    expect(schedule.stats.optimal).toBe(true);
    const options = { upperBound: schedule.stats.upperBound, optimal: { covered: schedule.stats.covered } };
    const fewer = scheduleFromMeetings(event, places(schedule).slice(1), options);
    expect(fewer.stats.optimal).toBe(false);
    expect(fewer.stats.upperBound).toBe(schedule.stats.upperBound);
    expect(scheduleFromMeetings(event, places(schedule), options).stats.optimal).toBe(true);
    expect(scheduleFromMeetings(event, places(schedule), { upperBound: schedule.stats.upperBound }).stats.optimal).toBe(false);
  });

  it('gives broken placements a schedule for the checker to locate every problem', () => {
    const event = readFixture('interclustering-2015.json');
    const [a, b, c] = event.clusters.map((x) => x.id);
    const broken = scheduleFromMeetings(event, [
      { clusters: [a, b], round: 1, table: 'T1' },
      { clusters: [a, c], round: 1, table: 'T2' },
      { clusters: ['zz-nobody', c], round: 99, table: 'T1' },
    ]);
    expect(broken.unmet).toEqual([]);
    const codes = checkSchedule(event, broken).map((p) => `${p.path} ${p.code}`);
    expect(codes).toEqual(expect.arrayContaining(['meetings[1].round cluster_busy', 'meetings[2].round unknown_round', 'meetings[2].clusters[1] unknown_cluster']));
  });

  it('agrees with the checker on random events: a valid hand edit (one meeting removed) passes, with its unmet requests', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const event = randomEvent(seed, { clusters: 14, rounds: 4, tables: 5, partialAvailability: 0.3 });
      const schedule = solved(event);
      const edited = scheduleFromMeetings(event, places(schedule).slice(1), { upperBound: schedule.stats.upperBound });
      expect(checkSchedule(event, edited)).toEqual([]);
    }
  });
});

describe('compareSchedules', () => {
  const at = (a: string, b: string, round: number, table: string) => ({ clusters: [a, b] as [string, string], round, table });

  it('tells kept, moved, added and cancelled meetings apart, by pair', () => {
    const before = [at('a', 'b', 1, 'T1'), at('c', 'd', 1, 'T2'), at('e', 'f', 2, 'T1'), at('a', 'c', 3, 'T1')];
    const after = [at('a', 'b', 1, 'T1'), at('c', 'd', 2, 'T2'), at('e', 'f', 2, 'T3'), at('b', 'd', 3, 'T1')];
    expect(compareSchedules(deepFreeze(before), deepFreeze(after))).toEqual({
      counts: { kept: 1, moved: 2, added: 1, cancelled: 1 },
      changes: [
        { clusters: ['c', 'd'], kind: 'moved', from: { round: 1, table: 'T2' }, to: { round: 2, table: 'T2' } },
        { clusters: ['e', 'f'], kind: 'moved', from: { round: 2, table: 'T1' }, to: { round: 2, table: 'T3' } },
        { clusters: ['b', 'd'], kind: 'added', to: { round: 3, table: 'T1' } },
        { clusters: ['a', 'c'], kind: 'cancelled', from: { round: 3, table: 'T1' } },
      ],
    });
  });

  it('finds nothing changed between a schedule and itself', () => {
    const schedule = solved(readFixture('interclustering-2015.json'));
    expect(compareSchedules(schedule.meetings, schedule.meetings).counts).toEqual({ kept: schedule.meetings.length, moved: 0, added: 0, cancelled: 0 });
  });
});
