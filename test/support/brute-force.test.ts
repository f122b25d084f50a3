import { checkSchedule } from '../../solver/check/check-schedule';
import { deriveRules } from '../../solver/check/check-rules';
import type { ClusterInput, EventFile, Meeting, RequestInput, Schedule } from '../../solver/model/types';
import { bruteForce, bruteForceSolution, type BruteForceSolution } from './brute-force';
import { mulberry32, randomEvent } from '../../bench/random-event';

const DAY = '2026-06-11';

/** A tiny event: one session of `rounds` rounds of 20 + 5 minutes from 09:00. */
function tiny(rounds: number, clusters: (string | ClusterInput)[], requests: RequestInput[], extra: Partial<EventFile['event']> = {}): EventFile {
  const end = 9 * 60 + (rounds - 1) * 25 + 20;
  return {
    event: {
      id: 'tiny',
      name: 'Tiny',
      timezone: 'Europe/Paris',
      sessions: [{ date: DAY, start: '09:00', end: `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}` }],
      meetingMinutes: 20,
      changeoverMinutes: 5,
      ...extra,
    },
    clusters: clusters.map((c) => (typeof c === 'string' ? { id: c, name: c.toUpperCase() } : c)),
    requests,
  };
}

/** Turns a brute-force solution into a full schedule, tables numbered in order within each round. */
function toSchedule(event: EventFile, solution: BruteForceSolution): Schedule {
  const rules = deriveRules(event);
  const used = new Map<number, number>();
  const tables = event.event.tables;
  const meetings: Meeting[] = solution.meetings.map(({ clusters: [a, b], round }) => {
    const n = (used.get(round) ?? 0) + 1;
    used.set(round, n);
    const { start, end } = rules.grid[round - 1];
    const table = Array.isArray(tables) ? tables[n - 1].id : `T${n}`;
    // No `why`: the checker judges files written before it existed as well.
    return { clusters: [a, b], round, table, start, end, value: rules.pairValue(a, b), reasons: ['brute force'] } as Meeting;
  });
  const met = new Set(meetings.map((m) => m.clusters.join(' ')));
  return {
    eventId: event.event.id,
    rounds: rules.grid.map(({ index, start, end }) => ({ index, start, end })),
    meetings,
    unmet: (event.requests ?? [])
      .filter((r) => !met.has([r.from, r.to].sort().join(' ')))
      .map((r) => ({ from: r.from, to: r.to, reason: 'not scheduled', cause: { kind: 'tradeOff' } as const })),
    stats: {
      objective: event.event.objective ?? 'fair',
      value: solution.value,
      covered: solution.covered,
      upperBound: solution.value,
      optimal: true,
      idleRounds: solution.idleRounds,
      rounds: rules.grid.length,
      meetings: meetings.length,
      solveMs: 0,
    },
  };
}

describe('bruteForce', () => {
  it('solves a triangle with 2 rounds and a cap of 2: only one meeting fits per round', () => {
    // a–b 5, b–c 4, a–c 3: the two best pairs share b, which meets in both rounds.
    const event = tiny(2, ['a', 'b', 'c'], [
      { from: 'a', to: 'b', priority: 1 },
      { from: 'b', to: 'c', priority: 2 },
      { from: 'c', to: 'a' },
    ], { maxMeetingsPerCluster: 2 });
    expect(bruteForce(event)).toEqual({ covered: 3, value: 9, idleRounds: 0 });
    expect(bruteForce({ ...event, event: { ...event.event, objective: 'total' } })).toEqual({ covered: 3, value: 9, idleRounds: 0 });
  });

  it('prefers coverage to value under "fair" and value alone under "total"', () => {
    // One round on the path c – h – a – b: h–a is worth 10, the two outer pairs 1 each.
    const requests: RequestInput[] = [
      { from: 'h', to: 'a', priority: 1 },
      { from: 'a', to: 'h', priority: 1 },
      { from: 'a', to: 'b', priority: 5 },
      { from: 'c', to: 'h', priority: 5 },
    ];
    const event = tiny(1, ['a', 'b', 'c', 'h'], requests);
    expect(bruteForce(event)).toEqual({ covered: 4, value: 2, idleRounds: 0 });
    expect(bruteForce({ ...event, event: { ...event.event, objective: 'total' } })).toEqual({ covered: 2, value: 10, idleRounds: 0 });
  });

  it('counts competence matches after folding case, accents and spaces, weighted', () => {
    const event = tiny(1, [
      { id: 'a', name: 'A', offers: ['Économie  circulaire'], seeks: ['SANTÉ'] },
      { id: 'b', name: 'B', offers: [' sante'], seeks: ['economie circulaire'] },
    ], [], { competenceWeight: 3 });
    expect(bruteForce(event)).toEqual({ covered: 2, value: 6, idleRounds: 0 });
  });

  it('breaks ties by fewest idle rounds, and counts idleness only when it cannot be avoided', () => {
    const requests: RequestInput[] = [{ from: 'a', to: 'b' }, { from: 'a', to: 'c' }];
    expect(bruteForce(tiny(3, ['a', 'b', 'c'], requests))).toEqual({ covered: 3, value: 6, idleRounds: 0 });

    // b is there for round 1 only and c for round 3 only: a must wait through round 2.
    const constrained = tiny(3, [
      'a',
      { id: 'b', name: 'B', availability: [{ date: DAY, start: '09:00', end: '09:20' }] },
      { id: 'c', name: 'C', availability: [{ date: DAY, start: '09:50', end: '10:10' }] },
    ], requests);
    expect(bruteForce(constrained)).toEqual({ covered: 3, value: 6, idleRounds: 1 });

    // With round 3 in an afternoon session, the wait is no longer idleness.
    const split: EventFile = {
      ...constrained,
      event: { ...constrained.event, sessions: [{ date: DAY, start: '09:00', end: '09:45' }, { date: DAY, start: '09:50', end: '10:10' }] },
    };
    expect(bruteForce(split)).toEqual({ covered: 3, value: 6, idleRounds: 0 });
  });

  it('schedules no more meetings per round than tables', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const requests = ids.flatMap((from, i) => ids.slice(i + 1).map((to) => ({ from, to })));
    expect(bruteForce(tiny(2, ids, requests, { tables: 1 }))).toEqual({ covered: 4, value: 6, idleRounds: 0 });
    expect(bruteForce(tiny(2, ids, requests))).toEqual({ covered: 4, value: 12, idleRounds: 0 });
  });

  it('honours must-meet pairs of no value and never-meet pairs', () => {
    const event = tiny(1, ['a', 'b', 'c'], [{ from: 'a', to: 'b', priority: 1 }, { from: 'a', to: 'c', priority: 5 }]);
    expect(bruteForce({ ...event, constraints: { mustMeet: [['c', 'b']] } })).toEqual({ covered: 2, value: 0, idleRounds: 0 });
    expect(bruteForce({ ...event, constraints: { neverMeet: [['b', 'a']] } })).toEqual({ covered: 2, value: 1, idleRounds: 0 });
  });

  it('honours meeting windows: a pair meets only in a round wholly inside one of them', () => {
    // a–b and a–c, one round each; a–b may meet only in round 2, a–c only in round 2 or 3.
    const event = tiny(3, ['a', 'b', 'c'], [{ from: 'a', to: 'b', priority: 1 }, { from: 'a', to: 'c', priority: 1 }]);
    event.constraints = {
      meetingWindows: [
        { clusters: ['b', 'a'], windows: [{ date: DAY, start: '09:25', end: '09:45' }] },
        { clusters: ['a', 'c'], windows: [{ date: DAY, start: '09:20', end: '10:10' }] },
      ],
    };
    expect(bruteForceSolution(event)?.meetings).toEqual([
      { clusters: ['a', 'b'], round: 2 },
      { clusters: ['a', 'c'], round: 3 },
    ]);
    // A window one minute short of round 2 leaves a–b no round at all.
    event.constraints.meetingWindows![0].windows = [{ date: DAY, start: '09:25', end: '09:44' }];
    expect(bruteForceSolution(event)?.meetings).toEqual([{ clusters: ['a', 'c'], round: 2 }]);
    expect(bruteForce({ ...event, constraints: { ...event.constraints, mustMeet: [['a', 'b']] } })).toBeNull();
  });

  it('returns null when the must-meet pairs cannot all be scheduled', () => {
    const event = tiny(1, ['a', 'b', { id: 'c', name: 'C', availability: [{ date: DAY, start: '10:00', end: '11:00' }] }], []);
    expect(bruteForce({ ...event, constraints: { mustMeet: [['a', 'b'], ['a', 'c']] } })).toBeNull();
    expect(bruteForce({ ...event, constraints: { mustMeet: [['b', 'c']] } })).toBeNull();
    expect(bruteForce({ ...event, constraints: { mustMeet: [['a', 'b']], neverMeet: [['a', 'b']] } })).toBeNull();
  });

  it('refuses instances too large to search', () => {
    expect(() => bruteForce(randomEvent(1, { clusters: 8, rounds: 2 }))).toThrow(RangeError);
    expect(() => bruteForce(randomEvent(1, { clusters: 5, rounds: 4 }))).toThrow(RangeError);
  });

  describe('on random tiny events', () => {
    const cases = Array.from({ length: 40 }, (_, seed) => {
      const pick = mulberry32(1000 + seed);
      const among = <T,>(...options: T[]): T => options[Math.floor(pick() * options.length)];
      const event = randomEvent(seed, {
        clusters: among(3, 4, 5, 6),
        rounds: among(1, 2, 3),
        tables: among(undefined, 1, 2, 3),
        cap: among(1, 2, 3),
        requestsPerCluster: among(1, 2, 3),
        terms: among(0, 6, 12),
        partialAvailability: among(0, 0.3, 0.6),
        sessions: among<1 | 2>(1, 2),
        objective: among<'fair' | 'total'>('fair', 'total'),
        mustMeet: among(0, 0, 1, 2),
        neverMeet: among(0, 1, 2),
      });
      return [seed, event] as const;
    });

    it.each(cases)('finds a schedule the independent checker accepts (seed %i)', (_, event) => {
      const solution = bruteForceSolution(event);
      expect(solution).not.toBeNull();
      expect(checkSchedule(event, toSchedule(event, solution!))).toEqual([]);
    });

    it('finds the same optimum with and without pruning', () => {
      for (const [, event] of cases) {
        const { meetings: _pruned, ...pruned } = bruteForceSolution(event)!;
        const { meetings: _full, ...full } = bruteForceSolution(event, { prune: false })!;
        expect(pruned).toEqual(full);
      }
    });

    it('never gets worse when the cap is raised', () => {
      for (const [, event] of cases) {
        const before = bruteForce(event)!;
        const cap = (event.event.maxMeetingsPerCluster ?? 3) + 1;
        const after = bruteForce({ ...event, event: { ...event.event, maxMeetingsPerCluster: cap } })!;
        if ((event.event.objective ?? 'fair') === 'fair') {
          expect(after.covered).toBeGreaterThanOrEqual(before.covered);
          if (after.covered === before.covered) expect(after.value).toBeGreaterThanOrEqual(before.value);
        } else {
          expect(after.value).toBeGreaterThanOrEqual(before.value);
        }
      }
    });
  });
});
