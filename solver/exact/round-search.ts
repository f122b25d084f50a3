/**
 * A complete search that puts a set of meetings in rounds: a list edge
 * colouring of the clusters' graph with table capacities. Each meeting's
 * domain is the rounds its pair may use and where both clusters are free;
 * placing a meeting removes its round from the other meetings of its two
 * clusters, and from every meeting once the round's tables are all taken.
 * A meeting left with one round is placed at once. A cluster with more
 * meetings left than rounds left in their domains, or meetings left beyond
 * the tables of the rounds they can use, fails the branch.
 *
 * Branching is DSATUR-like: the meeting with the fewest rounds left, on a
 * round it prefers; on failure that round leaves its domain (and so do the
 * untouched rounds interchangeable with it, when idle time does not count).
 * A run stops after a number of nodes, so that the caller can restart it
 * with other tie-breaks; a run that ends without hitting its limit has
 * explored everything, which proves there is no (better) placement.
 *
 * With `idle`, the search minimises idle time: each cluster keeps a lower
 * bound on its idle time under the current domains (`clusterIdleBound`)
 * and a placement reaching it (its witness); a bound is recomputed only when
 * its witness loses a round. A branch whose bounds add up to the best known
 * cost is cut. When a cluster may spend at most {@link FILTER_COST} more idle
 * time than its bound before the branch is cut, its meetings keep only the
 * rounds that its placements within that share use (`clusterSupport`).
 */
import { Board, UNSCHEDULED } from '../search/board';
import { idleIncrease } from '../search/placement';
import { MAX_BOUND_ROUNDS, type IdleCache } from './idle-bound';

export type RunOutcome = 'found' | 'exhausted' | 'cut' | 'expired';

export interface RoundSearchOptions {
  /** Interchangeable rounds (`roundGroups`); only used without `idle`. */
  groupOf?: Int32Array;
  /** A round to try first for each edge (a previous schedule). */
  preferred?: Int32Array;
  /**
   * Minimise idle time by the grid's measure (at most {@link MAX_BOUND_ROUNDS}
   * rounds): nodes of a cluster's bound at the root, and when recomputed in the search.
   */
  idle?: { cache: IdleCache; rootNodes: number; boundNodes: number };
}

/** Idle time a cluster may still spend, at most, for its domains to be filtered by its placements. */
const FILTER_COST = 1;

/** Nodes between two looks at the clock. */
const CLOCK_EVERY = 256;

const REMOVE = 0;
const ASSIGN = 1;
const BOUND = 2;

export class RoundSearch {
  private readonly R: number;
  private readonly tables: number;
  /** Edge of each item: the meetings to place, then the fixed ones. */
  private readonly edge: Int32Array;
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  /** Position of the item among the items of its first and second cluster. */
  private readonly posA: Int32Array;
  private readonly posB: Int32Array;
  private readonly dom: Uint8Array;
  /** The domains as bit masks, kept with `idle` (at most 31 rounds). */
  private readonly mask: Int32Array;
  private readonly size: Int32Array;
  private readonly roundOf: Int32Array;
  /** Items of each cluster (fixed ones included), by cluster index. */
  private readonly itemsOf: number[][];
  /** Clusters of the meetings to place: the idle time counted is theirs (the others' cannot change). */
  private readonly involved: number[];
  /** Open (unplaced) items of each cluster, and how many of them may take each round. */
  private readonly open: Int32Array;
  private readonly cnt: Int32Array;
  private readonly union: Int32Array;
  private readonly cntAll: Int32Array;
  private openAll = 0;
  private readonly movable: number;
  /** Load of each round before the search: rounds at this load are untouched. */
  private readonly baseLoad: Int32Array;

  private readonly trailKind: number[] = [];
  private readonly trailX: number[] = [];
  private readonly trailY: number[] = [];
  private readonly trailWitness: (Int32Array | null)[] = [];
  private readonly queue: number[] = [];
  private readonly touched: number[] = [];
  private readonly isTouched: Uint8Array;

  private readonly lb: Int32Array;
  private readonly witness: (Int32Array | null)[];
  private readonly lbDirty: number[] = [];
  private readonly isLbDirty: Uint8Array;
  private total = 0;

  private rootMark = 0;
  private rootFailed = false;
  private rank: Float64Array;
  private random: (() => number) | null = null;
  private nodes = 0;
  private nodeLimit = 0;
  private below = Number.POSITIVE_INFINITY;
  private expired: () => boolean = () => false;
  private stop: RunOutcome | null = null;

  /** The best placement found by the last run that found one (rounds per edge), and the idle time of the clusters of the meetings placed. */
  solution: Int32Array | null = null;
  solutionCost = Number.POSITIVE_INFINITY;

  /**
   * @param board - Holds the fixed meetings; the meetings to place must not be on it. Left so by the constructor and by each run.
   * @param movable - Edges to place.
   * @param fixed - Edges on the board that stay (locks); they count in the clusters' idle time.
   */
  constructor(
    private readonly board: Board,
    movable: readonly number[],
    fixed: readonly number[],
    private readonly options: RoundSearchOptions = {},
  ) {
    const { instance } = board;
    const R = board.rounds;
    this.R = R;
    this.tables = instance.tablesPerRound;
    const n = movable.length + fixed.length;
    this.movable = movable.length;
    this.edge = Int32Array.from([...movable, ...fixed]);
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
    this.posA = new Int32Array(n);
    this.posB = new Int32Array(n);
    this.dom = new Uint8Array(n * R);
    this.mask = new Int32Array(options.idle ? n : 0);
    this.size = new Int32Array(n);
    this.roundOf = new Int32Array(n).fill(UNSCHEDULED);
    const clusters = instance.ids.length;
    this.itemsOf = Array.from({ length: clusters }, () => []);
    this.open = new Int32Array(clusters);
    this.cnt = new Int32Array(clusters * R);
    this.union = new Int32Array(clusters);
    this.cntAll = new Int32Array(R);
    this.isTouched = new Uint8Array(clusters);
    this.lb = new Int32Array(clusters);
    this.witness = Array.from({ length: clusters }, () => null);
    this.isLbDirty = new Uint8Array(clusters);
    this.baseLoad = board.load.slice();
    this.rank = new Float64Array(n);

    for (let i = 0; i < n; i++) {
      const e = this.edge[i];
      const { a, b } = instance.edges[e];
      this.a[i] = a;
      this.b[i] = b;
      this.posA[i] = this.itemsOf[a].push(i) - 1;
      this.posB[i] = this.itemsOf[b].push(i) - 1;
      if (i >= this.movable) {
        const r = board.roundOf[e];
        this.dom[i * R + r] = 1;
        if (options.idle) this.mask[i] = 1 << r;
        this.size[i] = 1;
        this.roundOf[i] = r;
        continue;
      }
      for (const r of instance.edges[e].rounds) {
        if (!board.fits(e, r)) continue;
        this.dom[i * R + r] = 1;
        if (options.idle) this.mask[i] |= 1 << r;
        this.size[i]++;
        this.cnt[a * R + r]++;
        this.cnt[b * R + r]++;
        this.cntAll[r]++;
      }
      this.open[a]++;
      this.open[b]++;
      this.openAll++;
    }
    const involved = new Uint8Array(clusters);
    for (let i = 0; i < this.movable; i++) involved[this.a[i]] = involved[this.b[i]] = 1;
    this.involved = this.itemsOf.flatMap((_, c) => (involved[c] ? [c] : []));
    for (const c of this.involved) for (let r = 0; r < R; r++) if (this.cnt[c * R + r] > 0) this.union[c]++;

    const idle = options.idle;
    if (idle) {
      if (R > MAX_BOUND_ROUNDS) throw new RangeError(`idle bounds take at most ${MAX_BOUND_ROUNDS} rounds`);
      for (const c of this.involved) {
        if (this.itemsOf[c].length < 2) continue;
        const { bound, witness } = idle.cache.bound(this.mask, this.itemsOf[c], 0, idle.rootNodes);
        this.lb[c] = Number.isFinite(bound) ? bound : 0;
        this.witness[c] = witness;
        if (!Number.isFinite(bound)) this.rootFailed = true;
        this.total += this.lb[c];
      }
    }
    for (let i = 0; i < this.movable; i++) {
      if (this.size[i] === 0) this.rootFailed = true;
      else if (this.size[i] === 1) this.queue.push(i);
    }
    for (const c of this.involved) this.touch(c);
    if (!this.rootFailed && !this.propagate()) this.rootFailed = true;
    this.rootMark = this.trailKind.length;
    // The meetings placed by propagation at the root leave the board until a run.
    for (let i = 0; i < this.movable; i++) if (this.roundOf[i] !== UNSCHEDULED) this.board.remove(this.edge[i]);
  }

  /** Idle time of the clusters of the meetings to place, as the board holds them. */
  idleOfInvolved(board: Board): number {
    let cost = 0;
    for (const c of this.involved) cost += board.idleCostOf(c);
    return cost;
  }

  /** Sum of the idle bounds of the clusters of the meetings to place, after propagation at the root: a lower bound on their idle time. */
  get rootBound(): number {
    return this.rootFailed ? Number.POSITIVE_INFINITY : this.total;
  }

  /** Nodes the last run took. */
  get nodesUsed(): number {
    return this.nodes;
  }

  /**
   * One run from the root, until `nodeLimit` nodes, `expired()`, or a
   * placement with idle time below `below` (any placement without `idle`).
   * `random` breaks ties (null: in a fixed order). The board is left as it was.
   */
  run(nodeLimit: number, random: (() => number) | null, expired: () => boolean, below = Number.POSITIVE_INFINITY): RunOutcome {
    this.nodes = 0;
    if (this.rootFailed) return 'exhausted';
    this.nodeLimit = nodeLimit;
    this.expired = expired;
    this.below = below;
    this.stop = null;
    this.random = random;
    for (let i = 0; i < this.rank.length; i++) this.rank[i] = random ? random() : i / this.rank.length;
    if (this.options.idle && this.total >= below) return 'exhausted';
    for (let i = 0; i < this.movable; i++) if (this.roundOf[i] !== UNSCHEDULED) this.board.place(this.edge[i], this.roundOf[i]);
    // The cost to beat may allow the clusters' domains to be filtered at the root already.
    if (this.options.idle) for (const c of this.involved) this.touch(c);
    const found = this.propagate() && this.dfs();
    this.undo(this.rootMark);
    for (let i = 0; i < this.movable; i++) if (this.roundOf[i] !== UNSCHEDULED) this.board.remove(this.edge[i]);
    if (found) return 'found';
    return this.stop ?? 'exhausted';
  }

  private dfs(): boolean {
    if (this.openAll === 0) return this.leaf();
    if (++this.nodes > this.nodeLimit) {
      this.stop = 'cut';
      return false;
    }
    if (this.nodes % CLOCK_EVERY === 1 && this.expired()) {
      this.stop = 'expired';
      return false;
    }
    const i = this.pick();
    for (;;) {
      if (this.roundOf[i] !== UNSCHEDULED) return this.dfs();
      const r = this.choose(i);
      const mark = this.trailKind.length;
      if (this.assign(i, r) && this.propagate() && this.dfs()) return true;
      this.undo(mark);
      if (this.stop) return false;
      if (!this.refute(i, r) || !this.propagate()) return false;
    }
  }

  private leaf(): boolean {
    const cost = this.options.idle ? this.idleOfInvolved(this.board) : 0;
    if (cost >= this.below) return false;
    this.solution = this.board.snapshot();
    this.solutionCost = cost;
    return true;
  }

  /** The open item with the fewest rounds left; ties: the busiest clusters, then the run's order. */
  private pick(): number {
    let best = -1;
    let bestSize = Infinity;
    let bestLoad = -1;
    for (let i = 0; i < this.movable; i++) {
      if (this.roundOf[i] !== UNSCHEDULED) continue;
      const s = this.size[i];
      if (s > bestSize) continue;
      const load = this.open[this.a[i]] + this.open[this.b[i]];
      if (s < bestSize || load > bestLoad || (load === bestLoad && this.rank[i] < this.rank[best])) {
        best = i;
        bestSize = s;
        bestLoad = load;
      }
    }
    return best;
  }

  /** The round to try first for an item. */
  private choose(i: number): number {
    const R = this.R;
    const e = this.edge[i];
    const wish = this.options.preferred?.[e] ?? UNSCHEDULED;
    if (wish !== UNSCHEDULED && this.dom[i * R + wish] === 1) return wish;
    const a = this.a[i];
    const b = this.b[i];
    const idle = this.options.idle !== undefined;
    let best = -1;
    let bestScore = Infinity;
    for (let r = 0; r < R; r++) {
      if (this.dom[i * R + r] === 0) continue;
      let score: number;
      if (idle) {
        const agree = (this.witness[a]?.[this.posA[i]] === r ? 1 : 0) + (this.witness[b]?.[this.posB[i]] === r ? 1 : 0);
        score = 4 * (idleIncrease(this.board, a, r) + idleIncrease(this.board, b, r)) - 2 * agree;
      } else {
        // Least constraining: the round fewest other meetings of the two clusters could take, then the emptiest.
        score = this.cnt[a * R + r] + this.cnt[b * R + r] + (Number.isFinite(this.tables) ? this.board.load[r] / this.tables : 0);
      }
      score += this.random ? 0.5 * this.random() : r * 1e-6;
      if (score < bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  private touch(c: number): void {
    if (this.isTouched[c]) return;
    this.isTouched[c] = 1;
    this.touched.push(c);
  }

  private markLb(c: number): void {
    if (this.isLbDirty[c]) return;
    this.isLbDirty[c] = 1;
    this.lbDirty.push(c);
  }

  /** Removes round r from an open item's domain. False when the domain becomes empty. */
  private removeValue(i: number, r: number): boolean {
    const R = this.R;
    this.dom[i * R + r] = 0;
    if (this.options.idle) this.mask[i] &= ~(1 << r);
    const left = --this.size[i];
    const a = this.a[i];
    const b = this.b[i];
    if (--this.cnt[a * R + r] === 0) this.union[a]--;
    if (--this.cnt[b * R + r] === 0) this.union[b]--;
    this.cntAll[r]--;
    this.trailKind.push(REMOVE);
    this.trailX.push(i);
    this.trailY.push(r);
    this.trailWitness.push(null);
    this.touch(a);
    this.touch(b);
    if (this.witness[a]?.[this.posA[i]] === r) this.markLb(a);
    if (this.witness[b]?.[this.posB[i]] === r) this.markLb(b);
    if (left === 1) this.queue.push(i);
    return left > 0;
  }

  /** Places an open item in round r (in its domain) and removes r where it can no longer be. */
  private assign(i: number, r: number): boolean {
    const R = this.R;
    for (let q = 0; q < R; q++) if (q !== r && this.dom[i * R + q] === 1) this.removeValue(i, q);
    const a = this.a[i];
    const b = this.b[i];
    this.roundOf[i] = r;
    this.open[a]--;
    this.open[b]--;
    this.openAll--;
    if (--this.cnt[a * R + r] === 0) this.union[a]--;
    if (--this.cnt[b * R + r] === 0) this.union[b]--;
    this.cntAll[r]--;
    this.board.place(this.edge[i], r);
    this.trailKind.push(ASSIGN);
    this.trailX.push(i);
    this.trailY.push(r);
    this.trailWitness.push(null);
    this.touch(a);
    this.touch(b);
    for (const c of [a, b]) {
      for (const j of this.itemsOf[c]) {
        if (this.roundOf[j] === UNSCHEDULED && this.dom[j * R + r] === 1 && !this.removeValue(j, r)) return false;
      }
    }
    if (this.board.load[r] >= this.tables) {
      for (let j = 0; j < this.movable; j++) {
        if (this.roundOf[j] === UNSCHEDULED && this.dom[j * R + r] === 1 && !this.removeValue(j, r)) return false;
      }
    }
    return true;
  }

  /** After round r failed for item i: r leaves its domain, with the untouched rounds interchangeable with it. */
  private refute(i: number, r: number): boolean {
    const R = this.R;
    const groupOf = this.options.idle ? undefined : this.options.groupOf;
    if (groupOf && this.board.load[r] === this.baseLoad[r]) {
      for (let q = 0; q < R; q++) {
        if (q !== r && groupOf[q] === groupOf[r] && this.dom[i * R + q] === 1 && this.board.load[q] === this.baseLoad[q] && !this.removeValue(i, q)) return false;
      }
    }
    return this.removeValue(i, r);
  }

  /**
   * To a fixpoint: places the items left with one round, checks the counts,
   * recomputes the idle bounds whose witness lost a round and, when little
   * idle time is left to spend, keeps in each touched cluster's domains only
   * the rounds of its placements that stay within its share. False on a dead end.
   */
  private propagate(): boolean {
    const R = this.R;
    const idle = this.options.idle;
    let ok = true;
    for (;;) {
      while (ok && this.queue.length > 0) {
        const i = this.queue.pop()!;
        if (this.roundOf[i] !== UNSCHEDULED) continue;
        if (this.size[i] === 0) ok = false;
        else if (this.size[i] === 1) {
          let r = 0;
          while (this.dom[i * R + r] === 0) r++;
          ok = this.assign(i, r);
        }
      }
      const touched = this.touched.slice();
      for (const c of touched) {
        this.isTouched[c] = 0;
        if (this.open[c] > this.union[c]) ok = false;
      }
      this.touched.length = 0;
      if (ok && Number.isFinite(this.tables)) {
        let room = 0;
        for (let r = 0; r < R; r++) if (this.cntAll[r] > 0) room += this.tables - this.board.load[r];
        if (this.openAll > room) ok = false;
      }
      for (const c of this.lbDirty) {
        this.isLbDirty[c] = 0;
        if (ok && idle) ok = this.recomputeBound(c);
      }
      this.lbDirty.length = 0;
      if (ok && idle && Number.isFinite(this.below)) {
        const slack = this.below - 1 - this.total;
        for (const c of touched) if (ok && this.open[c] > 0 && this.lb[c] + slack <= FILTER_COST) ok = this.filter(c, this.lb[c] + slack);
      }
      if (!ok) {
        for (const c of this.touched) this.isTouched[c] = 0;
        for (const c of this.lbDirty) this.isLbDirty[c] = 0;
        this.touched.length = 0;
        this.lbDirty.length = 0;
        this.queue.length = 0;
        return false;
      }
      if (this.queue.length === 0 && this.touched.length === 0 && this.lbDirty.length === 0) return true;
    }
  }

  private recomputeBound(c: number): boolean {
    const idle = this.options.idle!;
    const { bound, witness } = idle.cache.bound(this.mask, this.itemsOf[c], this.lb[c], idle.boundNodes);
    this.trailKind.push(BOUND);
    this.trailX.push(c);
    this.trailY.push(this.lb[c]);
    this.trailWitness.push(this.witness[c]);
    if (!Number.isFinite(bound)) {
      this.witness[c] = null;
      return false;
    }
    this.total += bound - this.lb[c];
    this.lb[c] = bound;
    this.witness[c] = witness;
    return this.total < this.below;
  }

  /** Keeps in the open items of cluster c only the rounds of its placements with at most `maxCost` idle time. */
  private filter(c: number, maxCost: number): boolean {
    const idle = this.options.idle!;
    const support = idle.cache.support(this.mask, this.itemsOf[c], maxCost, idle.boundNodes);
    if (support === null) return true;
    if (support === 0) return false;
    const R = this.R;
    for (const i of this.itemsOf[c]) {
      if (this.roundOf[i] !== UNSCHEDULED || (this.mask[i] & ~support) === 0) continue;
      for (let r = 0; r < R; r++) if (this.dom[i * R + r] === 1 && ((support >>> r) & 1) === 0 && !this.removeValue(i, r)) return false;
    }
    return true;
  }

  private undo(mark: number): void {
    const R = this.R;
    while (this.trailKind.length > mark) {
      const kind = this.trailKind.pop()!;
      const x = this.trailX.pop()!;
      const y = this.trailY.pop()!;
      const witness = this.trailWitness.pop()!;
      if (kind === BOUND) {
        this.total += y - this.lb[x];
        this.lb[x] = y;
        this.witness[x] = witness;
        continue;
      }
      const a = this.a[x];
      const b = this.b[x];
      if (kind === ASSIGN) {
        this.board.remove(this.edge[x]);
        this.roundOf[x] = UNSCHEDULED;
        this.open[a]++;
        this.open[b]++;
        this.openAll++;
      } else {
        this.dom[x * R + y] = 1;
        if (this.options.idle) this.mask[x] |= 1 << y;
        this.size[x]++;
      }
      if (this.cnt[a * R + y]++ === 0) this.union[a]++;
      if (this.cnt[b * R + y]++ === 0) this.union[b]++;
      this.cntAll[y]++;
    }
    this.queue.length = 0;
  }
}

/** The i-th term (from 0) of the Luby sequence 1, 1, 2, 1, 1, 2, 4, 1, …: the lengths of successive restarts. */
export function luby(i: number): number {
  let n = i + 1;
  for (;;) {
    let k = 1;
    while ((1 << k) - 1 < n) k++;
    if ((1 << k) - 1 === n) return 1 << (k - 1);
    n -= (1 << (k - 1)) - 1;
  }
}
