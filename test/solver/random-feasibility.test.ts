import { checkSchedule, solve } from '../../solver';
import type { ScheduleStats } from '../../solver/model/types';
import { mulberry32, randomEvent, type RandomEventOptions } from '../../bench/random-event';

const EPSILON = 1e-9;

describe('heuristic schedules on many random events', () => {
  const rand = mulberry32(4242);
  const cases = Array.from({ length: 80 }, (_, k) => {
    const options: RandomEventOptions = {
      clusters: 20 + Math.floor(rand() * 131),
      rounds: 2 + Math.floor(rand() * 7),
      tables: rand() < 0.25 ? undefined : 2 + Math.floor(rand() * 25),
      cap: 1 + Math.floor(rand() * 4),
      partialAvailability: rand() < 0.5 ? rand() * 0.5 : 0,
      sessions: rand() < 0.3 ? 2 : 1,
      mustMeet: Math.floor(rand() * 4),
      neverMeet: Math.floor(rand() * 6),
      objective: k % 2 === 0 ? 'fair' : 'total',
    };
    return { seed: 40_000 + k, options };
  });

  it('are always valid, with an upper bound at or above their value', () => {
    const failures: string[] = [];
    for (const { seed, options } of cases) {
      const event = randomEvent(seed, options);
      const result = solve(event, { seed, method: 'heuristic' });
      const where = `seed ${seed} ${JSON.stringify(options)}`;
      if (result.status !== 'feasible' || !result.schedule) {
        failures.push(`${where}: status ${result.status} ${JSON.stringify(result.problems)}`);
        continue;
      }
      const problems = checkSchedule(event, result.schedule);
      if (problems.length > 0) failures.push(`${where}: ${JSON.stringify(problems.slice(0, 3))}`);
      const { value, upperBound } = result.schedule.stats;
      if (!(upperBound >= value - EPSILON)) failures.push(`${where}: upper bound ${upperBound} below value ${value}`);
    }
    expect(failures).toEqual([]);
  });

  it('hold at least one meeting on every event where a pair has value', () => {
    let withMeetings = 0;
    for (const { seed, options } of cases.slice(0, 20)) {
      const schedule = solve(randomEvent(seed, options), { seed, method: 'heuristic' }).schedule!;
      if (schedule.meetings.length > 0) withMeetings++;
    }
    expect(withMeetings).toBe(20);
  });
});

/**
 * The "Done when": up to 60 clusters, binding caps, few rounds and few
 * tables; coverage and value must equal the true optimum. The exact path must
 * prove it, and no heuristic run may do better.
 */
function mediumOptions(k: number): RandomEventOptions {
  const rand = mulberry32(777 + k);
  return {
    clusters: 30 + Math.floor(rand() * 31),
    rounds: 3 + Math.floor(rand() * 2),
    tables: 2 + Math.floor(rand() * 5),
    cap: 1 + Math.floor(rand() * 3),
    objective: rand() < 0.25 ? 'total' : 'fair',
  };
}

describe('exact schedules on medium events with binding caps and few tables', () => {
  const cases = Array.from({ length: 30 }, (_, k) => ({ seed: 20_000 + k, options: mediumOptions(k) }));

  it('are proven optimal, valid, and never beaten by a heuristic run with 5 seeds', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const failures: string[] = [];
    for (const { seed, options } of cases) {
      const event = randomEvent(seed, options);
      const where = `seed ${seed} ${JSON.stringify(options)}`;
      // The time limit only keeps a failed proof from stalling the suite.
      const result = solve(event, { seed: 1, now: () => performance.now(), timeLimitMs: 8_000 });
      const exact = result.schedule;
      if (!exact) {
        failures.push(`${where}: status ${result.status}`);
        continue;
      }
      if (result.status !== 'optimal') {
        failures.push(`${where}: status ${result.status}, covered ${exact.stats.covered}, value ${exact.stats.value}, bound ${exact.stats.upperBound}`);
      }
      const problems = checkSchedule(event, exact);
      if (problems.length > 0) failures.push(`${where}: ${JSON.stringify(problems.slice(0, 3))}`);
      const better = (s: ScheduleStats) =>
        options.objective === 'fair' && s.covered !== exact.stats.covered ? s.covered > exact.stats.covered : s.value > exact.stats.value + EPSILON;
      for (const heuristicSeed of [1, 2, 3, 4, 5]) {
        const heuristic = solve(event, { seed: heuristicSeed, method: 'heuristic' }).schedule!;
        if (checkSchedule(event, heuristic).length > 0) failures.push(`${where}: heuristic seed ${heuristicSeed} is invalid`);
        if (better(heuristic.stats)) {
          failures.push(`${where}: heuristic seed ${heuristicSeed} gives ${heuristic.stats.covered}/${heuristic.stats.value}, exact ${exact.stats.covered}/${exact.stats.value}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
