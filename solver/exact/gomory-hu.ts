/**
 * Gomory–Hu cut trees (Gusfield's algorithm: n − 1 maximum flows, no
 * contraction) on small undirected graphs with real capacities. The odd-set
 * cuts use them after Padberg and Rao: a minimum T-odd cut is one of the
 * tree's fundamental cuts.
 */

export interface WeightedEdge {
  u: number;
  v: number;
  w: number;
}

/** Maximum flow by Dinic's algorithm on an undirected graph; returns the value and the source side of a minimum cut. */
function minCut(n: number, edges: readonly WeightedEdge[], s: number, t: number): { value: number; side: Uint8Array } {
  const head = new Int32Array(n).fill(-1);
  const to: number[] = [];
  const next: number[] = [];
  const residual: number[] = [];
  for (const { u, v, w } of edges) {
    if (!(w > 0) || u === v) continue;
    // An undirected edge: two arcs, each the other's reverse, both of capacity w.
    to.push(v, u);
    residual.push(w, w);
    next.push(head[u], head[v]);
    head[u] = to.length - 2;
    head[v] = to.length - 1;
  }
  const level = new Int32Array(n);
  const cursor = new Int32Array(n);
  const bfs = (): boolean => {
    level.fill(-1);
    level[s] = 0;
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const x = queue[i];
      for (let a = head[x]; a !== -1; a = next[a]) {
        if (residual[a] > 1e-12 && level[to[a]] === -1) {
          level[to[a]] = level[x] + 1;
          queue.push(to[a]);
        }
      }
    }
    return level[t] !== -1;
  };
  const dfs = (x: number, pushed: number): number => {
    if (x === t) return pushed;
    for (; cursor[x] !== -1; cursor[x] = next[cursor[x]]) {
      const a = cursor[x];
      if (residual[a] <= 1e-12 || level[to[a]] !== level[x] + 1) continue;
      const got = dfs(to[a], Math.min(pushed, residual[a]));
      if (got > 0) {
        residual[a] -= got;
        residual[a ^ 1] += got;
        return got;
      }
    }
    return 0;
  };
  let value = 0;
  while (bfs()) {
    cursor.set(head);
    for (let got = dfs(s, Infinity); got > 0; got = dfs(s, Infinity)) value += got;
  }
  const side = new Uint8Array(n);
  for (let x = 0; x < n; x++) side[x] = level[x] !== -1 ? 1 : 0;
  return { value, side };
}

/**
 * The fundamental cuts of a Gomory–Hu tree: for each node s > 0, the
 * minimum cut between s and its tree parent, as the set of nodes on s's side
 * of the tree, and its value.
 */
export function gomoryHuCuts(n: number, edges: readonly WeightedEdge[]): Array<{ value: number; side: Uint8Array }> {
  const parent = new Int32Array(n);
  const weight = new Float64Array(n);
  for (let s = 1; s < n; s++) {
    const t = parent[s];
    const { value, side } = minCut(n, edges, s, t);
    weight[s] = value;
    for (let i = 0; i < n; i++) if (i !== s && side[i] && parent[i] === t) parent[i] = s;
    if (side[parent[t]] && t !== 0) {
      parent[s] = parent[t];
      parent[t] = s;
      weight[s] = weight[t];
      weight[t] = value;
    }
  }
  // Side of s in the tree without edge (s, parent[s]): s and its descendants.
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let s = 1; s < n; s++) children[parent[s]].push(s);
  const cuts: Array<{ value: number; side: Uint8Array }> = [];
  for (let s = 1; s < n; s++) {
    const side = new Uint8Array(n);
    const stack = [s];
    while (stack.length > 0) {
      const x = stack.pop()!;
      side[x] = 1;
      stack.push(...children[x]);
    }
    cuts.push({ value: weight[s], side });
  }
  return cuts;
}
