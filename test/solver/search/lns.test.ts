/**
 * The large-neighbourhood search of the heuristic path: never worse than the
 * local search it starts from, every rule kept (locks, mustMeet, caps,
 * tables, availability, neverMeet), deterministic for a seed.
 */
import { checkSchedule, solve } from '../../../solver';
import { Board, UNSCHEDULED } from '../../../solver/search/board';
import { construct, improve } from '../../../solver/search/heuristic';
import { normalizeEvent } from '../../../solver/model/normal-event';
import { buildInstance } from '../../../solver/search/instance';
import { largeNeighbourhoodSearch } from '../../../solver/search/lns';
import type { EventFile, LockedMeeting } from '../../../solver/model/types';
import { mulberry32, randomEvent, type RandomEventOptions } from '../../../bench/random-event';

const forever = { expired: () => false, maxPasses: 25 };

function localSearch(event: EventFile, locks: LockedMeeting[] = [], seed = 1): Board {
  const board = new Board(buildInstance(normalizeEvent(event), locks));
  construct(board, seed);
  improve(board, seed, forever);
  return board;
}

/** Lexicographic (covered, value) for "fair", value alone for "total". */
function notWorse(board: Board, covered: number, value: number): boolean {
  return !board.better(covered, value);
}

/** The board's derived data agree with its rounds, and every rule of the instance holds. */
function boardProblems(board: Board, locks: Int32Array): string[] {
  const { edges, cap, available, tablesPerRound } = board.instance;
  const problems: string[] = [];
  const count = new Int32Array(cap.length);
  const load = new Int32Array(board.rounds);
  const seen = new Set<string>();
  let value = 0;
  board.roundOf.forEach((r, e) => {
    if (locks[e] !== UNSCHEDULED && r !== locks[e]) problems.push(`lock ${e} moved to ${r}`);
    if (edges[e].mustMeet && r === UNSCHEDULED) problems.push(`mustMeet ${e} unscheduled`);
    if (r === UNSCHEDULED) return;
    const { a, b } = edges[e];
    if (locks[e] === UNSCHEDULED && !(available[a][r] && available[b][r])) problems.push(`edge ${e} outside availability`);
    for (const c of [a, b]) {
      if (seen.has(`${c}@${r}`)) problems.push(`cluster ${c} twice in round ${r}`);
      seen.add(`${c}@${r}`);
      count[c]++;
    }
    load[r]++;
    value += edges[e].value;
  });
  count.forEach((k, c) => k > cap[c] && problems.push(`cluster ${c} over its cap`));
  load.forEach((k, r) => k > tablesPerRound && problems.push(`round ${r} over the tables`));
  if (Math.abs(value - board.value) > 1e-6) problems.push(`value ${board.value} but meetings sum to ${value}`);
  return problems;
}

function lockRounds(board: Board): Int32Array {
  const rounds = new Int32Array(board.instance.edges.length).fill(UNSCHEDULED);
  for (const lock of board.instance.locks) rounds[lock.edge] = lock.round;
  return rounds;
}

describe('large-neighbourhood search', () => {
  const rand = mulberry32(9090);
  const cases = Array.from({ length: 16 }, (_, k) => {
    const options: RandomEventOptions = {
      clusters: 30 + Math.floor(rand() * 91),
      rounds: 3 + Math.floor(rand() * 6),
      tables: rand() < 0.25 ? undefined : 3 + Math.floor(rand() * 20),
      cap: 1 + Math.floor(rand() * 4),
      partialAvailability: rand() * 0.4,
      sessions: rand() < 0.3 ? 2 : 1,
      mustMeet: Math.floor(rand() * 4),
      neverMeet: Math.floor(rand() * 6),
      objective: k % 2 === 0 ? 'fair' : 'total',
    };
    return { seed: 90_000 + k, options };
  });

  it('is never worse than the local search and keeps every rule, with and without locks', () => {
    const failures: string[] = [];
    for (const { seed, options } of cases) {
      const event = randomEvent(seed, options);
      // Locks taken from a local-search schedule (the board ignores tables).
      const free = localSearch(event, [], seed + 1);
      const { ids, edges } = free.instance;
      const lockSets: LockedMeeting[][] = [
        [],
        free
          .scheduled()
          .filter((_, i) => i % 5 === 0)
          .map((e) => ({ clusters: [ids[edges[e].a], ids[edges[e].b]] as [string, string], round: free.roundOf[e] + 1, table: 'T1' })),
      ];
      for (const locks of lockSets) {
        const board = localSearch(event, locks, seed);
        const { covered, value } = board;
        expect(largeNeighbourhoodSearch(board, seed, { expired: () => false, iterations: 400 })).toBe(true);
        const where = `seed ${seed} locks ${locks.length} ${JSON.stringify(options)}`;
        if (!notWorse(board, covered, value)) failures.push(`${where}: ${board.covered}/${board.value} after ${covered}/${value}`);
        for (const problem of boardProblems(board, lockRounds(board))) failures.push(`${where}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('runs in solve beyond the exact limit: valid schedules (mustMeet, neverMeet), never worse than the quick heuristic', () => {
    const failures: string[] = [];
    for (const { seed, options } of cases.slice(0, 8)) {
      const event = randomEvent(seed, options);
      const quick = solve(event, { seed, method: 'heuristic' }).schedule!;
      const result = solve(event, { seed, exactPairLimit: 0 });
      const where = `seed ${seed} ${JSON.stringify(options)}`;
      if (result.status !== 'feasible' || !result.schedule) {
        failures.push(`${where}: status ${result.status}`);
        continue;
      }
      const { stats } = result.schedule;
      for (const problem of checkSchedule(event, result.schedule)) failures.push(`${where}: ${JSON.stringify(problem)}`);
      const worse = options.objective === 'fair' && stats.covered !== quick.stats.covered ? stats.covered < quick.stats.covered : stats.value < quick.stats.value - 1e-9;
      if (worse) failures.push(`${where}: ${stats.covered}/${stats.value} below the quick heuristic's ${quick.stats.covered}/${quick.stats.value}`);
      if (!(stats.upperBound >= stats.value - 1e-9)) failures.push(`${where}: bound ${stats.upperBound} below value ${stats.value}`);
    }
    expect(failures).toEqual([]);
  });

  it('gives the same schedule for the same seed', () => {
    const event = randomEvent(3, { clusters: 150, rounds: 6, tables: 30, partialAvailability: 0.2, mustMeet: 2, neverMeet: 3 });
    const run = (seed: number) => {
      const board = localSearch(event);
      largeNeighbourhoodSearch(board, seed, { expired: () => false, iterations: 1000 });
      return Array.from(board.roundOf);
    };
    expect(run(7)).toEqual(run(7));
  });

  it('stops on the time limit and still leaves a valid schedule, not worse', () => {
    const event = randomEvent(5, { clusters: 100, rounds: 5, tables: 20, partialAvailability: 0.2 });
    const board = localSearch(event);
    const { covered, value } = board;
    let calls = 0;
    expect(largeNeighbourhoodSearch(board, 1, { expired: () => ++calls > 3, iterations: 1_000_000 })).toBe(false);
    expect(notWorse(board, covered, value)).toBe(true);
    expect(boardProblems(board, lockRounds(board))).toEqual([]);
  });

  it('raises the value of a large event past the local search, deterministically, with a valid schedule and kept locks', () => {
    const event = randomEvent(1, { clusters: 300, rounds: 10, tables: 80, partialAvailability: 0.2 });
    const before = localSearch(event);
    const result = solve(event, { seed: 1 });
    expect(result.status).toBe('feasible');
    const schedule = result.schedule!;
    expect(checkSchedule(event, schedule)).toEqual([]);
    expect(schedule.stats.covered).toBeGreaterThanOrEqual(before.covered);
    // 1492 before the search (the proven optimum is 1554).
    expect(schedule.stats.value).toBeGreaterThan(before.value + 20);
    expect(schedule.stats.upperBound).toBeGreaterThanOrEqual(schedule.stats.value);
    expect(solve(event, { seed: 1 })).toEqual(result);

    const locks: LockedMeeting[] = schedule.meetings.filter((_, i) => i % 10 === 0).map((m) => ({ clusters: m.clusters, round: m.round, table: m.table }));
    const locked = solve(event, { seed: 2, locks }).schedule!;
    expect(checkSchedule(event, locked, locks)).toEqual([]);
    for (const lock of locks) {
      const meeting = locked.meetings.find((m) => m.clusters.join('+') === lock.clusters.join('+'));
      expect([meeting?.round, meeting?.table]).toEqual([lock.round, lock.table]);
    }
  });
});
