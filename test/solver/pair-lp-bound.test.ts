/**
 * The pair LP bound (`solver/exact/pair-lp-bound.ts`, by the min-cost flow
 * of `double-cover-flow.ts`): exactly the LP's optimum (HiGHS on the same
 * LP), never below the true optimum (brute force on tiny events, the exact
 * path's proven optimum on small ones), never looser than the subgradient
 * bound it replaces, and valid even when the flow is cut short.
 */
import fc from 'fast-check';
import loadHighs, { type Highs } from 'highs';
import { solve, type EventFile } from '../../solver';
import { doubleCoverDuals } from '../../solver/exact/double-cover-flow';
import { lagrangianBound } from '../../solver/exact/lagrangian-bound';
import { dualObjective, pairLimits, pairLpBound } from '../../solver/exact/pair-lp-bound';
import { normalizeEvent } from '../../solver/model/normal-event';
import { buildInstance, type Instance } from '../../solver/search/instance';
import { mulberry32, randomEvent } from '../../bench/random-event';
import { bruteForce } from '../support/brute-force';
import { withMeetingWindows } from '../support/meeting-windows';

interface Lp {
  clusters: number;
  pairs: { a: number; b: number; weight: number }[];
  limit: number[];
  total: number;
}

/** The LP max Σ w x, 0 ≤ x ≤ 1, Σ_{e ∋ c} x_e ≤ limit_c, Σ x ≤ total, by HiGHS. */
function highsOptimum(highs: Highs, lp: Lp): number {
  if (lp.pairs.length === 0) return 0;
  const rows: number[][] = [...Array.from({ length: lp.clusters }, () => []), []];
  lp.pairs.forEach(({ a, b }, j) => {
    rows[a].push(j);
    rows[b].push(j);
    rows[lp.clusters].push(j);
  });
  const upper = [...lp.limit, Number.isFinite(lp.total) ? lp.total : 1e30];
  const starts = [0];
  const indices: number[] = [];
  for (const row of rows) {
    indices.push(...row);
    starts.push(indices.length);
  }
  const numCols = lp.pairs.length;
  const numRows = rows.length;
  const model = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(lp.pairs, (p) => p.weight),
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(1),
    rowLower: new Float64Array(numRows).fill(-1e30),
    rowUpper: Float64Array.from(upper),
    matrix: { format: 'csr', numRows, numCols, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: new Float64Array(indices.length).fill(1) },
  });
  try {
    model.options.set({ output_flag: false });
    model.run();
    return model.getObjectiveValue();
  } finally {
    model.dispose();
  }
}

/** Small LPs: up to 9 clusters, any pairs, limits 0–3, a total or none, integral or fractional weights. */
const lps = fc
  .record({
    clusters: fc.integer({ min: 2, max: 9 }),
    seed: fc.integer({ min: 0, max: 1e9 }),
    density: fc.double({ min: 0.1, max: 1, noNaN: true }),
    fractional: fc.boolean(),
    total: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  })
  .map(({ clusters, seed, density, fractional, total }): Lp => {
    const rand = mulberry32(seed);
    const pairs: Lp['pairs'] = [];
    for (let a = 0; a < clusters; a++) {
      for (let b = a + 1; b < clusters; b++) {
        if (rand() >= density) continue;
        const weight = fractional ? Math.round(rand() * 1000) / 100 + 0.01 : 1 + Math.floor(rand() * 9);
        pairs.push({ a, b, weight });
      }
    }
    const limit = Array.from({ length: clusters }, () => Math.floor(rand() * 4));
    return { clusters, pairs, limit, total: total ?? Infinity };
  });

const instanceOf = (event: EventFile): Instance => buildInstance(normalizeEvent(event));

/** A tiny seeded event with the rules that shape the bound: caps, tables, availability, windows, must and never meet. */
function tinyEvent(seed: number): EventFile {
  const pick = mulberry32(5000 + seed);
  const rounds = 1 + Math.floor(pick() * 3);
  const event = randomEvent(seed, {
    clusters: 3 + Math.floor(pick() * 5),
    rounds,
    tables: pick() < 0.25 ? undefined : 1 + Math.floor(pick() * 3),
    cap: 1 + Math.floor(pick() * 3),
    requestsPerCluster: 1 + Math.floor(pick() * 3),
    terms: pick() < 0.5 ? 0 : 4,
    partialAvailability: pick() < 0.5 ? 0 : 0.4,
    sessions: rounds >= 2 && pick() < 0.3 ? 2 : 1,
    objective: pick() < 0.5 ? 'fair' : 'total',
    mustMeet: pick() < 0.3 ? 1 : 0,
    neverMeet: pick() < 0.5 ? 1 : 0,
    popularity: pick() < 0.5 ? 1 : 0,
    ...(pick() < 0.5 ? { capRange: [0, 3] as const } : {}),
  });
  return pick() < 0.4 ? withMeetingWindows(event, seed) : event;
}

describe('the min-cost flow of the pair LP', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  it('gives duals whose objective is the LP optimum, equal to its own primal value', () => {
    fc.assert(
      fc.property(lps, (lp) => {
        const optimum = highsOptimum(highs, lp);
        const duals = doubleCoverDuals(lp);
        const bound = dualObjective(lp.limit, lp.total, lp.pairs, duals.lambda, duals.mu);
        expect(duals.complete).toBe(true);
        expect(bound).toBeCloseTo(optimum, 6);
        expect(duals.primal).toBeCloseTo(optimum, 6);
      }),
      { numRuns: 300, seed: 10 },
    );
  });

  it('stays a valid bound when cut short after a few phases', () => {
    fc.assert(
      fc.property(lps, fc.integer({ min: 0, max: 3 }), (lp, maxPhases) => {
        const optimum = highsOptimum(highs, lp);
        const duals = doubleCoverDuals({ ...lp, maxPhases });
        expect(dualObjective(lp.limit, lp.total, lp.pairs, duals.lambda, duals.mu)).toBeGreaterThanOrEqual(optimum - 1e-6);
        expect(duals.primal).toBeLessThanOrEqual(optimum + 1e-6);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('handles a path as long as the graph without recursion (a chain of 20,000 clusters)', () => {
    const clusters = 20_000;
    const pairs = Array.from({ length: clusters - 1 }, (_, c) => ({ a: c, b: c + 1, weight: c % 2 === 0 ? 2 : 3 }));
    const duals = doubleCoverDuals({ clusters, pairs, limit: new Array(clusters).fill(1), total: Infinity });
    const bound = dualObjective(new Array(clusters).fill(1), Infinity, pairs, duals.lambda, duals.mu);
    expect(duals.complete).toBe(true);
    expect(bound).toBeCloseTo(duals.primal, 6);
  });
});

describe('the pair LP bound', () => {
  it('is never below the brute-force optimum on 300 tiny seeded events', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const event = tinyEvent(seed);
      const best = bruteForce(event);
      if (best === null) continue;
      const bound = pairLpBound(instanceOf(event));
      if (!(bound >= best.value - 1e-9)) failures.push(`seed ${seed}: bound ${bound} < optimum ${best.value}`);
    }
    expect(failures).toEqual([]);
  });

  it("is never below the exact path's proven optimum on small events", () => {
    let proven = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const event = randomEvent(seed, {
        clusters: 20 + 5 * (seed % 4),
        rounds: 3 + (seed % 3),
        tables: 4 + (seed % 5),
        capRange: [1, 3],
        requestsPerCluster: 3,
        popularity: 0.6,
        partialAvailability: 0.2,
        objective: seed % 2 === 0 ? 'fair' : 'total',
      });
      const result = solve(event, { seed, method: 'exact' });
      if (result.status !== 'optimal') continue;
      proven++;
      expect(pairLpBound(instanceOf(event))).toBeGreaterThanOrEqual(result.schedule!.stats.value - 1e-9);
    }
    expect(proven).toBeGreaterThanOrEqual(8);
  });

  it('is never looser than the subgradient bound, and uses limits no larger than its', () => {
    for (const [seed, clusters] of [
      [1, 60],
      [2, 150],
      [3, 300],
      [4, 600],
    ] as const) {
      const instance = instanceOf(
        randomEvent(seed, { clusters, rounds: 6, tables: clusters / 5, requestsPerCluster: 5, popularity: 0.6, capRange: [2, 4], partialAvailability: 0.2 }),
      );
      const bound = pairLpBound(instance);
      for (const target of [0, 0.95 * bound, bound]) expect(bound).toBeLessThanOrEqual(lagrangianBound(instance, { target }) + 1e-6);
      const { limit, total } = pairLimits(instance);
      limit.forEach((most, c) => expect(most).toBeLessThanOrEqual(Math.min(instance.cap[c], instance.available[c].reduce((s, a) => s + a, 0))));
      expect(total).toBeLessThanOrEqual(instance.tablesPerRound * instance.slots.length);
    }
  });

  it("bounds the solver's schedule and reads the instance only", () => {
    const event = randomEvent(7, { clusters: 400, rounds: 6, tables: 80, requestsPerCluster: 5, popularity: 0.6, capRange: [2, 4], partialAvailability: 0.2, objective: 'total' });
    const instance = instanceOf(event);
    const before = JSON.stringify({ edges: instance.edges, cap: instance.cap, available: instance.available.map((row) => [...row]) });
    const bound = pairLpBound(instance);
    expect(JSON.stringify({ edges: instance.edges, cap: instance.cap, available: instance.available.map((row) => [...row]) })).toBe(before);
    const stats = solve(event, { seed: 1, method: 'heuristic' }).schedule!.stats;
    expect(stats.upperBound).toBeGreaterThanOrEqual(stats.value);
    expect(stats.upperBound).toBeLessThanOrEqual(Math.floor(bound + 1e-6));
  });
});
