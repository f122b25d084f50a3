/**
 * An honest upper bound on the total value of any schedule: the optimum of
 * the LP with one variable per pair (0 ≤ x_e ≤ 1), each cluster at most
 * min(cap, the rounds its pairs can use) meetings, and at most as many
 * meetings as the rounds can hold. It is the LP whose Lagrangian dual
 * `lagrangian-bound.ts` climbs by subgradient steps, which stop short of it
 * on large events (55,971 against 52,508 on 10,000 clusters); here the LP is
 * solved exactly by a min-cost flow (`double-cover-flow.ts`).
 *
 * Why it is valid whatever the flow does: the bound returned is the dual
 * objective Σ limit_c λ_c + total · μ + Σ_e max(0, w_e − λ_a − λ_b − μ),
 * evaluated here from the flow's duals. Weak duality makes it an upper
 * bound for every λ, μ ≥ 0; the flow only makes it tight. Locks, required
 * pairs and the one-meeting-per-round rule are constraints it leaves out, so
 * it bounds the value of the schedules that keep them, and under `"fair"`
 * the value at any coverage.
 */
import type { Instance } from '../search/instance';
import { doubleCoverDuals } from './double-cover-flow';
import { lagrangianBound } from './lagrangian-bound';

export interface PairBoundOptions {
  /**
   * Phases of the flow before it gives up on optimality: the bound stays
   * valid, and the subgradient bound, aimed at the flow's primal value, is
   * kept when tighter. With integral values the flow needs at most the
   * largest value + 1. @defaultValue 100
   */
  maxPhases?: number;
}

/** The pair LP's limits, read from the instance: a relaxation of the event's rules. */
export interface PairLimits {
  /** Each cluster's most meetings: min(cap, the rounds in which one of its pairs can meet). */
  limit: Int32Array;
  /** Most meetings in all: Σ over rounds of min(tables, half the clusters with a pair that can meet then). */
  total: number;
}

/**
 * Limits of the pair LP. A cluster's meetings take distinct rounds, each one
 * its pair can meet in (or a lock's round); a round holds at most its tables
 * and at most half the clusters that can meet in it.
 */
export function pairLimits(instance: Instance): PairLimits {
  const { edges, cap, ids, slots, tablesPerRound } = instance;
  const n = ids.length;
  const rounds = slots.length;
  const usable = new Uint8Array(n * rounds);
  const mark = (c: number, r: number) => (usable[c * rounds + r] = 1);
  for (const e of edges) {
    if (!(e.value > 0)) continue;
    for (const r of e.rounds) {
      mark(e.a, r);
      mark(e.b, r);
    }
  }
  for (const lock of instance.locks) {
    const e = edges[lock.edge];
    if (lock.round >= 0 && lock.round < rounds) {
      mark(e.a, lock.round);
      mark(e.b, lock.round);
    }
  }
  const limit = new Int32Array(n);
  const inRound = new Int32Array(rounds);
  for (let c = 0; c < n; c++) {
    let count = 0;
    for (let r = 0; r < rounds; r++) {
      if (usable[c * rounds + r] === 0) continue;
      count++;
      inRound[r]++;
    }
    limit[c] = Math.max(0, Math.min(cap[c], count));
  }
  let total = 0;
  for (let r = 0; r < rounds; r++) total += Math.min(tablesPerRound, Math.floor(inRound[r] / 2));
  return { limit, total };
}

/** The pair LP's optimum (up to rounding), a valid upper bound on the total value. Reads the instance only. */
export function pairLpBound(instance: Instance, options: PairBoundOptions = {}): number {
  const { limit, total } = pairLimits(instance);
  const pairs: { a: number; b: number; weight: number }[] = [];
  for (const e of instance.edges) if (e.value > 0) pairs.push({ a: e.a, b: e.b, weight: e.value });
  const { lambda, mu, primal, complete } = doubleCoverDuals({ clusters: instance.ids.length, pairs, limit, total, maxPhases: options.maxPhases });
  const bound = dualObjective(limit, total, pairs, lambda, mu);
  return complete ? bound : Math.min(bound, lagrangianBound(instance, { target: primal }));
}

/** Σ limit_c λ_c + total · μ + Σ_e max(0, w_e − λ_a − λ_b − μ): an upper bound on the pair LP for any λ, μ ≥ 0. */
export function dualObjective(
  limit: ArrayLike<number>,
  total: number,
  pairs: ReadonlyArray<{ a: number; b: number; weight: number }>,
  lambda: ArrayLike<number>,
  mu: number,
): number {
  // Negative multipliers would break weak duality: read them as 0.
  const m = Number.isFinite(total) ? Math.max(0, mu) : 0;
  let bound = Number.isFinite(total) ? total * m : 0;
  for (let c = 0; c < limit.length; c++) bound += limit[c] * Math.max(0, lambda[c]);
  for (const { a, b, weight } of pairs) bound += Math.max(0, weight - Math.max(0, lambda[a]) - Math.max(0, lambda[b]) - m);
  return bound;
}
