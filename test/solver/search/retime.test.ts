/**
 * Re-timing on larger schedules: the iterated local search (moves, swaps,
 * Kempe chains, shifts of whole rounds, kicks) leaves few idle rounds, never
 * changes which meetings are held, keeps locked meetings and stays
 * deterministic.
 */
import { checkSchedule, solve } from '../../../solver';
import type { EventFile, LockedMeeting, Schedule } from '../../../solver/model/types';
import { randomEvent } from '../../../bench/random-event';
import { readFixture } from '../../support/fixtures';

const fixture = (): EventFile => readFixture('interclustering-2015.json');
const pairs = (s: Schedule) => s.meetings.map((m) => m.clusters.join('+')).sort();
const places = (s: Schedule) => s.meetings.map((m) => `${m.clusters.join('+')}@${m.round}`).sort();

describe('re-timing', () => {
  it('leaves at most one idle round on the fixture, still proven optimal', () => {
    const event = fixture();
    const result = solve(event, { seed: 1 });
    expect(result.status).toBe('optimal');
    expect(checkSchedule(event, result.schedule!)).toEqual([]);
    expect(result.schedule!.stats).toMatchObject({ covered: 40, value: 342 });
    expect(result.schedule!.stats.idleRounds).toBeLessThanOrEqual(1);
  });

  it('is deterministic for a seed', () => {
    const event = randomEvent(4, { clusters: 120, rounds: 8, tables: 30, cap: 5, sessions: 2, objective: 'fair' });
    const first = solve(event, { seed: 2, method: 'heuristic' }).schedule!;
    const second = solve(event, { seed: 2, method: 'heuristic' }).schedule!;
    expect(places(second)).toEqual(places(first));
    expect(checkSchedule(event, first)).toEqual([]);
  });

  it('keeps locked meetings where they are while gathering the others', () => {
    const event = randomEvent(1, { clusters: 60, rounds: 6, tables: 12, cap: 3, sessions: 2, objective: 'fair' });
    const free = solve(event, { seed: 1, method: 'heuristic' }).schedule!;
    const locks: LockedMeeting[] = free.meetings.slice(0, 4).map((m) => ({ clusters: m.clusters, round: m.round === 1 ? 6 : 1, table: m.table }));
    const result = solve(event, { seed: 1, method: 'heuristic', locks });
    const schedule = result.schedule!;
    expect(checkSchedule(event, schedule, locks)).toEqual([]);
    for (const lock of locks) {
      expect(schedule.meetings.find((m) => m.clusters.join('+') === lock.clusters.join('+'))?.round).toBe(lock.round);
    }
  });

  it('keeps a previous schedule\'s meetings in place on a re-solve', () => {
    const event = fixture();
    const previous = solve(event, { seed: 1 }).schedule!;
    const again = solve(event, { seed: 5, previous }).schedule!;
    expect(pairs(again)).toEqual(pairs(previous));
    expect(places(again)).toEqual(places(previous));
  });
});
