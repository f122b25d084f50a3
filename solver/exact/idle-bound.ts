/**
 * A lower bound on one cluster's idle time, whatever the other clusters do:
 * the least idle time of a set of rounds into which the cluster's meetings
 * can all go, each into a round it may take (a perfect matching), ignoring
 * its partners' other meetings and the tables. Summed over the clusters, it
 * bounds the idle time of every placement of the meetings.
 *
 * Iterative deepening on the idle time: each level is an exhaustive search
 * over the rounds in time order (use the round or skip it), where a round is
 * used only when it lets one more meeting be matched (an augmenting path).
 * Rounds are bits of a 32-bit mask, so the grid has at most
 * {@link MAX_BOUND_ROUNDS} rounds.
 */
import type { IdleMeasure } from '../model/types';

/** Rounds the bound handles (bits of a mask). */
export const MAX_BOUND_ROUNDS = 31;

/** The round grid as the bound sees it. */
export interface IdleGrid {
  rounds: number;
  /** Session of each round (0-based); rounds of one session are consecutive. */
  session: Int32Array;
  measure: IdleMeasure;
}

export interface ClusterBound {
  /** Proven: no placement of the cluster's meetings has less idle time. */
  bound: number;
  /**
   * A placement reaching `bound` (the round of each meeting, in the order of
   * `rows`), or `null` when the node limit stopped the search at that level,
   * or when the meetings cannot all be placed (`bound` is then infinite).
   */
  witness: Int32Array | null;
}

// Scratch space of the search, reused across calls (the bound is computed often, on small inputs).
const dom = new Int32Array(32);
const matchOf = new Int32Array(32);
const saved = new Int32Array(32 * 33);
const usableFrom = new Int32Array(33);
let k = 0;
let seen = 0;
let nodes = 0;
let nodeCap = 0;
let limit = 0;
let out = false;
let gaps = false;
let rounds = 0;
let session: Int32Array = new Int32Array(0);
let any = 0;
/** Collecting: every placement within the limit adds its rounds to `support`, instead of stopping at the first. */
let collect = false;
let support = 0;

/** Augments the matching from round r, new in the set: some meeting takes it, possibly after others move. */
function augment(r: number): boolean {
  const bit = 1 << r;
  for (let i = 0; i < k; i++) {
    if ((seen >>> i) & 1 || (dom[i] & bit) === 0) continue;
    seen |= 1 << i;
    if (matchOf[i] === -1 || augment(matchOf[i])) {
      matchOf[i] = r;
      return true;
    }
  }
  return false;
}

function tryRound(r: number): boolean {
  seen = 0;
  return augment(r);
}

/** Rounds r, r + 1, … decided in turn: use (when a meeting can be matched to it) or skip. */
function search(r: number, used: number, cost: number, last: number, chosen: number): boolean {
  if (used === k) {
    if (!collect) return true;
    support |= chosen;
    return false;
  }
  if (k - used > usableFrom[r]) return false;
  if (++nodes > nodeCap) {
    out = true;
    return false;
  }
  const previous = last !== -1 && session[last] === session[r] ? last : -1;
  const added = previous === -1 ? 0 : gaps ? (r > previous + 1 ? 1 : 0) : r - previous - 1;
  if (cost + added <= limit && (any >>> r) & 1) {
    saved.set(matchOf.subarray(0, k), r * 32);
    if (tryRound(r)) {
      if (search(r + 1, used + 1, cost + added, r, chosen | (1 << r))) return true;
      if (out) return false;
      matchOf.set(saved.subarray(r * 32, r * 32 + k));
    }
  }
  // Skipping a round after a use: any later use in this session adds at least 1, beyond the limit
  // when the cost is at it already, so the search jumps to the next session.
  if (previous !== -1 && cost + 1 > limit) {
    let next = r + 1;
    while (next < rounds && session[next] === session[r]) next++;
    return search(next, used, cost, -1, chosen);
  }
  return search(r + 1, used, cost, previous, chosen);
}

/** The idle time of meetings each with one round (distinct), by the measure. */
function fixedCost(): number {
  let mask = 0;
  for (let i = 0; i < k; i++) mask |= dom[i];
  let cost = 0;
  let last = -1;
  for (let r = 0; r < rounds; r++) {
    if (((mask >>> r) & 1) === 0) continue;
    if (last !== -1 && session[last] === session[r]) cost += gaps ? (r > last + 1 ? 1 : 0) : r - last - 1;
    last = r;
  }
  return cost;
}

const single = (mask: number) => mask !== 0 && (mask & (mask - 1)) === 0;

/** True when the meetings can all go into exactly the rounds of `set` (as many rounds as meetings). */
function fills(set: number): boolean {
  matchOf.fill(-1, 0, k);
  for (let r = 0; r < rounds; r++) if ((set >>> r) & 1 && !tryRound(r)) return false;
  return true;
}

// The sessions' first rounds and lengths, for the placements without idle time.
const sessionStart = new Int32Array(33);
const sessionLength = new Int32Array(33);
let sessions = 0;

/**
 * The placements without idle time: one run of consecutive rounds in each
 * session used, the runs holding all the meetings. Stops at the first that
 * fits, or (collecting) adds each one's rounds to `support`.
 */
function blocks(s: number, left: number, set: number): boolean {
  if (left === 0) {
    if (!fills(set)) return false;
    if (!collect) return true;
    support |= set;
    return false;
  }
  if (s === sessions) return false;
  const start = sessionStart[s];
  const length = sessionLength[s];
  if (blocks(s + 1, left, set)) return true;
  for (let width = 1; width <= Math.min(left, length); width++) {
    const run = ((1 << width) - 1) >>> 0;
    for (let at = start; at + width <= start + length; at++) {
      const mask = (run << at) | 0;
      // A run with a round no meeting may take cannot be filled.
      if ((mask & any) !== mask) continue;
      if (blocks(s + 1, left - width, set | mask)) return true;
    }
  }
  return false;
}

function loadSessions(): void {
  sessions = 0;
  for (let r = 0; r < rounds; r++) {
    if (r === 0 || session[r] !== session[r - 1]) {
      sessionStart[sessions] = r;
      sessionLength[sessions] = 0;
      sessions++;
    }
    sessionLength[sessions - 1]++;
  }
}

/** Loads the cluster's meetings into the scratch space; false when they cannot all be placed. */
function load(grid: IdleGrid, masks: Int32Array, rows: readonly number[]): boolean {
  rounds = grid.rounds;
  k = rows.length;
  session = grid.session;
  gaps = grid.measure === 'gaps';
  any = 0;
  for (let i = 0; i < k; i++) {
    dom[i] = masks[rows[i]];
    any |= dom[i];
  }
  matchOf.fill(-1, 0, k);
  let matched = 0;
  for (let r = 0; r < rounds && matched < k; r++) if (tryRound(r)) matched++;
  usableFrom[rounds] = 0;
  for (let r = rounds - 1; r >= 0; r--) usableFrom[r] = usableFrom[r + 1] + ((any >>> r) & 1);
  nodes = 0;
  return matched === k;
}

/**
 * The rounds that some placement of a cluster's meetings with at most
 * `maxCost` idle time uses (a mask): any meeting of the cluster in another
 * round would cost it more. 0 when there is none; null when the search took
 * more than `nodeLimit` nodes.
 */
export function clusterSupport(grid: IdleGrid, masks: Int32Array, rows: readonly number[], maxCost: number, nodeLimit: number): number | null {
  if (!load(grid, masks, rows)) return 0;
  if (k <= 1) return any;
  if (maxCost === 0) {
    loadSessions();
    collect = true;
    support = 0;
    blocks(0, k, 0);
    collect = false;
    return support;
  }
  nodeCap = nodeLimit;
  limit = maxCost;
  out = false;
  collect = true;
  support = 0;
  matchOf.fill(-1, 0, k);
  search(0, 0, 0, -1, 0);
  collect = false;
  return out ? null : support;
}

/**
 * The least idle time of a cluster's meetings. `masks[row]` has bit r set
 * when meeting `row` may take round r; `rows` are the cluster's meetings
 * (at most 32). The search starts at `from` (a bound already proven) and
 * stops after `nodeLimit` nodes, keeping the last level proven.
 */
export function clusterIdleBound(grid: IdleGrid, masks: Int32Array, rows: readonly number[], from: number, nodeLimit: number): ClusterBound {
  // Without a perfect matching into all the rounds there is no placement at all.
  if (!load(grid, masks, rows)) return { bound: Number.POSITIVE_INFINITY, witness: null };
  if (k <= 1) return { bound: 0, witness: matchOf.slice(0, k) };
  let fixed = true;
  for (let i = 0; i < k; i++) if (!single(dom[i])) fixed = false;
  if (fixed) return { bound: fixedCost(), witness: matchOf.slice(0, k) };
  if (from <= 0) {
    loadSessions();
    if (blocks(0, k, 0)) return { bound: 0, witness: matchOf.slice(0, k) };
  }
  nodeCap = nodeLimit;
  for (limit = Math.max(1, from); ; limit++) {
    matchOf.fill(-1, 0, k);
    out = false;
    if (search(0, 0, 0, -1, 0)) return { bound: limit, witness: matchOf.slice(0, k) };
    if (out) return { bound: limit, witness: null };
  }
}

/** Entries a cache holds before it starts afresh. */
const CACHE_SIZE = 100_000;

/**
 * The bounds and supports already computed for one grid, by the clusters'
 * domains: a search meets the same domains again and again across its
 * branches and restarts.
 */
export class IdleCache {
  private readonly bounds = new Map<string, ClusterBound>();
  private readonly supports = new Map<string, number | null>();

  constructor(readonly grid: IdleGrid) {}

  private static key(masks: Int32Array, rows: readonly number[]): string {
    let key = '';
    for (const row of rows) key += `${masks[row]},`;
    return key;
  }

  /** {@link clusterIdleBound}, remembered. A bound found with a witness is the least idle time, whatever `from`. */
  bound(masks: Int32Array, rows: readonly number[], from: number, nodeLimit: number): ClusterBound {
    const key = IdleCache.key(masks, rows);
    const known = this.bounds.get(key);
    if (known && (known.witness !== null || known.bound >= from)) return known;
    const found = clusterIdleBound(this.grid, masks, rows, from, nodeLimit);
    if (this.bounds.size >= CACHE_SIZE) this.bounds.clear();
    this.bounds.set(key, found);
    return found;
  }

  /** {@link clusterSupport}, remembered. */
  support(masks: Int32Array, rows: readonly number[], maxCost: number, nodeLimit: number): number | null {
    const key = `${IdleCache.key(masks, rows)}|${maxCost}`;
    const known = this.supports.get(key);
    if (known !== undefined) return known;
    const found = clusterSupport(this.grid, masks, rows, maxCost, nodeLimit);
    if (this.supports.size >= CACHE_SIZE) this.supports.clear();
    this.supports.set(key, found);
    return found;
  }
}
