/**
 * Placing the required meetings (mustMeet pairs and locks) is complete: a
 * schedule, or a proof naming what makes it impossible (counting
 * certificates first, then an exhaustive search), or, when the time ran out
 * first, a result that says so.
 */
import { checkSchedule, solve } from '../../solver';
import type { ClusterInput, EventFile, LockedMeeting } from '../../solver/model/types';
import { normalizeEvent } from '../../solver/model/normal-event';
import { Board } from '../../solver/search/board';
import { edgesByValue } from '../../solver/search/heuristic';
import { buildInstance } from '../../solver/search/instance';
import { bestRound } from '../../solver/search/placement';
import { forumEvent } from '../../bench/forum-event';

const DAY = '2026-06-11';
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
/** Round k (1-based): 20 + 5 minutes from 09:00. */
const round = (k: number) => ({ date: DAY, start: hhmm(9 * 60 + (k - 1) * 25), end: hhmm(9 * 60 + (k - 1) * 25 + 20) });
const rounds = (first: number, last: number) => ({ date: DAY, start: round(first).start, end: round(last).end });

function eventOf(count: number, clusters: (string | ClusterInput)[], mustMeet: [string, string][], extra: Partial<EventFile['event']> = {}): EventFile {
  return {
    event: { id: 'forum', name: 'Forum', timezone: 'Europe/Paris', sessions: [rounds(1, count)], meetingMinutes: 20, changeoverMinutes: 5, ...extra },
    clusters: clusters.map((c) => (typeof c === 'string' ? { id: c, name: c.toUpperCase() } : c)),
    constraints: { mustMeet },
  };
}

const star = (hub: string, spokes: string[]): [string, string][] => spokes.map((s) => [hub, s]);

describe('required meetings', () => {
  it('names a cluster with more required meetings than usable rounds', () => {
    const event = eventOf(3, ['hub', 'a', 'b', 'c', 'd'], star('hub', ['a', 'b', 'c', 'd']), { maxMeetingsPerCluster: 4 });
    const result = solve(event);
    expect(result.status).toBe('infeasible');
    expect(result.schedule).toBeNull();
    expect(result.problems).toEqual([
      {
        path: 'constraints.mustMeet',
        code: 'infeasible',
        params: { mustMeet: 4, locks: 0 },
        proof: { kind: 'clusterRounds', cluster: 'hub', partners: ['a', 'b', 'c', 'd'], rounds: [1, 2, 3] },
        message: 'the 4 mustMeet pair(s) cannot all be scheduled: "hub" has 4 required meetings (with "a", "b", "c", "d") but only 3 usable rounds (rounds 1–3)',
      },
    ]);
  });

  it('names the rounds that the required meetings of a cluster share with their partners\' availability', () => {
    // The hub is there all morning, but b and c only in rounds 2 and 3, d only in round 3.
    const late = (id: string, from: number): ClusterInput => ({ id, name: id, availability: [rounds(from, 5)] });
    const early = (id: string): ClusterInput => ({ id, name: id, availability: [rounds(2, 3)] });
    const event = eventOf(5, ['hub', 'a', early('b'), early('c'), { ...late('d', 3), availability: [round(3)] }], star('hub', ['a', 'b', 'c', 'd']), { maxMeetingsPerCluster: 4 });
    const result = solve(event);
    expect(result.status).toBe('infeasible');
    expect(result.problems[0].proof).toEqual({ kind: 'clusterRounds', cluster: 'hub', partners: ['b', 'c', 'd'], rounds: [2, 3] });
    expect(result.problems[0].message).toContain('"hub" has 3 required meetings (with "b", "c", "d") but only 2 usable rounds (rounds 2–3)');
  });

  it('names the rounds whose tables cannot hold the required meetings that can only take place in them', () => {
    // Six pairs, all available in rounds 1–2 only, at two tables: 6 meetings for 4 places.
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
    const clusters = ids.map((id) => ({ id, name: id, availability: [rounds(1, 2)] }));
    const pairs: [string, string][] = [0, 2, 4, 6, 8, 10].map((i) => [ids[i], ids[i + 1]]);
    const event = eventOf(4, [...clusters, 'x', 'y'], [...pairs, ['x', 'y']], { tables: 2 });
    const result = solve(event);
    expect(result.status).toBe('infeasible');
    expect(result.problems[0].proof).toEqual({ kind: 'tables', required: 6, rounds: [1, 2], tables: 4 });
    expect(result.problems[0].message).toContain('rounds 1–2 need 6 tables for the required meetings that can only take place there, there are 4');
  });

  it('names a cluster whose mustMeet pairs and locks together exceed its cap', () => {
    const event = eventOf(3, ['a', 'b', 'c'], [['a', 'b']], { maxMeetingsPerCluster: 1 });
    const locks: LockedMeeting[] = [{ clusters: ['a', 'c'], round: 1, table: 'T1' }];
    const result = solve(event, { locks });
    expect(result.status).toBe('infeasible');
    expect(result.problems[0]).toMatchObject({ path: 'constraints.mustMeet', code: 'infeasible', proof: { kind: 'cap', cluster: 'a', required: 2, cap: 1 } });
    expect(result.problems[0].message).toContain('"a" has 2 required meetings (mustMeet pairs and locks) but a cap of 1');
  });

  it('says when an exhaustive search proved that the required meetings cannot all be scheduled', () => {
    // A triangle needs three rounds; every count fits in two.
    const event = eventOf(2, ['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['a', 'c']]);
    for (const method of ['auto', 'heuristic'] as const) {
      const result = solve(event, { method });
      expect(result.status).toBe('infeasible');
      expect(result.problems).toEqual([
        expect.objectContaining({
          path: 'constraints.mustMeet',
          code: 'infeasible',
          proof: { kind: 'exhaustive' },
          message: 'the 3 mustMeet pair(s) cannot all be scheduled: an exhaustive search over the rounds found no schedule',
        }),
      ]);
    }
  });

  it('counts the tables of all the rounds together, and schedules the meetings once they fit', () => {
    // Two disjoint triangles, three rounds: 6 meetings, 3 places at one table, 6 at two.
    const event = eventOf(3, ['a', 'b', 'c', 'd', 'e', 'f'], [['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f']], { tables: 1 });
    expect(solve(event).problems[0].proof).toEqual({ kind: 'tables', required: 6, rounds: [1, 2, 3], tables: 3 });
    const two = { ...event, event: { ...event.event, tables: 2 } };
    const result = solve(two);
    expect(result.status).toBe('optimal');
    expect(checkSchedule(two, result.schedule!)).toEqual([]);
  });

  it('reports a search cut by the time limit as timed out, not as impossible', () => {
    const event = eventOf(2, ['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['a', 'c']]);
    let clock = 0;
    // Each look at the clock is a second later: the 10 ms limit is gone before the search can prove anything.
    const result = solve(event, { now: () => (clock += 1000), timeLimitMs: 10 });
    expect(result.status).toBe('timedout');
    expect(result.schedule).toBeNull();
    expect(result.problems).toEqual([
      {
        path: 'constraints.mustMeet',
        code: 'timed_out',
        params: { mustMeet: 3, locks: 0, timeLimitMs: 10 },
        message: 'no schedule of the 3 mustMeet pair(s) was found within the time limit of 0.01 s, and none was proven impossible: try a longer time limit',
      },
    ]);
  });

  it('still places the required meetings when the time limit is gone, if the first greedy pass does it', () => {
    const event = eventOf(3, ['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['a', 'c']]);
    let clock = 0;
    const result = solve(event, { now: () => (clock += 1000), timeLimitMs: 10 });
    expect(result.schedule).not.toBeNull();
    expect(checkSchedule(event, result.schedule!)).toEqual([]);
    expect(result.schedule!.meetings).toHaveLength(3);
  });

  it('places the required meetings of a tight forum event that a greedy pass cannot place', () => {
    for (const seed of [2, 3, 5]) {
      const event = forumEvent(seed, { participants: 12, rounds: 5, tables: 4, fill: 1 });
      // The greedy pass alone (by value, each in the round adding the least idle time) leaves some out…
      const board = new Board(buildInstance(normalizeEvent(event)));
      for (const e of edgesByValue(board, 1)) {
        const r = board.hasRoom(e) ? bestRound(board, e) : -1;
        if (r !== -1) board.place(e, r);
      }
      expect(board.scheduled().length).toBeLessThan(event.constraints!.mustMeet!.length);
      // … the search places them all.
      const schedule = solve(event).schedule!;
      expect(checkSchedule(event, schedule)).toEqual([]);
      expect(schedule.meetings).toHaveLength(event.constraints!.mustMeet!.length);
    }
  });
});
