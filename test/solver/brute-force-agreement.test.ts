import { checkSchedule, solve } from '../../solver';
import type { EventFile, ScheduleStats } from '../../solver/model/types';
import { bruteForce, type BruteForceResult } from '../support/brute-force';
import { mulberry32, randomEvent, type RandomEventOptions } from '../../bench/random-event';

const EPSILON = 1e-9;
const INSTANCES = 300;

interface Case {
  seed: number;
  options: RandomEventOptions;
  event: EventFile;
  best: BruteForceResult | null;
}

/** Tiny random events over the whole space the brute force can handle. */
function tinyCases(): Case[] {
  const rand = mulberry32(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  return Array.from({ length: INSTANCES }, (_, k) => {
    const seed = 10_000 + k;
    const clusters = 3 + (k % 5);
    const options: RandomEventOptions = {
      clusters,
      rounds: 1 + Math.floor(rand() * 3),
      tables: pick([1, 2, 3, undefined]),
      cap: pick([1, 2, 3]),
      requestsPerCluster: pick([0, 1, 2, 3]),
      terms: pick([0, 3, 6]),
      partialAvailability: pick([0, 0, 0.3, 0.6]),
      sessions: pick([1, 1, 2] as const),
      objective: k % 2 === 0 ? 'fair' : 'total',
      mustMeet: pick([0, 0, 1, 2]),
      neverMeet: pick([0, 0, 1, 3]),
    };
    const event = randomEvent(seed, options);
    return { seed, options, event, best: bruteForce(event) };
  });
}

const fair = (event: EventFile) => (event.event.objective ?? 'fair') === 'fair';

/** True when (covered, value) beats the optimum under the event's objective. */
function beats(event: EventFile, stats: ScheduleStats, best: BruteForceResult): boolean {
  if (fair(event) && stats.covered !== best.covered) return stats.covered > best.covered;
  return stats.value > best.value + EPSILON;
}

describe('the solver against brute force on tiny random events', () => {
  const cases = tinyCases();

  it('covers the space it claims to: objectives, tables, caps, availability and constraints', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const seen = (f: (c: Case) => unknown) => new Set(cases.map(f));
    expect(seen((c) => c.options.clusters)).toEqual(new Set([3, 4, 5, 6, 7]));
    expect(seen((c) => c.options.rounds)).toEqual(new Set([1, 2, 3]));
    expect(seen((c) => c.options.tables)).toEqual(new Set([1, 2, 3, undefined]));
    expect(seen((c) => c.options.cap)).toEqual(new Set([1, 2, 3]));
    expect(seen((c) => c.event.event.objective)).toEqual(new Set(['fair', 'total']));
    expect(cases.filter((c) => c.event.clusters.some((k) => k.availability)).length).toBeGreaterThan(50);
    expect(cases.filter((c) => (c.event.constraints?.mustMeet ?? []).length > 0).length).toBeGreaterThan(50);
    expect(cases.filter((c) => (c.event.constraints?.neverMeet ?? []).length > 0).length).toBeGreaterThan(50);
    expect(cases.filter((c) => c.best !== null && c.best.value > 0).length).toBeGreaterThan(200);
  });

  it('proves the brute-force optimum: same coverage (fair) and value, valid, with a true bound', () => {
    const failures: string[] = [];
    for (const { seed, options, event, best } of cases) {
      const result = solve(event, { seed });
      const where = `seed ${seed} ${JSON.stringify(options)}`;
      if (best === null) {
        if (result.status !== 'infeasible') failures.push(`${where}: brute force finds no schedule, solver says ${result.status}`);
        continue;
      }
      if (result.status !== 'optimal' || !result.schedule) {
        failures.push(`${where}: status ${result.status}, expected optimal`);
        continue;
      }
      const stats = result.schedule.stats;
      const problems = checkSchedule(event, result.schedule);
      const got = { covered: stats.covered, value: stats.value };
      const want = { covered: best.covered, value: best.value };
      if (problems.length > 0) failures.push(`${where}: checker: ${JSON.stringify(problems)}`);
      if (Math.abs(stats.value - best.value) > EPSILON || (fair(event) && stats.covered !== best.covered)) {
        failures.push(`${where}: got ${JSON.stringify(got)}, brute force ${JSON.stringify(want)}`);
      }
      if (stats.idleRounds < best.idleRounds) failures.push(`${where}: ${stats.idleRounds} idle rounds, below the minimum ${best.idleRounds}`);
      if (stats.upperBound < stats.value - EPSILON) failures.push(`${where}: upper bound ${stats.upperBound} below value ${stats.value}`);
      if (!stats.optimal) failures.push(`${where}: status optimal but stats.optimal is false`);
    }
    expect(failures).toEqual([]);
  });

  it('gives heuristic-only schedules that are valid and never beat the optimum', () => {
    const failures: string[] = [];
    for (const { seed, options, event, best } of cases) {
      if (best === null) continue;
      const result = solve(event, { seed, method: 'heuristic' });
      const where = `seed ${seed} ${JSON.stringify(options)}`;
      if (!result.schedule || !['feasible', 'optimal'].includes(result.status)) {
        // A heuristic may miss a must-meet pair only if it says so; the instance has a schedule.
        failures.push(`${where}: heuristic status ${result.status}`);
        continue;
      }
      const stats = result.schedule.stats;
      const problems = checkSchedule(event, result.schedule);
      if (problems.length > 0) failures.push(`${where}: checker: ${JSON.stringify(problems)}`);
      if (beats(event, stats, best)) failures.push(`${where}: heuristic ${stats.covered}/${stats.value} beats brute force ${best.covered}/${best.value}`);
      if (stats.upperBound < best.value - EPSILON) {
        failures.push(`${where}: heuristic upper bound ${stats.upperBound} is below the optimum ${best.value}`);
      }
      const reachesOptimum = Math.abs(stats.value - best.value) <= EPSILON && (!fair(event) || stats.covered === best.covered);
      if (stats.optimal && !reachesOptimum) {
        failures.push(`${where}: heuristic claims optimality at ${stats.covered}/${stats.value}, optimum ${best.covered}/${best.value}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
