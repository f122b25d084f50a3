import { foldTerm } from '../../solver/check/check-rules';
import { pairKey } from '../../solver/model/pair-key';
import { roundGrid } from '../support/reference-grid';
import type { EventFile } from '../../solver/model/types';
import { bruteForce } from '../support/brute-force';
import { mulberry32, randomEvent, type RandomEventOptions } from '../../bench/random-event';

const RICH: RandomEventOptions = {
  clusters: 30,
  rounds: 6,
  tables: 5,
  cap: 3,
  partialAvailability: 0.3,
  sessions: 2,
  mustMeet: 4,
  neverMeet: 6,
};

/** Every reference in the event points at something that exists, with no duplicates. */
function referenceProblems(event: EventFile): string[] {
  const problems: string[] = [];
  const ids = new Set(event.clusters.map((c) => c.id));
  if (ids.size !== event.clusters.length) problems.push('duplicate cluster ids');
  const asked = new Set<string>();
  for (const r of event.requests ?? []) {
    if (!ids.has(r.from) || !ids.has(r.to) || r.from === r.to) problems.push(`bad request ${r.from}→${r.to}`);
    if (asked.has(`${r.from}→${r.to}`)) problems.push(`repeated request ${r.from}→${r.to}`);
    asked.add(`${r.from}→${r.to}`);
    if (r.priority !== undefined && !(Number.isInteger(r.priority) && r.priority >= 1 && r.priority <= 5)) {
      problems.push(`bad priority ${r.priority}`);
    }
  }
  const pairs = [...(event.constraints?.mustMeet ?? []), ...(event.constraints?.neverMeet ?? [])];
  for (const [a, b] of pairs) if (!ids.has(a) || !ids.has(b) || a === b) problems.push(`bad pair ${a}–${b}`);
  if (new Set(pairs.map(([a, b]) => pairKey(a, b))).size !== pairs.length) problems.push('repeated constraint pair');
  const mustClusters = (event.constraints?.mustMeet ?? []).flat();
  if (new Set(mustClusters).size !== mustClusters.length) problems.push('a cluster in two must-meet pairs');
  for (const id of mustClusters) {
    if (event.clusters.find((c) => c.id === id)?.availability) problems.push(`must-meet cluster ${id} is partly available`);
  }
  return problems;
}

describe('randomEvent', () => {
  it('gives the same event for the same seed', () => {
    expect(randomEvent(42, RICH)).toEqual(randomEvent(42, RICH));
  });

  it('gives different events for different seeds', () => {
    expect(randomEvent(1, RICH)).not.toEqual(randomEvent(2, RICH));
  });

  it('names clusters c01, c02… "Cluster 01", padding wider for large events', () => {
    const small = randomEvent(1, { clusters: 12 });
    expect(small.clusters.slice(0, 2).map((c) => [c.id, c.name])).toEqual([['c01', 'Cluster 01'], ['c02', 'Cluster 02']]);
    expect(randomEvent(1, { clusters: 150 }).clusters[9].id).toBe('c010');
  });

  it.each([1, 2, 3, 4, 5])('makes events with unique ids and valid references (seed %i)', (seed) => {
    const event = randomEvent(seed, RICH);
    expect(referenceProblems(event)).toEqual([]);
    expect(event.event).toMatchObject({ timezone: 'Europe/Paris', meetingMinutes: 20, changeoverMinutes: 5, tables: 5, maxMeetingsPerCluster: 3 });
    expect(event.constraints?.mustMeet).toHaveLength(4);
    expect(event.constraints?.neverMeet).toHaveLength(6);
    expect(event.clusters.filter((c) => c.availability)).toHaveLength(9);
    // Each cluster asks distinct partners; three by default.
    expect(event.requests).toHaveLength(90);
  });

  it.each([
    [1, 1], [3, 1], [3, 2], [7, 2], [12, 1], [30, 2], [36, 1],
  ] as const)('sizes sessions for exactly %i rounds over %i session(s)', (rounds, sessions) => {
    const event = randomEvent(rounds, { clusters: 4, rounds, sessions });
    expect(roundGrid(event)).toHaveLength(rounds);
    expect(event.event.sessions).toHaveLength(rounds >= 2 ? sessions : 1);
  });

  it('writes terms as users would, in variants that fold to the same term', () => {
    const event = randomEvent(9, { clusters: 40 });
    const raw = event.clusters.flatMap((c) => [...(c.offers ?? []), ...(c.seeks ?? [])]);
    const folded = new Set(raw.map(foldTerm));
    expect(new Set(raw).size).toBeGreaterThan(folded.size);
    for (const c of event.clusters) {
      expect(new Set((c.offers ?? []).map(foldTerm)).size).toBe(c.offers?.length);
      expect(new Set((c.seeks ?? []).map(foldTerm)).size).toBe(c.seeks?.length);
    }
  });

  it('keeps only satisfiable must-meet pairs', () => {
    // Four clusters, one table, one round: a single must-meet pair fits.
    const event = randomEvent(3, { clusters: 4, rounds: 1, tables: 1, mustMeet: 3 });
    expect(event.constraints?.mustMeet).toHaveLength(1);
    for (let seed = 0; seed < 30; seed++) {
      const pick = mulberry32(seed);
      const tiny = randomEvent(seed, {
        clusters: 4 + Math.floor(pick() * 3),
        rounds: 1 + Math.floor(pick() * 3),
        tables: 1 + Math.floor(pick() * 2),
        partialAvailability: 0.4,
        mustMeet: 3,
        neverMeet: 2,
      });
      expect(bruteForce(tiny)).not.toBeNull();
    }
  });

  it('builds a 1,000-cluster event quickly, each cluster with a few dozen valuable partners', () => {
    const started = performance.now();
    const event = randomEvent(2026, { clusters: 1000, rounds: 12, tables: 200, partialAvailability: 0.2, sessions: 2, mustMeet: 20, neverMeet: 50 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(referenceProblems(event)).toEqual([]);

    // Positive-value partners: a request either way, or a term one offers and the other seeks.
    const seekers = new Map<string, string[]>();
    for (const c of event.clusters) for (const t of new Set((c.seeks ?? []).map(foldTerm))) seekers.set(t, [...(seekers.get(t) ?? []), c.id]);
    const partners = new Map(event.clusters.map((c) => [c.id, new Set<string>()]));
    const link = (a: string, b: string): void => {
      if (a === b) return;
      partners.get(a)!.add(b);
      partners.get(b)!.add(a);
    };
    for (const c of event.clusters) for (const t of new Set((c.offers ?? []).map(foldTerm))) for (const s of seekers.get(t) ?? []) link(c.id, s);
    for (const r of event.requests ?? []) link(r.from, r.to);
    const degrees = [...partners.values()].map((p) => p.size);
    const mean = degrees.reduce((a, b) => a + b, 0) / degrees.length;
    expect(mean).toBeGreaterThanOrEqual(10);
    expect(mean).toBeLessThanOrEqual(40);
    expect(Math.max(...degrees)).toBeLessThan(100);
  });
});
