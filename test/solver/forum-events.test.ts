/**
 * Forum-type events: every meeting required (`mustMeet`), caps equal to each
 * participant's number of meetings, tables that bind, forbidden rounds. Every
 * required meeting is placed when a schedule exists; otherwise a proof says
 * why, or the result says the time ran out. Once placed, the idle time is
 * minimised, with a proven lower bound.
 */
import { checkSchedule, solve, validateEvent, type SolveOptions } from '../../solver';
import type { EventFile, IdleMeasure, Schedule } from '../../solver/model/types';
import { mulberry32 } from '../../bench/random-event';
import { bruteForceSolution } from '../support/brute-force';
import { forumEvent, type ForumOptions } from '../../bench/forum-event';

const TINY = { clusters: 7, rounds: 5 };

/** Solves and requires a schedule that the independent checker accepts. */
function solved(event: EventFile, options: SolveOptions = {}): Schedule {
  const result = solve(event, options);
  expect(result.problems).toEqual([]);
  expect(result.schedule).not.toBeNull();
  expect(checkSchedule(event, result.schedule!, options.locks ? [...options.locks] : undefined)).toEqual([]);
  return result.schedule!;
}

const withMeasure = (event: EventFile, idleMeasure: IdleMeasure): EventFile => ({ ...event, event: { ...event.event, idleMeasure } });

describe('forum-type events', () => {
  describe('the generator', () => {
    it('makes valid events with every pair required, caps equal to the meetings and binding tables', () => {
      for (let seed = 1; seed <= 5; seed++) {
        const event = forumEvent(seed, { participants: 24, rounds: 8, tables: 6 });
        expect(validateEvent(event)).toEqual({ ok: true, event });
        const must = event.constraints!.mustMeet!;
        const degree = new Map<string, number>();
        for (const [a, b] of must) for (const id of [a, b]) degree.set(id, (degree.get(id) ?? 0) + 1);
        for (const c of event.clusters) expect(c.maxMeetings).toBe(degree.get(c.id) ?? 0);
        expect(must.length).toBeGreaterThanOrEqual(6 * 8 * 0.8);
        expect(event.clusters.some((c) => c.availability)).toBe(true);
      }
    });

    it('gives the same event for the same seed', () => {
      expect(forumEvent(3, { participants: 20, rounds: 6, tables: 5, sessions: 2 })).toEqual(forumEvent(3, { participants: 20, rounds: 6, tables: 5, sessions: 2 }));
    });
  });

  describe('never a false "cannot be scheduled"', () => {
    const families: ForumOptions[] = [
      { participants: 24, rounds: 8, tables: 6 },
      { participants: 30, rounds: 10, tables: 8, sessions: 2 },
      { participants: 20, rounds: 8, tables: 6, fill: 1 },
    ];
    it.each(families)('places every required meeting of planted events, valid by the checker (%j)', (options) => {
      for (let seed = 1; seed <= 4; seed++) {
        const event = forumEvent(seed, options);
        const schedule = solved(event, { seed, idleNodes: 20_000 });
        expect(schedule.meetings).toHaveLength(event.constraints!.mustMeet!.length);
        expect(schedule.stats.optimal).toBe(true);
      }
    });

    it('agrees with brute force on feasibility and on the least idle time, for both measures, on tiny events', () => {
      const rand = mulberry32(77);
      const failures: string[] = [];
      let cases = 0;
      let impossible = 0;
      let idling = 0;
      for (let k = 0; cases < 100 && k < 800; k++) {
        const options: ForumOptions = {
          participants: 4 + Math.floor(rand() * 4),
          rounds: 3 + Math.floor(rand() * 3),
          tables: 1 + Math.floor(rand() * 3),
          sessions: rand() < 0.3 ? 2 : 1,
          fill: 1,
          forbidden: 0.4,
          planted: rand() < 0.5,
        };
        const base = forumEvent(500 + k, options);
        if (!validateEvent(base).ok || base.constraints!.mustMeet!.length > 9 || base.constraints!.mustMeet!.length < 2) continue;
        cases++;
        for (const measure of ['rounds', 'gaps'] as const) {
          const event = withMeasure(base, measure);
          const where = `seed ${500 + k} ${measure} ${JSON.stringify(options)}`;
          const best = bruteForceSolution(event, { limits: TINY });
          const result = solve(event, { seed: 1 });
          if (best === null) {
            if (measure === 'rounds') impossible++;
            if (result.status !== 'infeasible') failures.push(`${where}: brute force finds no schedule, solver says ${result.status}`);
            continue;
          }
          if (!result.schedule) {
            failures.push(`${where}: brute force finds a schedule, solver says ${result.status} ${JSON.stringify(result.problems)}`);
            continue;
          }
          if (best.idle > 0) idling++;
          const problems = checkSchedule(event, result.schedule);
          if (problems.length > 0) failures.push(`${where}: checker ${JSON.stringify(problems)}`);
          const { idle, idleLowerBound, idleOptimal } = result.schedule.stats;
          if (idle !== best.idle || idleLowerBound !== best.idle || idleOptimal !== true) {
            failures.push(`${where}: idle ${idle} (bound ${idleLowerBound}, optimal ${idleOptimal}), brute force ${best.idle}`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(cases).toBe(100);
      expect(impossible).toBeGreaterThanOrEqual(5);
      expect(idling).toBeGreaterThanOrEqual(10);
    });
  });

  describe('idle time', () => {
    it('proves the least idle time of planted events with a lower bound no greater than it', () => {
      for (let seed = 1; seed <= 4; seed++) {
        for (const measure of ['rounds', 'gaps'] as const) {
          const event = withMeasure(forumEvent(seed, { participants: 24, rounds: 8, tables: 6, sessions: 2 }), measure);
          const { stats } = solved(event, { seed, idleNodes: 20_000 });
          expect(stats.idleLowerBound).toBeLessThanOrEqual(stats.idle!);
          if (stats.idleOptimal) expect(stats.idle).toBe(stats.idleLowerBound);
          if (measure === 'rounds') expect(stats.idle).toBe(stats.idleRounds);
        }
      }
    });

    it('gives the same schedule for the same seed', () => {
      const event = forumEvent(2, { participants: 30, rounds: 10, tables: 8, sessions: 2 });
      const places = (s: Schedule) => s.meetings.map((m) => `${m.clusters.join('+')}@${m.round}`);
      expect(places(solved(event, { seed: 4, idleNodes: 20_000 }))).toEqual(places(solved(event, { seed: 4, idleNodes: 20_000 })));
    });

    it('does not modify the event', () => {
      const event = forumEvent(5, { participants: 16, rounds: 6, tables: 4 });
      const copy = JSON.parse(JSON.stringify(event));
      solve(event, { idleNodes: 5_000 });
      expect(event).toEqual(copy);
    });
  });
});
