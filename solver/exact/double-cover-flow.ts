/**
 * The fractional b-matching LP of the pair bound, solved exactly by a
 * min-cost flow:
 *
 *   max Σ w_e x_e  s.t.  0 ≤ x_e ≤ 1,  Σ_{e ∋ c} x_e ≤ limit_c,  Σ x_e ≤ total.
 *
 * Why a flow: that LP equals half the maximum-weight b-matching of the
 * bipartite double cover (each cluster c once on the left, c′, and once on the
 * right, c″; each pair {a, b} the two arcs a′→b″ and b′→a″), with at most
 * 2 × total units of flow. A fractional x gives the flow x_e on both arcs;
 * a flow gives x_e = the mean of its two arcs. Bipartite b-matching is a
 * network flow, so its optimum is found combinatorially, where the
 * subgradient steps of `lagrangian-bound.ts` only approach it.
 *
 * The method is the primal-dual one: Dijkstra on reduced costs gives the
 * potentials, then a blocking flow (Dinic) on the arcs of reduced cost 0
 * pushes along every shortest augmenting path at once. With integral values
 * the gain of a path is an integer that only decreases, so there are at most
 * (largest value + 1) phases. It stops when the best path gains nothing (a
 * bypass arc s→t of cost 0 stands for "leave the rest unmatched") or the flow
 * reaches 2 × total. Every loop is iterative: augmenting paths can be as long
 * as the graph, deeper than Node.js's stack.
 *
 * What it returns is the final potentials read as LP duals (see
 * {@link DoubleCoverDuals}): feasible whatever happens, optimal when the
 * algorithm ran to its end. The caller evaluates the bound from them, so a
 * bound it reports never depends on the flow being right.
 */

/** Dual values of the pair LP: one per cluster (its limit's), one for the total. */
export interface DoubleCoverDuals {
  /** Dual of each cluster's limit, ≥ 0. */
  lambda: Float64Array;
  /** Dual of the total, ≥ 0 (0 when the total is infinite). */
  mu: number;
  /** Value of the primal solution the flow holds: half its weight, a lower bound on the LP. */
  primal: number;
  /** False when `maxPhases` stopped the flow before its end: the duals are then feasible, not optimal. */
  complete: boolean;
}

export interface DoubleCoverInput {
  clusters: number;
  /** Pairs of positive weight, cluster indices in 0..clusters−1. */
  pairs: ReadonlyArray<{ a: number; b: number; weight: number }>;
  /** Each cluster's most meetings (an integer ≥ 0). */
  limit: ArrayLike<number>;
  /** Most meetings in all, or Infinity. */
  total: number;
  /**
   * Phases (Dijkstra, then a blocking flow) before giving up on optimality.
   * Integral values need at most the largest value + 1; fractional ones
   * (a competence weight of 0.37) took 16–22 on the benchmark's families.
   * Each phase is a pass over the graph (about 0.1 s on 10,000 clusters), so
   * the cap bounds the time. @defaultValue 100
   */
  maxPhases?: number;
}

/** A binary min-heap of nodes keyed by distance, with lazy deletion. */
class Heap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;
  /** Key of the node the last `pop` returned. */
  lastKey = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.nodes.length * 2);
      nodes.set(this.nodes);
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      this.nodes = nodes;
      this.keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.nodes[i] = this.nodes[parent];
      this.keys[i] = this.keys[parent];
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  /** Removes the smallest; returns its node (its key is `lastKey`). */
  pop(): number {
    const top = this.nodes[0];
    this.lastKey = this.keys[0];
    const node = this.nodes[--this.size];
    const key = this.keys[this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= key) break;
      this.nodes[i] = this.nodes[child];
      this.keys[i] = this.keys[child];
      i = child;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
    return top;
  }
}

/** Solves the pair LP on the double cover and returns its duals. Inputs are read only. */
export function doubleCoverDuals(input: DoubleCoverInput): DoubleCoverDuals {
  const n = input.clusters;
  const { pairs, limit } = input;
  const finiteTotal = Number.isFinite(input.total);
  const maxFlow = finiteTotal ? 2 * Math.max(0, input.total) : Infinity;
  // Nodes: s = 0, c′ = 1 + c, c″ = 1 + n + c, t = 2n + 1.
  const s = 0;
  const t = 2 * n + 1;
  const nodeCount = 2 * n + 2;
  // Arcs in pairs (forward 2k, backward 2k + 1): s→c′ and c″→t for each cluster, then a′→b″ and b′→a″ for each pair.
  const arcCount = 2 * (2 * n + 2 * pairs.length);
  const head = new Int32Array(arcCount);
  const capacityOf = new Int32Array(arcCount);
  const costOf = new Float64Array(arcCount);
  const degree = new Int32Array(nodeCount + 1);
  let arcs = 0;
  const addArc = (u: number, v: number, capacity: number, c: number) => {
    head[arcs] = v;
    capacityOf[arcs] = capacity;
    costOf[arcs] = c;
    head[arcs + 1] = u;
    capacityOf[arcs + 1] = 0;
    costOf[arcs + 1] = -c;
    degree[u + 1]++;
    degree[v + 1]++;
    arcs += 2;
  };
  let largest = 0;
  for (let c = 0; c < n; c++) addArc(s, 1 + c, Math.max(0, limit[c]), 0);
  for (let c = 0; c < n; c++) addArc(1 + n + c, t, Math.max(0, limit[c]), 0);
  for (const { a, b, weight } of pairs) {
    addArc(1 + a, 1 + n + b, 1, -weight);
    addArc(1 + b, 1 + n + a, 1, -weight);
    largest = Math.max(largest, weight);
  }
  // Potentials valid at the start (reduced costs ≥ 0 on every arc with capacity): c″ and t at minus the best weight.
  const p = new Float64Array(nodeCount);
  for (let arc = 4 * n; arc < arcCount; arc += 2) p[head[arc]] = Math.min(p[head[arc]], costOf[arc]);
  for (let c = 0; c < n; c++) p[t] = Math.min(p[t], p[1 + n + c]);

  // Arcs leaving each node, stored at their position in CSR order (arcs of a node side by side: the loops
  // below read them in sequence), `reverse` pairing each arc with its residual twin.
  for (let v = 0; v < nodeCount; v++) degree[v + 1] += degree[v];
  const first = degree.slice(0, nodeCount + 1);
  const fill = first.slice(0, nodeCount);
  const position = new Int32Array(arcCount);
  for (let arc = 0; arc < arcCount; arc++) position[arc] = fill[head[arc ^ 1]]++;
  const to = new Int32Array(arcCount);
  const residual = new Int32Array(arcCount);
  const cost = new Float64Array(arcCount);
  const reverse = new Int32Array(arcCount);
  for (let arc = 0; arc < arcCount; arc++) {
    const k = position[arc];
    to[k] = head[arc];
    residual[k] = capacityOf[arc];
    cost[k] = costOf[arc];
    reverse[k] = position[arc ^ 1];
  }

  const eps = 1e-9 * (1 + largest);
  const dist = new Float64Array(nodeCount);
  const done = new Uint8Array(nodeCount);
  const heap = new Heap(nodeCount);
  const level = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  const pointer = new Int32Array(nodeCount);
  const stack = new Int32Array(nodeCount);
  const admissible = (arc: number, u: number) => residual[arc] > 0 && cost[arc] + p[u] - p[to[arc]] <= eps;

  /** Dijkstra on reduced costs, the bypass s→t included; then p += min(dist, dist(t)). */
  const updatePotentials = () => {
    dist.fill(Infinity);
    done.fill(0);
    dist[s] = 0;
    // The bypass: leaving pairs unmatched costs 0, i.e. −p(t) in reduced cost (p(t) ≤ 0 throughout).
    dist[t] = Math.max(0, -p[t]);
    heap.size = 0;
    heap.push(s, 0);
    heap.push(t, dist[t]);
    while (heap.size > 0) {
      const u = heap.pop();
      if (done[u] || heap.lastKey > dist[u]) continue;
      done[u] = 1;
      if (u === t) break;
      for (let arc = first[u]; arc < first[u + 1]; arc++) {
        if (residual[arc] === 0) continue;
        const v = to[arc];
        const d = dist[u] + Math.max(0, cost[arc] + p[u] - p[v]);
        if (d < dist[v]) {
          dist[v] = d;
          heap.push(v, d);
        }
      }
    }
    const cut = dist[t];
    for (let v = 0; v < nodeCount; v++) p[v] += Math.min(dist[v], cut);
  };

  /** BFS levels from s over admissible arcs, up to t's level (no shortest path goes further); true when t is reached. */
  const levels = () => {
    level.fill(-1);
    level[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++];
      if (level[t] >= 0 && level[u] >= level[t]) break;
      for (let arc = first[u]; arc < first[u + 1]; arc++) {
        const v = to[arc];
        if (level[v] < 0 && admissible(arc, u)) {
          level[v] = level[u] + 1;
          queue[tail++] = v;
        }
      }
    }
    return level[t] >= 0;
  };

  /** One augmenting path along the levels, at most `room` units; 0 when there is none left. */
  const augment = (room: number) => {
    let depth = 0;
    let u = s;
    for (;;) {
      if (u === t) {
        let amount = room;
        for (let i = 0; i < depth; i++) amount = Math.min(amount, residual[stack[i]]);
        for (let i = 0; i < depth; i++) {
          residual[stack[i]] -= amount;
          residual[reverse[stack[i]]] += amount;
        }
        return amount;
      }
      let advanced = false;
      for (; pointer[u] < first[u + 1]; pointer[u]++) {
        const arc = pointer[u];
        const v = to[arc];
        if (level[v] === level[u] + 1 && admissible(arc, u)) {
          stack[depth++] = arc;
          u = v;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      if (u === s) return 0;
      // A dead end: no path to t through u in this stage.
      level[u] = -1;
      const back = stack[--depth];
      u = to[reverse[back]];
      pointer[u]++;
    }
  };

  let flow = 0;
  let complete = false;
  const maxPhases = input.maxPhases ?? 100;
  for (let phase = 0; ; phase++) {
    updatePotentials();
    // −p(t) is the gain of the best augmenting path.
    if (-p[t] <= eps || flow >= maxFlow) {
      complete = true;
      break;
    }
    if (phase >= maxPhases) break;
    while (flow < maxFlow && levels()) {
      for (let v = 0; v < nodeCount; v++) pointer[v] = first[v];
      for (;;) {
        const pushed = augment(maxFlow - flow);
        if (pushed === 0) break;
        flow += pushed;
        if (flow >= maxFlow) break;
      }
    }
  }

  // Duals, from y = −p: α_c = p(c′), β_c = p(t) − p(c″) (p(c″) alone without a total), μ = −p(t).
  // An unused arc a′→b″ has reduced cost ≥ 0: p(a′) − p(b″) ≥ w, so α_a + β_b + μ ≥ w; the mean of the two
  // copies is a feasible dual of the pair LP (max(0, w − λ_a − λ_b − μ) is convex).
  const mu = finiteTotal ? Math.max(0, -p[t]) : 0;
  const shift = finiteTotal ? p[t] : 0;
  const lambda = new Float64Array(n);
  for (let c = 0; c < n; c++) lambda[c] = (Math.max(0, p[1 + c]) + Math.max(0, shift - p[1 + n + c])) / 2;
  let weight = 0;
  for (let k = 0; k < pairs.length; k++) {
    const arc = 4 * n + 4 * k;
    weight += pairs[k].weight * (2 - residual[position[arc]] - residual[position[arc + 2]]);
  }
  return { lambda, mu, primal: weight / 2, complete };
}
