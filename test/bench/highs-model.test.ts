import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { solve, type EventFile } from '../../solver';
import { buildProgram, referenceProblem } from '../../bench/highs-model';
import { solveReference } from '../../bench/highs-reference';
import { forumEvent } from '../../bench/forum-event';
import { mulberry32, randomEvent } from '../../bench/random-event';
import { bruteForce, BRUTE_FORCE_LIMITS } from '../support/brute-force';
import { withMeetingWindows } from '../support/meeting-windows';

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'interclustering-2015.json'), 'utf8')) as EventFile;

/** A tiny seeded event with every rule in play: caps, tables, partial availability, windows, must and never meet. */
function tinyEvent(seed: number, clusters: number, rounds: number): EventFile {
  const pick = mulberry32(1000 + seed);
  const event = randomEvent(seed, {
    clusters,
    rounds,
    tables: 1 + Math.floor(pick() * 3),
    cap: 1 + Math.floor(pick() * 3),
    requestsPerCluster: 2 + Math.floor(pick() * 2),
    partialAvailability: 0.3,
    sessions: rounds >= 2 && pick() < 0.3 ? 2 : 1,
    objective: pick() < 0.5 ? 'fair' : 'total',
    mustMeet: pick() < 0.4 ? 1 : 0,
    neverMeet: 1,
    popularity: pick() < 0.5 ? 1 : 0,
    ...(pick() < 0.5 ? { capRange: [0, 3] as const } : {}),
  });
  return pick() < 0.5 ? withMeetingWindows(event, seed) : event;
}

/** The optimum the MIP proves: its value, and under `"fair"` its coverage (under `"total"` any coverage is as good). */
async function highsOptimum(event: EventFile) {
  const r = await solveReference(referenceProblem(event), { kind: 'mip' }, { timeLimitSeconds: 60 });
  expect(r.status).toBe('optimal');
  return scores(event, r.value!, r.covered!);
}

const scores = (event: EventFile, value: number, covered: number) => (event.event.objective === 'total' ? { value } : { value, covered });

describe('the HiGHS reference model', () => {
  it("finds the fixture's proven optimum: 342 with all 40 clusters covered", async () => {
    const result = solve(fixture, { method: 'exact' });
    expect(result.status).toBe('optimal');
    expect(await highsOptimum(fixture)).toEqual(scores(fixture, result.schedule!.stats.value, result.schedule!.stats.covered));
    expect(result.schedule!.stats).toMatchObject({ value: 342, covered: 40 });
  });

  it.each(Array.from({ length: 24 }, (_, i) => i + 1))('agrees with the solver on the proven optimum of tiny event %i', async (seed) => {
    const event = tinyEvent(seed, 8 + (seed % 5), 2 + (seed % 3));
    const result = solve(event, { method: 'exact', seed: 1 });
    expect(result.status).toBe('optimal');
    const { value, covered } = result.schedule!.stats;
    expect(await highsOptimum(event)).toEqual(scores(event, value, covered));
  });

  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('agrees with brute force on tiny event %i', async (seed) => {
    const event = tinyEvent(100 + seed, BRUTE_FORCE_LIMITS.clusters - (seed % 3), 1 + (seed % BRUTE_FORCE_LIMITS.rounds));
    const best = bruteForce(event);
    expect(best).not.toBeNull();
    expect(await highsOptimum(event)).toEqual(scores(event, best!.value, best!.covered));
  });

  it('places every required meeting of a forum-type event, as the solver does', async () => {
    const event = forumEvent(4, { participants: 16, rounds: 6, tables: 5 });
    // Every pair is required (exactly once): an optimum is a placement of them all.
    const r = await solveReference(referenceProblem(event), { kind: 'mip' }, { timeLimitSeconds: 60 });
    expect(r.status).toBe('optimal');
    expect(solve(event).schedule!.stats.meetings).toBe(event.constraints!.mustMeet!.length);
  });

  it.each(Array.from({ length: 10 }, (_, i) => i + 1))('finds the least idle time of tiny forum-type event %i, as brute force does', async (seed) => {
    const event = forumEvent(seed, { participants: 6 + (seed % 2), rounds: 3, tables: 2, fill: 1 });
    const best = bruteForce(event);
    const r = await solveReference(referenceProblem(event), { kind: 'mip', idle: true });
    expect(r.status).toBe('optimal');
    expect([r.idle, r.idleLowerBound]).toEqual([best!.idleRounds, best!.idleRounds]);
  });

  // Seed 3 leaves 1 idle round at best, seed 2 none.
  it.each([2, 3])("finds the solver's proven least idle time on forum-type event %i", async (seed) => {
    const event = forumEvent(seed, { participants: 18, rounds: 8, tables: 5, forbidden: 0.5 });
    const { stats } = solve(event, { seed: 1 }).schedule!;
    const r = await solveReference(referenceProblem(event), { kind: 'mip', idle: true });
    expect(r.status).toBe('optimal');
    if (stats.idleOptimal) expect(r.idle).toBe(stats.idle);
    else expect(r.idle!).toBeLessThanOrEqual(stats.idle!);
    expect(r.idle!).toBeGreaterThanOrEqual(stats.idleLowerBound!);
  });

  it('refuses the idle program when some pair is not required', () => {
    expect(() => buildProgram(referenceProblem(fixture), { kind: 'mip', idle: true })).toThrow(RangeError);
  });

  it('bounds the optimum from above with its LP relaxations', async () => {
    for (const seed of [3, 7, 11]) {
      const event = randomEvent(seed, { clusters: 30, rounds: 4, tables: 6, cap: 2, objective: 'total', popularity: 1, partialAvailability: 0.3 });
      const problem = referenceProblem(event);
      const mip = await solveReference(problem, { kind: 'mip' });
      const lp = await solveReference(problem, { kind: 'lp' });
      const pairByPair = await solveReference(problem, { kind: 'lp', aggregated: true });
      expect(lp.valueBound!).toBeGreaterThanOrEqual(mip.value! - 1e-6);
      // Forgetting the rounds loosens the bound, and shrinks the program to one column per pair.
      expect(pairByPair.valueBound!).toBeGreaterThanOrEqual(lp.valueBound! - 1e-6);
      expect(pairByPair.columns).toBe(problem.pairs.length);
      // As an integer program, it is a relaxation still: its optimum bounds the event's.
      const pairByPairMip = await solveReference(problem, { kind: 'mip', aggregated: true });
      expect(pairByPairMip.valueBound!).toBeGreaterThanOrEqual(mip.value! - 1e-6);
      expect(pairByPairMip.valueBound!).toBeLessThanOrEqual(pairByPair.valueBound! + 1e-6);
      expect(pairByPairMip.value).toBeUndefined();
    }
  });

  it('bounds the value at a given coverage under "fair"', async () => {
    const problem = referenceProblem(fixture);
    const lp = await solveReference(problem, { kind: 'lp', minCovered: 40 });
    expect(lp.valueBound!).toBeGreaterThanOrEqual(342 - 1e-6);
    // Coverage beyond what any schedule reaches leaves the relaxation infeasible, not a bound.
    expect((await solveReference(problem, { kind: 'lp', minCovered: 41 })).valueBound).toBeUndefined();
  });

  it('leaves out never-meet pairs, clusters of cap 0 and rounds outside a pair\'s availability or windows', () => {
    const event: EventFile = {
      event: { id: 'e', name: 'E', timezone: 'Europe/Paris', sessions: [{ date: '2026-06-11', start: '09:00', end: '10:10' }], meetingMinutes: 20, changeoverMinutes: 5, tables: 1 },
      clusters: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B', availability: [{ date: '2026-06-11', start: '09:25', end: '10:10' }] },
        { id: 'c', name: 'C' },
        { id: 'd', name: 'D', maxMeetings: 0 },
      ],
      requests: [
        { from: 'a', to: 'b', priority: 1 },
        { from: 'b', to: 'a', priority: 2 },
        { from: 'a', to: 'c' },
        { from: 'b', to: 'c' },
        { from: 'a', to: 'd' },
      ],
      constraints: {
        mustMeet: [['a', 'c']],
        neverMeet: [['b', 'c']],
        meetingWindows: [{ clusters: ['b', 'a'], windows: [{ date: '2026-06-11', start: '09:50', end: '10:10' }] }],
      },
    };
    const problem = referenceProblem(event);
    expect(problem.pairs.map((p) => [problem.clusters[p.a], problem.clusters[p.b], p.value, p.mustMeet, p.rounds])).toEqual([
      ['a', 'b', 9, false, [2]],
      ['a', 'c', 3, true, [0, 1, 2]],
    ]);
    const program = buildProgram(problem, { kind: 'mip' });
    // Four x columns, and the y of a, b and c for "fair" (d has no pair).
    expect([program.xCount, program.numCols]).toEqual([4, 7]);
    // The required pair's row: exactly once.
    expect([program.rowLower[0], program.rowUpper[0]]).toEqual([1, 1]);
  });
});
