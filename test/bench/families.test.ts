import { computeRounds, validateEvent, type EventFile } from '../../solver';
import { FAMILIES, family } from '../../bench/families';
import { forumEvent } from '../../bench/forum-event';
import { randomEvent, type RandomEventOptions } from '../../bench/random-event';
import { fitExponent } from '../../bench/fit';
import { judge } from '../../bench/targets';

const incoming = (event: EventFile) => {
  const counts = new Map<string, number>();
  for (const r of event.requests ?? []) counts.set(r.to, (counts.get(r.to) ?? 0) + 1);
  return counts;
};

const degrees = (event: EventFile) => {
  const counts = new Map<string, number>();
  for (const pair of event.constraints?.mustMeet ?? []) for (const id of pair) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
};

const tables = (event: EventFile) => event.event.tables as number;

describe('randomEvent, new options', () => {
  const base: RandomEventOptions = { clusters: 200, rounds: 6, tables: 30, partialAvailability: 0.2, mustMeet: 3, neverMeet: 4 };

  it('gives the same event as before when popularity is 0 and there is no capRange', () => {
    expect(randomEvent(5, { ...base, popularity: 0 })).toEqual(randomEvent(5, base));
  });

  it('changes only the caps with capRange, within the range, a must-meet cluster keeping at least 1', () => {
    const plain = randomEvent(5, base);
    const capped = randomEvent(5, { ...base, capRange: [0, 2] });
    const required = new Set(capped.constraints!.mustMeet!.flat());
    for (const c of capped.clusters) {
      expect(c.maxMeetings).toBeGreaterThanOrEqual(required.has(c.id) ? 1 : 0);
      expect(c.maxMeetings).toBeLessThanOrEqual(2);
    }
    expect({ ...capped, clusters: capped.clusters.map(({ maxMeetings, ...rest }) => rest) }).toEqual(plain);
  });

  it('rejects a capRange that is not 0 ≤ min ≤ max', () => {
    expect(() => randomEvent(1, { clusters: 5, capRange: [3, 2] })).toThrow(RangeError);
  });

  it('makes a few clusters requested far more often than the others with popularity', () => {
    const event = randomEvent(7, { clusters: 1000, requestsPerCluster: 5, popularity: 0.6 });
    const counts = [...incoming(event).values()].sort((a, b) => b - a);
    expect(event.requests).toHaveLength(5000);
    // The mean is 5 requests per cluster.
    expect(counts[0]).toBeGreaterThan(20 * 5);
    expect(counts[9]).toBeGreaterThan(5 * 5);
    const uniform = [...incoming(randomEvent(7, { clusters: 1000, requestsPerCluster: 5 })).values()];
    expect(Math.max(...uniform)).toBeLessThan(20);
    // Still distinct targets per cluster, never oneself.
    const seen = new Set(event.requests!.map((r) => `${r.from}→${r.to}`));
    expect(seen.size).toBe(5000);
    expect(event.requests!.every((r) => r.from !== r.to)).toBe(true);
  });
});

describe('the benchmark families', () => {
  const small = FAMILIES.filter((f) => !f.id.startsWith('national'));

  it.each(small.map((f) => [f.id]))('builds the same valid event every time (%s)', (id) => {
    const event = family(id).event();
    expect(family(id).event()).toEqual(event);
    expect(validateEvent(event).ok).toBe(true);
  });

  it.each([
    ['regional', 300, 1500, 7, 60],
    ['brokerage-total', 1000, 5000, 6, 200],
    ['brokerage-fair', 1000, 5000, 6, 200],
  ] as const)('gives %s its clusters, requests, rounds and tables', (id, clusters, requests, rounds, tableCount) => {
    const event = family(id).event();
    expect([event.clusters.length, event.requests!.length, computeRounds(event).length, tables(event)]).toEqual([clusters, requests, rounds, tableCount]);
    // Popular clusters are asked far beyond their caps, which bind.
    const top = Math.max(...incoming(event).values());
    expect(top).toBeGreaterThan(4 * 10);
    expect(event.clusters.every((c) => c.maxMeetings! >= 2 && c.maxMeetings! <= 4)).toBe(true);
  });

  it('runs the brokerage event once for each objective, the same event otherwise', () => {
    const total = family('brokerage-total').event();
    const fair = family('brokerage-fair').event();
    expect([total.event.objective, fair.event.objective]).toEqual(['total', 'fair']);
    expect(fair.clusters).toEqual(total.clusters);
    expect(fair.requests).toEqual(total.requests);
    expect(total.clusters.filter((c) => c.availability)).toHaveLength(200);
  });

  it('gives the national platform 10,000 clusters, 50,000 requests, two sessions and 2,000 tables', () => {
    const event = family('national').event();
    expect([event.clusters.length, event.requests!.length, event.event.sessions.length, tables(event)]).toEqual([10_000, 50_000, 2, 2000]);
    expect(family('national').reference).toBe('aggregated-lp');
    // The scaling points have the same shape at smaller sizes.
    const points = FAMILIES.filter((f) => f.scaling).map((f) => f.id);
    expect(points).toEqual(['national', 'national-1250', 'national-2500', 'national-5000']);
  });

  it.each(FAMILIES.filter((f) => f.id.startsWith('forum')).map((f) => [f.id]))(
    'makes %s a forum: every meeting required, caps equal to degrees, 100–300 meetings, 8–22 rounds, 12–27 tables',
    (id) => {
      const event = family(id).event();
      const required = event.constraints!.mustMeet!;
      const deg = degrees(event);
      expect(event.requests ?? []).toHaveLength(0);
      expect(event.clusters.every((c) => c.maxMeetings === (deg.get(c.id) ?? 0))).toBe(true);
      expect(required.length).toBeGreaterThanOrEqual(90);
      expect(required.length).toBeLessThanOrEqual(300);
      const rounds = computeRounds(event).length;
      expect(rounds).toBeGreaterThanOrEqual(8);
      expect(rounds).toBeLessThanOrEqual(22);
      expect(tables(event)).toBeGreaterThanOrEqual(12);
      expect(tables(event)).toBeLessThanOrEqual(27);
      expect(Math.max(...deg.values())).toBeLessThanOrEqual(Math.min(22, rounds));
      // Some participants have forbidden rounds.
      expect(event.clusters.some((c) => c.availability)).toBe(true);
    },
  );

  it('rejects an unknown family by name', () => {
    expect(() => family('nope')).toThrow(/unknown family nope/);
  });
});

describe('fitExponent', () => {
  it('recovers the exponent of a power law', () => {
    const points = [1000, 2000, 4000, 8000].map((x) => ({ x, y: 3 * x ** 1.25 }));
    expect(fitExponent(points)).toBeCloseTo(1.25, 10);
  });

  it('is NaN with fewer than two sizes', () => {
    expect(fitExponent([{ x: 10, y: 5 }])).toBeNaN();
    expect(fitExponent([{ x: 10, y: 5 }, { x: 10, y: 7 }])).toBeNaN();
  });
});

describe('judge', () => {
  const solver = { status: 'feasible', ms: 4000, clusters: 1000, requests: 5000, required: 0, covered: 970, value: 5190, rssMb: 300 };
  const target = { kind: 'versusProof', timeShare: 0.2, valueShare: 0.995 } as const;

  it('meets the brokerage target at a fifth of HiGHS\'s time and 99.5 % of its optimum', () => {
    const reference = { kind: 'mip', status: 'optimal', value: 5201, covered: 970, seconds: 40, columns: 1, rows: 1 } as const;
    expect(judge(target, solver, reference, true, 120).met).toBe(true);
    expect(judge(target, { ...solver, ms: 9000 }, reference, true, 120).met).toBe(false);
    expect(judge(target, { ...solver, covered: 969 }, reference, true, 120).met).toBe(false);
  });

  it('cannot tell when HiGHS neither proved its optimum nor bounded it closely', () => {
    const reference = { kind: 'mip', status: 'time limit', value: 5000, covered: 960, valueBound: 5400, coverageBound: 975, seconds: 120, columns: 1, rows: 1 } as const;
    expect(judge(target, solver, reference, true, 120).met).toBeUndefined();
  });
});
