/**
 * Odd-set (blossom) cutting planes for the exact path's integer program.
 * Its LP relaxation is a b-matching polytope with side constraints, whose
 * vertices are fractional on odd structures (three clusters of cap 1 meeting
 * each other "half" each). Edmonds' inequalities cut such points off:
 *
 * - matching: for a set U of clusters and F ⊆ δ(U) with b(U) + |F| odd,
 *   y(E[U]) + y(F) ≤ (b(U) + |F| − 1) / 2, where b bounds each cluster's degree;
 * - coverage: for an odd set U of clusters with a coverage variable,
 *   z(U) − y(E[U]) − y(δ(U)) ≤ (|U| − 1) / 2 (covering all of an odd set from
 *   inside takes (|U| + 1) / 2 meetings).
 *
 * Candidate sets come from the fractional point itself: the components of its
 * fractional support, odd cycles in that support, and the components of the
 * whole support.
 */
import { gomoryHuCuts, type WeightedEdge } from './gomory-hu';

/** The graph of the program: the clusters of each edge variable and their degree bounds. */
export interface CutGraph {
  /** Clusters of each edge, or null for an edge without a variable. */
  edges: ReadonlyArray<{ a: number; b: number } | null>;
  /** Upper bound on each cluster's number of new meetings. */
  degree: ArrayLike<number>;
  /** Clusters with a coverage variable z_c, or null when there are none. */
  coverable: ArrayLike<boolean> | null;
}

/** A cut Σ coef·y_e + Σ_{c ∈ clusters} z_c ≤ max. */
export interface LinearCut {
  edges: Map<number, number>;
  clusters: number[];
  max: number;
}

const EPS = 1e-6;

/**
 * Sets of clusters on the far side of a dummy node in the fundamental cuts
 * of a Gomory–Hu tree of weight below 1: Padberg and Rao's candidates for a
 * violated odd-set inequality written as "cut weight ≥ 1". `toDummy[c]` is
 * the weight of cluster c's edge to the dummy; `inGraph` selects the clusters.
 */
function lightCuts(n: number, inGraph: (c: number) => boolean, edges: WeightedEdge[], toDummy: ArrayLike<number>): number[][] {
  const node = new Int32Array(n).fill(-1);
  const clusters: number[] = [];
  for (let c = 0; c < n; c++) {
    if (!inGraph(c)) continue;
    node[c] = clusters.length + 1;
    clusters.push(c);
  }
  if (clusters.length < 3) return [];
  const local: WeightedEdge[] = [];
  for (const { u, v, w } of edges) if (node[u] > 0 && node[v] > 0) local.push({ u: node[u], v: node[v], w });
  for (const c of clusters) local.push({ u: node[c], v: 0, w: Math.max(0, toDummy[c]) });
  const sets: number[][] = [];
  for (const { value, side } of gomoryHuCuts(clusters.length + 1, local)) {
    if (value >= 1 - EPS) continue;
    const far = side[0] ? 0 : 1;
    const set = clusters.filter((c) => side[node[c]] === far);
    if (set.length >= 3) sets.push(set);
  }
  return sets;
}

/** Candidate sets for the matching cuts (weights min(y, 1 − y), slack to the dummy) and the coverage cuts. */
function gomoryHuCandidates(graph: CutGraph, y: ArrayLike<number>, z: ArrayLike<number> | null): number[][] {
  const n = graph.degree.length;
  const load = new Float64Array(n);
  const touched = new Uint8Array(n);
  const matching: WeightedEdge[] = [];
  graph.edges.forEach((edge, e) => {
    if (!edge) return;
    touched[edge.a] = touched[edge.b] = 1;
    if (y[e] <= EPS) return;
    load[edge.a] += y[e];
    load[edge.b] += y[e];
    matching.push({ u: edge.a, v: edge.b, w: Math.min(y[e], 1 - y[e]) });
  });
  const slack = Array.from(load, (x, c) => graph.degree[c] - x);
  const sets = lightCuts(n, (c) => touched[c] === 1, matching, slack);
  // F = ∅: y(E[U]) ≤ (b(U) − 1) / 2 ⇔ Σ_{c∈U} slack_c + y(δ(U)) ≥ 1.
  const plain = matching.map(({ u, v }, k) => ({ u, v, w: 0, k }));
  let k = 0;
  graph.edges.forEach((edge, e) => {
    if (edge && y[e] > EPS) plain[k++].w = y[e];
  });
  sets.push(...lightCuts(n, (c) => touched[c] === 1, plain, slack));
  const coverable = graph.coverable;
  if (coverable && z) {
    // Covering all of an odd set U: Σ_{c∈U} (1 − z_c + y(δ(c))) + y(δ(U)) ≥ 1; edges to other clusters go to the dummy.
    const toDummy = Array.from(load, (x, c) => 1 - z[c] + x);
    const inside: WeightedEdge[] = [];
    graph.edges.forEach((edge, e) => {
      if (!edge || y[e] <= EPS) return;
      if (coverable[edge.a] && coverable[edge.b]) inside.push({ u: edge.a, v: edge.b, w: y[e] });
      else if (coverable[edge.a]) toDummy[edge.a] += y[e];
      else if (coverable[edge.b]) toDummy[edge.b] += y[e];
    });
    sets.push(...lightCuts(n, (c) => coverable[c] && touched[c] === 1, inside, toDummy));
  }
  return sets;
}

/** Vertex sets of the connected components of the edges kept by `keep`, with at least 3 clusters. */
function components(graph: CutGraph, n: number, keep: (e: number) => boolean): number[][] {
  const parent = Array.from({ length: n }, (_, c) => c);
  const find = (c: number): number => {
    while (parent[c] !== c) c = parent[c] = parent[parent[c]];
    return c;
  };
  const touched = new Uint8Array(n);
  graph.edges.forEach((edge, e) => {
    if (!edge || !keep(e)) return;
    touched[edge.a] = touched[edge.b] = 1;
    parent[find(edge.a)] = find(edge.b);
  });
  const byRoot = new Map<number, number[]>();
  for (let c = 0; c < n; c++) {
    if (!touched[c]) continue;
    const root = find(c);
    const list = byRoot.get(root);
    if (list) list.push(c);
    else byRoot.set(root, [c]);
  }
  return [...byRoot.values()].filter((set) => set.length >= 3);
}

/** Vertex sets of odd cycles of the edges kept by `keep`, found from BFS trees (one per non-bipartite edge). */
function oddCycles(graph: CutGraph, n: number, keep: (e: number) => boolean, limit: number): number[][] {
  const adjacent: number[][] = Array.from({ length: n }, () => []);
  graph.edges.forEach((edge, e) => {
    if (!edge || !keep(e)) return;
    adjacent[edge.a].push(edge.b);
    adjacent[edge.b].push(edge.a);
  });
  const depth = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const cycles: number[][] = [];
  for (let root = 0; root < n && cycles.length < limit; root++) {
    if (depth[root] !== -1 || adjacent[root].length === 0) continue;
    depth[root] = 0;
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      for (const v of adjacent[u]) {
        if (depth[v] === -1) {
          depth[v] = depth[u] + 1;
          parent[v] = u;
          queue.push(v);
        } else if (u < v && depth[u] === depth[v] && cycles.length < limit) {
          // Same depth: the two tree paths up to their meeting point and the edge close an odd cycle.
          const left = [u];
          const right = [v];
          let x = u;
          let y = v;
          while (x !== y) {
            x = parent[x];
            y = parent[y];
            left.push(x);
            if (x !== y) right.push(y);
          }
          cycles.push([...left, ...right]);
        }
      }
    }
  }
  return cycles;
}

/** The matching cut of a set, with the best F for the point, if violated. */
function matchingCut(graph: CutGraph, y: ArrayLike<number>, members: Uint8Array, set: number[]): { cut: LinearCut; violation: number } | null {
  let b = 0;
  for (const c of set) b += graph.degree[c];
  let inside = 0;
  const edges = new Map<number, number>();
  const boundary: number[] = [];
  graph.edges.forEach((edge, e) => {
    if (!edge) return;
    const count = members[edge.a] + members[edge.b];
    if (count === 2) {
      edges.set(e, 1);
      inside += y[e];
    } else if (count === 1 && y[e] > EPS) boundary.push(e);
  });
  const plain = b % 2 === 1 && inside > (b - 1) / 2 + EPS ? { cut: { edges: new Map(edges), clusters: [], max: (b - 1) / 2 }, violation: inside - (b - 1) / 2 } : null;
  const chosen = new Set(boundary.filter((e) => y[e] > 0.5));
  if ((b + chosen.size) % 2 === 0) {
    // Toggle the boundary edge that costs least, if any.
    let best = -1;
    for (const e of boundary) if (best === -1 || Math.abs(y[e] - 0.5) < Math.abs(y[best] - 0.5)) best = e;
    if (best === -1) return plain;
    if (chosen.has(best)) chosen.delete(best);
    else chosen.add(best);
  }
  let lhs = inside;
  for (const e of chosen) {
    lhs += y[e];
    edges.set(e, 1);
  }
  const max = (b + chosen.size - 1) / 2;
  if (plain && plain.violation >= lhs - max) return plain;
  return lhs > max + EPS ? { cut: { edges, clusters: [], max }, violation: lhs - max } : null;
}

/** The coverage cut of the coverable clusters of a set (made odd by dropping the least covered one), if violated. */
function coverageCut(graph: CutGraph, y: ArrayLike<number>, z: ArrayLike<number>, set: number[]): { cut: LinearCut; violation: number } | null {
  const coverable = graph.coverable;
  if (!coverable) return null;
  let kept = set.filter((c) => coverable[c]);
  if (kept.length % 2 === 0) {
    let worst = -1;
    for (const c of kept) if (worst === -1 || z[c] < z[worst]) worst = c;
    kept = kept.filter((c) => c !== worst);
  }
  if (kept.length < 3) return null;
  const members = new Uint8Array(graph.degree.length);
  for (const c of kept) members[c] = 1;
  let lhs = 0;
  for (const c of kept) lhs += z[c];
  const edges = new Map<number, number>();
  graph.edges.forEach((edge, e) => {
    if (!edge || members[edge.a] + members[edge.b] === 0) return;
    edges.set(e, -1);
    lhs -= y[e];
  });
  const max = (kept.length - 1) / 2;
  return lhs > max + EPS ? { cut: { edges, clusters: kept, max }, violation: lhs - max } : null;
}

/**
 * Violated odd-set cuts at an LP point (`y` per edge, `z` per cluster), the
 * most violated first, at most `limit` of them.
 */
export function separateOddSets(graph: CutGraph, y: ArrayLike<number>, z: ArrayLike<number> | null, limit: number): LinearCut[] {
  const n = graph.degree.length;
  const fractional = (e: number) => y[e] > EPS && y[e] < 1 - EPS;
  const support = (e: number) => y[e] > EPS;
  const candidates = new Map<string, number[]>();
  const add = (set: number[]) => {
    const sorted = [...set].sort((p, q) => p - q);
    candidates.set(sorted.join(','), sorted);
  };
  components(graph, n, fractional).forEach(add);
  oddCycles(graph, n, fractional, 4 * limit).forEach(add);
  components(graph, n, support).forEach(add);
  // Whole components of the candidate graph: with an odd total degree bound (e.g. an odd number of
  // clusters of cap 1), they bound the number of meetings, and so the coverage, at once.
  components(graph, n, () => true).forEach(add);
  gomoryHuCandidates(graph, y, z).forEach(add);

  const found: Array<{ cut: LinearCut; violation: number }> = [];
  const members = new Uint8Array(n);
  for (const set of candidates.values()) {
    for (const c of set) members[c] = 1;
    const matching = matchingCut(graph, y, members, set);
    if (matching) found.push(matching);
    for (const c of set) members[c] = 0;
    const coverage = z ? coverageCut(graph, y, z, set) : null;
    if (coverage) found.push(coverage);
  }
  found.sort((p, q) => q.violation - p.violation);
  return found.slice(0, limit).map((f) => f.cut);
}
