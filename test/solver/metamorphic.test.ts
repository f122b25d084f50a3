import { checkSchedule, solve } from '../../solver';
import type { EventFile, Schedule, ScheduleStats } from '../../solver/model/types';
import { mulberry32, randomEvent, type RandomEventOptions } from '../../bench/random-event';

const EPSILON = 1e-9;
const CASES = 30;

interface Case {
  seed: number;
  options: RandomEventOptions;
}

/** Small random events, proven quickly, with every kind of rule in play. */
function cases(): Case[] {
  const rand = mulberry32(99);
  return Array.from({ length: CASES }, (_, k) => ({
    seed: 30_000 + k,
    options: {
      clusters: 6 + 2 * Math.floor(rand() * 3),
      rounds: 2 + Math.floor(rand() * 3),
      tables: 2 + Math.floor(rand() * 3),
      cap: 1 + Math.floor(rand() * 3),
      partialAvailability: rand() < 0.5 ? 0.3 : 0,
      neverMeet: 3,
      mustMeet: rand() < 0.3 ? 1 : 0,
      objective: k % 2 === 0 ? 'fair' : 'total',
    },
  }));
}

const clone = (event: EventFile): EventFile => JSON.parse(JSON.stringify(event)) as EventFile;

/** The proven optimum of an event, checked; a time limit only keeps a slow proof from stalling the suite. */
function optimum(event: EventFile): Schedule {
  const result = solve(event, { now: () => performance.now(), timeLimitMs: 10_000 });
  expect(result.status).toBe('optimal');
  expect(checkSchedule(event, result.schedule!)).toEqual([]);
  return result.schedule!;
}

/** Order of the event's objective: positive when `a` is better than `b`, 0 when as good. */
function compare(event: EventFile, a: ScheduleStats, b: ScheduleStats): number {
  if ((event.event.objective ?? 'fair') === 'fair' && a.covered !== b.covered) return a.covered - b.covered;
  return Math.abs(a.value - b.value) <= EPSILON ? 0 : a.value - b.value;
}

/** Checks that the optimum of `changed` is at least that of the event, for every case. */
function neverLowers(change: (event: EventFile, rand: () => number) => EventFile | null): void {
  let compared = 0;
  for (const { seed, options } of cases()) {
    const event = randomEvent(seed, options);
    const changed = change(clone(event), mulberry32(seed));
    if (!changed) continue;
    const before = optimum(event).stats;
    const after = optimum(changed).stats;
    const order = compare(event, after, before);
    expect({ seed, worse: order < 0 }).toEqual({ seed, worse: false });
    compared++;
  }
  expect(compared).toBeGreaterThanOrEqual(CASES / 2);
}

describe('metamorphic relations of the optimum', () => {
  it('adding an unrequested cluster with no offers or seeks changes nothing', () => {
    for (const { seed, options } of cases()) {
      const event = randomEvent(seed, options);
      const before = optimum(event);
      for (const position of [0, event.clusters.length]) {
        const changed = clone(event);
        changed.clusters.splice(position, 0, { id: 'zz-nouveau', name: 'Nouveau cluster', region: 'Bretagne' });
        const after = optimum(changed);
        expect({ seed, position, meetings: after.meetings, unmet: after.unmet }).toEqual({
          seed,
          position,
          meetings: before.meetings,
          unmet: before.unmet,
        });
        expect({ ...after.stats, solveMs: 0 }).toEqual({ ...before.stats, solveMs: 0 });
      }
    }
  });

  it('raising a cap never lowers the optimum', () => {
    neverLowers((event, rand) => {
      if (rand() < 0.5) {
        event.event.maxMeetingsPerCluster = (event.event.maxMeetingsPerCluster ?? 3) + 1;
      } else {
        const cluster = event.clusters[Math.floor(rand() * event.clusters.length)];
        cluster.maxMeetings = (cluster.maxMeetings ?? event.event.maxMeetingsPerCluster ?? 3) + 1;
      }
      return event;
    });
  });

  it('adding a table never lowers the optimum', () => {
    neverLowers((event) => {
      event.event.tables = (event.event.tables as number) + 1;
      return event;
    });
  });

  it('removing a neverMeet pair never lowers the optimum', () => {
    neverLowers((event, rand) => {
      const never = event.constraints?.neverMeet ?? [];
      if (never.length === 0) return null;
      never.splice(Math.floor(rand() * never.length), 1);
      return event;
    });
  });

  it('adding a request never lowers the optimum', () => {
    neverLowers((event, rand) => {
      const ids = event.clusters.map((c) => c.id);
      const asked = new Set((event.requests ?? []).map((r) => `${r.from}→${r.to}`));
      const free = ids.flatMap((from) => ids.filter((to) => to !== from && !asked.has(`${from}→${to}`)).map((to) => ({ from, to })));
      if (free.length === 0) return null;
      event.requests = [...(event.requests ?? []), { ...free[Math.floor(rand() * free.length)], priority: 1 + Math.floor(rand() * 5) }];
      return event;
    });
  });

  it('making a cluster available all day never lowers the optimum', () => {
    neverLowers((event) => {
      const partial = event.clusters.find((c) => c.availability);
      if (!partial) return null;
      delete partial.availability;
      return event;
    });
  });

  it('permuting clusters, requests and constraints in the file gives the same optimal coverage and value', () => {
    for (const { seed, options } of cases()) {
      const event = randomEvent(seed, options);
      const rand = mulberry32(seed + 1);
      const shuffle = <T>(items: T[]): T[] => {
        const out = [...items];
        for (let i = out.length - 1; i > 0; i--) {
          const j = Math.floor(rand() * (i + 1));
          [out[i], out[j]] = [out[j], out[i]];
        }
        return out;
      };
      const permuted = clone(event);
      permuted.clusters = shuffle(permuted.clusters);
      permuted.requests = shuffle(permuted.requests ?? []);
      if (permuted.constraints) {
        permuted.constraints = {
          mustMeet: shuffle(permuted.constraints.mustMeet ?? []).map(([a, b]) => [b, a] as [string, string]),
          neverMeet: shuffle(permuted.constraints.neverMeet ?? []),
        };
      }
      const before = optimum(event).stats;
      const after = optimum(permuted).stats;
      expect({ seed, covered: after.covered, value: after.value }).toEqual({ seed, covered: before.covered, value: before.value });
    }
  });
});
