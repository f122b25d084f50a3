/**
 * An honest upper bound on the total value, for instances too large to
 * prove: the Lagrangian dual of the caps and of the table capacity, improved
 * by subgradient steps. Every iterate is a valid bound; the smallest is kept.
 * It approaches the optimum of the pair LP without reaching it (5,301 against
 * 5,205 on 1,000 clusters), so the final bound is that LP's, solved exactly by
 * `pair-lp-bound.ts`; a few steps of this one remain the bound that is ready
 * at once (a schedule handed over early, a solve past its time limit).
 */
import type { Instance } from '../search/instance';

export interface BoundOptions {
  /** Value of a known schedule, to aim the steps. */
  target: number;
  /** Subgradient iterations. @defaultValue 300 */
  iterations?: number;
}

export function lagrangianBound(instance: Instance, options: BoundOptions): number {
  const { edges, cap, available, ids } = instance;
  const n = ids.length;
  const limit = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    let rounds = 0;
    for (const a of available[c]) rounds += a;
    limit[c] = Math.min(cap[c], rounds);
  }
  const slots = Number.isFinite(instance.tablesPerRound) ? instance.tablesPerRound * instance.slots.length : Infinity;

  // Start from half of each cluster's best achievable sum per meeting.
  const lambda = new Float64Array(n);
  const best: number[][] = ids.map(() => []);
  for (const e of edges) {
    best[e.a].push(e.value);
    best[e.b].push(e.value);
  }
  best.forEach((values, c) => {
    values.sort((x, y) => y - x);
    lambda[c] = limit[c] > 0 ? (values[Math.min(limit[c], values.length) - 1] ?? 0) / 2 : 0;
  });
  let mu = 0;
  let theta = 1;
  let bestBound = Infinity;
  let stale = 0;
  const gradient = new Float64Array(n);
  const iterations = options.iterations ?? 300;

  for (let k = 0; k < iterations; k++) {
    let bound = Number.isFinite(slots) ? mu * slots : 0;
    for (let c = 0; c < n; c++) bound += limit[c] * lambda[c];
    gradient.set(limit);
    let positive = 0;
    for (const e of edges) {
      const reduced = e.value - lambda[e.a] - lambda[e.b] - mu;
      if (reduced > 0) {
        bound += reduced;
        gradient[e.a] -= 1;
        gradient[e.b] -= 1;
        positive++;
      }
    }
    const gMu = Number.isFinite(slots) ? slots - positive : 0;
    if (bound < bestBound - 1e-9) {
      bestBound = bound;
      stale = 0;
    } else if (++stale >= 15) {
      theta /= 2;
      stale = 0;
    }
    let norm = gMu * gMu;
    for (let c = 0; c < n; c++) norm += gradient[c] * gradient[c];
    if (norm === 0 || theta < 1e-6) break;
    const step = (theta * Math.max(bound - options.target, 1e-3)) / norm;
    for (let c = 0; c < n; c++) lambda[c] = Math.max(0, lambda[c] - step * gradient[c]);
    if (Number.isFinite(slots)) mu = Math.max(0, mu - step * gMu);
  }
  return bestBound;
}
