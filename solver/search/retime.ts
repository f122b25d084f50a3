/**
 * Re-timing: with the set of meetings fixed, move meetings between rounds to
 * leave fewer idle rounds between a cluster's meetings, and (on a re-solve)
 * keep meetings in the round they had before.
 */
import { Board, UNSCHEDULED } from './board';
import type { SearchBudget } from './heuristic';
import { canMeetIn } from './instance';
import { seededRandom } from './random';
import { repartitionRounds } from './repartition';

/**
 * Weights of the timing's cost: a moved meeting (on a re-solve) weighs more
 * than any idle time; under `"gaps"`, a gap more than any idle rounds, which
 * break the ties between placements with as many gaps and give the search a
 * slope towards closing them.
 */
const MOVED = 1e10;
const GAP = 1e5;

/** Idle time of one cluster as the re-timing weighs it. */
function idleWeight(board: Board, cluster: number): number {
  return board.instance.idleMeasure === 'gaps' ? GAP * board.gapsOf(cluster) + board.idleOf(cluster) : board.idleOf(cluster);
}

/** Cost of the timing around a set of clusters: moved meetings weigh more than idle time (by the event's measure). */
function localCost(board: Board, clusters: number[], previous: Int32Array | undefined, edges: number[]): number {
  let idle = 0;
  for (const c of clusters) idle += idleWeight(board, c);
  let moved = 0;
  if (previous) for (const e of edges) if (previous[e] !== UNSCHEDULED && previous[e] !== board.roundOf[e]) moved++;
  return moved * MOVED + idle;
}

function tryMove(board: Board, e: number, previous: Int32Array | undefined): boolean {
  const { a, b, rounds } = board.instance.edges[e];
  const from = board.roundOf[e];
  const before = localCost(board, [a, b], previous, [e]);
  board.remove(e);
  let best = from;
  let bestCost = before;
  for (const r of rounds) {
    if (r === from || !board.fits(e, r)) continue;
    board.place(e, r);
    const cost = localCost(board, [a, b], previous, [e]);
    if (cost < bestCost) {
      best = r;
      bestCost = cost;
    }
    board.remove(e);
  }
  board.place(e, best);
  return best !== from;
}

function trySwap(board: Board, e: number, f: number, previous: Int32Array | undefined): boolean {
  const re = board.roundOf[e];
  const rf = board.roundOf[f];
  if (re === rf) return false;
  const E = board.instance.edges;
  const clusters = [...new Set([E[e].a, E[e].b, E[f].a, E[f].b])];
  const before = localCost(board, clusters, previous, [e, f]);
  board.remove(e);
  board.remove(f);
  if (board.fits(e, rf)) {
    board.place(e, rf);
    if (board.fits(f, re)) {
      board.place(f, re);
      if (localCost(board, clusters, previous, [e, f]) < before) return true;
      board.remove(f);
    }
    board.remove(e);
  }
  board.place(e, re);
  board.place(f, rf);
  return false;
}

/**
 * The Kempe chain of meeting `e` between its round and round `other`: the
 * meetings of those two rounds linked to it through shared clusters. Swapping
 * the chain's rounds keeps every cluster in at most one meeting per round.
 * Null when a meeting of the chain is locked or cannot meet in its new round
 * (a cluster unavailable, or outside the pair's meeting windows).
 */
function kempeChain(board: Board, e: number, other: number): number[] | null {
  const first = board.roundOf[e];
  const chain = [e];
  const seen = new Set(chain);
  for (let head = 0; head < chain.length; head++) {
    const m = chain[head];
    if (board.locked[m]) return null;
    const from = board.roundOf[m];
    const to = from === first ? other : first;
    if (!canMeetIn(board.instance, m, to)) return null;
    const { a, b } = board.instance.edges[m];
    for (const c of [a, b]) {
      const f = board.busyAt(c, to);
      if (f !== -1 && !seen.has(f)) {
        seen.add(f);
        chain.push(f);
      }
    }
  }
  return chain;
}

/** Swaps the rounds of a Kempe chain when tables allow and that lowers the cost around it. */
function tryKempe(board: Board, e: number, other: number, previous: Int32Array | undefined): boolean {
  const first = board.roundOf[e];
  const chain = kempeChain(board, e, other);
  if (!chain) return false;
  const leaving = chain.reduce((n, m) => n + (board.roundOf[m] === first ? 1 : 0), 0);
  const arriving = chain.length - leaving;
  const tables = board.instance.tablesPerRound;
  if (board.load[other] - arriving + leaving > tables || board.load[first] - leaving + arriving > tables) return false;
  const E = board.instance.edges;
  const clusters = [...new Set(chain.flatMap((m) => [E[m].a, E[m].b]))];
  const before = localCost(board, clusters, previous, chain);
  const from = chain.map((m) => board.remove(m));
  chain.forEach((m, k) => board.place(m, from[k] === first ? other : first));
  if (localCost(board, clusters, previous, chain) < before) return true;
  for (const m of chain) board.remove(m);
  chain.forEach((m, k) => board.place(m, from[k]));
  return false;
}

/** Total cost of the timing: moved meetings weigh more than idle time (by the event's measure). */
function totalCost(board: Board, previous: Int32Array | undefined): number {
  let moved = 0;
  if (previous) board.roundOf.forEach((r, e) => r !== UNSCHEDULED && previous[e] !== UNSCHEDULED && previous[e] !== r && moved++);
  let idle = 0;
  for (let c = 0; c < board.instance.ids.length; c++) if (board.count[c] > 1) idle += idleWeight(board, c);
  return moved * MOVED + idle;
}

/**
 * Moves the content of whole rounds within a session: the round at one
 * position goes to another and the rounds between shift by one. Only rounds
 * without locked meetings move, and every meeting must be able to meet in its
 * new round (both available, inside the pair's meeting windows).
 */
function tryShiftRounds(board: Board, previous: Int32Array | undefined): boolean {
  const { slots } = board.instance;
  const sessions = new Map<number, number[]>();
  slots.forEach((slot, r) => {
    const list = sessions.get(slot.session);
    if (list) list.push(r);
    else sessions.set(slot.session, [r]);
  });
  const meetingsIn = (r: number) => board.scheduled().filter((e) => board.roundOf[e] === r);
  let improved = false;
  for (const rounds of sessions.values()) {
    if (rounds.length < 3) continue;
    for (let i = 0; i < rounds.length; i++) {
      for (let j = 0; j < rounds.length; j++) {
        if (Math.abs(i - j) < 2) continue; // adjacent positions: a Kempe swap of whole rounds covers them
        // New order of the session: position i's round moved to position j.
        const order = rounds.slice();
        const [moved] = order.splice(i, 1);
        order.splice(j, 0, moved);
        const target = new Map<number, number>();
        order.forEach((r, k) => r !== rounds[k] && target.set(r, rounds[k]));
        const moves: Array<[number, number]> = [];
        let valid = true;
        for (const [r, to] of target) {
          for (const e of meetingsIn(r)) {
            if (board.locked[e] || !canMeetIn(board.instance, e, to)) valid = false;
            moves.push([e, to]);
          }
          if (!valid) break;
        }
        if (!valid || moves.length === 0) continue;
        const before = totalCost(board, previous);
        const from = moves.map(([e]) => board.remove(e));
        for (const [e, to] of moves) board.place(e, to);
        if (totalCost(board, previous) < before) {
          improved = true;
          continue;
        }
        for (const [e] of moves) board.remove(e);
        moves.forEach(([e], k) => board.place(e, from[k]));
      }
    }
  }
  return improved;
}

/**
 * Local search to a local optimum: single moves, swaps, Kempe chains, the best
 * re-partition of two rounds, shifts of whole rounds. False when the budget ran out.
 */
function descend(board: Board, budget: SearchBudget, previous: Int32Array | undefined, focus?: () => number[]): boolean {
  const movable = focus ?? (() => board.scheduled().filter((e) => !board.locked[e]));
  for (let pass = 0; pass < budget.maxPasses; pass++) {
    let improved = false;
    const meetings = movable();
    for (const e of meetings) if (tryMove(board, e, previous)) improved = true;
    if (budget.expired()) return false;
    // Swaps between meetings that share a cluster: the moves that single moves cannot make.
    for (const e of meetings) {
      const { a, b } = board.instance.edges[e];
      for (const c of [a, b]) {
        for (const f of board.edgesOf(c)) {
          if (f <= e || board.locked[f]) continue;
          if (trySwap(board, e, f, previous)) improved = true;
        }
      }
      if (budget.expired()) return false;
    }
    // Kempe chains between two rounds: moves a whole connected group of meetings at once.
    for (const e of meetings) {
      for (let r = 0; r < board.rounds; r++) {
        if (board.roundOf[e] === r) continue;
        if (tryKempe(board, e, r, previous)) improved = true;
      }
      if (budget.expired()) return false;
    }
    if (!focus) {
      // The best exchange of meetings between two rounds, several chains at once when the tables require it.
      const cost = (clusters: number[], edges: number[]) => localCost(board, clusters, previous, edges);
      for (let r = 0; r < board.rounds; r++) for (let q = r + 1; q < board.rounds; q++) if (repartitionRounds(board, r, q, cost)) improved = true;
      if (budget.expired()) return false;
      if (tryShiftRounds(board, previous)) improved = true;
    }
    if (!improved) return true;
  }
  return true;
}

/** Swaps a Kempe chain whatever the cost (a kick of the iterated search); its clusters, or null when it cannot. */
function kick(board: Board, e: number, other: number): number[] | null {
  const first = board.roundOf[e];
  const chain = kempeChain(board, e, other);
  if (!chain) return null;
  const leaving = chain.reduce((n, m) => n + (board.roundOf[m] === first ? 1 : 0), 0);
  const arriving = chain.length - leaving;
  const tables = board.instance.tablesPerRound;
  if (board.load[other] - arriving + leaving > tables || board.load[first] - leaving + arriving > tables) return null;
  const from = chain.map((m) => board.remove(m));
  chain.forEach((m, k) => board.place(m, from[k] === first ? other : first));
  const E = board.instance.edges;
  return [...new Set(chain.flatMap((m) => [E[m].a, E[m].b]))];
}

/** Rounds where a cluster is free, between or next to its meetings, in the sessions of its meetings. */
function gapRounds(board: Board, cluster: number): number[] {
  const { slots } = board.instance;
  const out: number[] = [];
  for (let r = 0; r < board.rounds; r++) {
    if (board.busyAt(cluster, r) !== -1) continue;
    const near = (d: number) => {
      for (let q = r + d; q >= 0 && q < board.rounds && slots[q].session === slots[r].session; q += d) if (board.busyAt(cluster, q) !== -1) return true;
      return false;
    };
    const before = near(-1);
    const after = near(1);
    const adjacent = (r > 0 && board.busyAt(cluster, r - 1) !== -1) || (r + 1 < board.rounds && board.busyAt(cluster, r + 1) !== -1);
    if ((before && after) || adjacent) out.push(r);
  }
  return out;
}

/** Kempe-chain evaluations the iterated search may spend, about (keeps a re-timing to tens of milliseconds). */
const KICK_WORK = 2_000_000;
const MAX_KICKS = 1000;
/** Kicks without a gain after which the iterated search stops. */
const STALL_KICKS = 300;

/**
 * Improves the timing of the scheduled meetings; the set of meetings does
 * not change. A local search, then an iterated local search: kick a meeting
 * of a cluster with idle rounds into another round (with its Kempe chain),
 * descend again, keep the best. Deterministic (fixed seed).
 */
export function retime(board: Board, budget: SearchBudget, previous?: Int32Array): void {
  if (!descend(board, budget, previous)) return;
  let bestCost = totalCost(board, previous);
  let best = board.snapshot();
  const meetings = board.scheduled().filter((e) => !board.locked[e]).length;
  const kicks = Math.min(MAX_KICKS, Math.floor(KICK_WORK / Math.max(1, meetings * board.rounds)));
  const random = seededRandom(0x1d1e);
  const clusters = board.instance.ids.map((_, c) => c);
  let lastGain = 0;
  for (let k = 0; k < kicks && bestCost > 0 && k - lastGain <= STALL_KICKS && !budget.expired(); k++) {
    const idle = clusters.filter((c) => board.count[c] > 1 && board.idleCostOf(c) > 0);
    if (idle.length === 0) break;
    const c = idle[Math.floor(random() * idle.length)];
    const own = board.edgesOf(c).filter((e) => !board.locked[e]);
    if (own.length === 0) continue;
    const e = own[Math.floor(random() * own.length)];
    // Into a gap of the cluster, or next to its meetings: where its idle rounds could close.
    const gaps = gapRounds(board, c);
    const other = gaps.length > 0 && random() < 0.5 ? gaps[Math.floor(random() * gaps.length)] : Math.floor(random() * board.rounds);
    if (other === board.roundOf[e]) continue;
    const touched = kick(board, e, other);
    if (!touched) continue;
    // Descend around the kick: the unlocked meetings of the clusters it touched.
    const focus = () => [...new Set(touched.flatMap((t) => board.edgesOf(t)))].filter((f) => !board.locked[f]);
    if (!descend(board, budget, previous, focus)) break;
    const cost = totalCost(board, previous);
    if (cost < bestCost) {
      bestCost = cost;
      lastGain = k;
      best = board.snapshot();
    } else if (cost > bestCost) {
      board.restore(best);
    }
  }
  board.restore(best);
  descend(board, budget, previous);
}
