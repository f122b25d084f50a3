/**
 * With the meetings chosen, the least idle time over every placement of them
 * in rounds, by the event's measure.
 *
 * - A lower bound: each cluster alone (`clusterIdleBound`), summed
 *   after propagation at the root of the search.
 * - A large-neighbourhood search: free the meetings of a few rounds, or of a
 *   cluster with idle time and some partners, and re-place them exactly with
 *   a branch-and-bound ({@link RoundSearch} with `idle`) around the others,
 *   kept when the idle time goes down.
 * - A branch-and-bound over every meeting, restarted with growing node
 *   limits (Luby), each run cut as soon as it finds a better placement.
 *
 * The placement is proven optimal when it reaches the bound, or when a run
 * of the whole branch-and-bound explores everything. Work is counted in
 * nodes, so the same input gives the same schedule; the clock only cuts it short.
 */
import { Board, UNSCHEDULED } from '../search/board';
import { seededRandom } from '../search/random';
import { IdleCache, MAX_BOUND_ROUNDS, type IdleGrid } from './idle-bound';
import { luby, RoundSearch } from './round-search';

export interface IdleOptions {
  /** True when the search must stop. */
  expired: () => boolean;
  /** Nodes the searches may spend in all. */
  nodes: number;
  /** False: only compute the bound, keep the placement (a re-solve keeps the previous rounds instead). */
  search: boolean;
}

export interface IdleOutcome {
  /** Proven lower bound on the idle time of every placement of the board's meetings. */
  lowerBound: number;
  /** True when the board's idle time equals `lowerBound`. */
  optimal: boolean;
}

/** Nodes of a cluster's bound at the root, and when the search recomputes it. */
const ROOT_BOUND_NODES = 50_000;
const BOUND_NODES = 200;
/** Nodes of the shortest run of the whole search, at least. */
const BASE_NODES = 200;
/** Nodes of one neighbourhood's search. */
const NEIGHBOURHOOD_NODES = 1_000;
/** Share of the nodes for the neighbourhoods; the rest goes to the whole search. */
const NEIGHBOURHOOD_SHARE = 0.6;
/** Neighbourhoods without a gain, per cluster, after which the large-neighbourhood search stops. */
const STALL_PER_CLUSTER = 4;

export function idleGrid(board: Board): IdleGrid {
  const { slots, idleMeasure } = board.instance;
  return { rounds: slots.length, session: Int32Array.from(slots, (s) => s.session), measure: idleMeasure };
}

/** Lowers the idle time of the board's placement where it can, and proves a bound on it. Never changes which meetings are held. */
export function minimiseIdle(board: Board, options: IdleOptions): IdleOutcome {
  const cost = board.idleCost();
  // The bounds hold rounds in 32-bit masks; a longer grid keeps the re-timing's placement, with the trivial bound.
  if (board.rounds > MAX_BOUND_ROUNDS) return { lowerBound: 0, optimal: cost === 0 };
  const cache = new IdleCache(idleGrid(board));
  const scheduled = board.scheduled();
  const movable = scheduled.filter((e) => !board.locked[e]);
  const fixed = scheduled.filter((e) => board.locked[e]);

  let placement = board.snapshot();
  for (const e of movable) board.remove(e);
  const whole = new RoundSearch(board, movable, fixed, { idle: { cache, rootNodes: ROOT_BOUND_NODES, boundNodes: BOUND_NODES } });
  board.restore(placement);
  // The idle time of clusters with locked meetings only cannot change.
  const constant = cost - whole.idleOfInvolved(board);
  // The placement given exists, so the bound is finite and at most its cost.
  const state = { best: cost, lowerBound: Math.min(cost, constant + whole.rootBound), spent: 0 };
  const done = () => !options.search || state.best <= state.lowerBound || state.spent >= options.nodes || options.expired();

  let run = 0;
  /** One run of the whole search; false when it cannot go on. */
  const wholeRun = (): boolean => {
    const limit = Math.min(Math.max(BASE_NODES, 2 * movable.length) * luby(run), options.nodes - state.spent);
    const random = run === 0 ? null : seededRandom((0x1d1e + run) >>> 0);
    run++;
    for (const e of movable) board.remove(e);
    const outcome = whole.run(limit, random, options.expired, state.best - constant);
    board.restore(placement);
    state.spent += whole.nodesUsed;
    if (outcome === 'found') {
      state.best = constant + whole.solutionCost;
      placement = whole.solution!;
      board.restore(placement);
    } else if (outcome === 'exhausted') state.lowerBound = state.best;
    return outcome !== 'expired';
  };

  // A first run settles small events; the neighbourhoods then improve large ones; the rest goes to the whole search.
  if (!done()) wholeRun();
  if (!done()) {
    const random = seededRandom(0x5eed);
    const stall = STALL_PER_CLUSTER * board.instance.ids.length;
    const share = NEIGHBOURHOOD_SHARE * options.nodes;
    for (let quiet = 0; quiet < stall && !done() && state.spent < share; quiet++) {
      const freed = neighbourhood(board, random);
      if (freed.length < 2) continue;
      const { gain, nodes } = improveNeighbourhood(board, cache, freed, random, options.expired);
      state.spent += nodes;
      if (gain > 0) {
        state.best -= gain;
        placement = board.snapshot();
        quiet = -1;
      }
    }
  }
  while (!done() && wholeRun());
  board.restore(placement);
  return { lowerBound: state.lowerBound, optimal: state.best === state.lowerBound };
}

/**
 * Re-places the freed meetings exactly around the other meetings of their
 * clusters, if that lowers those clusters' idle time. Returns the gain (0:
 * the board is as it was) and the nodes spent.
 */
function improveNeighbourhood(board: Board, cache: IdleCache, freed: number[], random: () => number, expired: () => boolean): { gain: number; nodes: number } {
  const { edges } = board.instance;
  const clusters = [...new Set(freed.flatMap((e) => [edges[e].a, edges[e].b]))];
  const before = clusters.reduce((sum, c) => sum + board.idleCostOf(c), 0);
  if (before === 0) return { gain: 0, nodes: 0 };
  const inFreed = new Set(freed);
  const fixed = [...new Set(clusters.flatMap((c) => board.edgesOf(c)))].filter((e) => !inFreed.has(e));
  const rounds = freed.map((e) => board.remove(e));
  const search = new RoundSearch(board, freed, fixed, { idle: { cache, rootNodes: BOUND_NODES, boundNodes: BOUND_NODES } });
  const outcome = search.rootBound >= before ? 'exhausted' : search.run(NEIGHBOURHOOD_NODES, random, expired, before);
  if (outcome === 'found') {
    board.restore(search.solution!);
    return { gain: before - search.solutionCost, nodes: search.nodesUsed };
  }
  freed.forEach((e, k) => board.place(e, rounds[k]));
  return { gain: 0, nodes: search.nodesUsed };
}

/** Meetings to free: those of a few rounds of a session, or of a cluster with idle time and some of its partners. */
function neighbourhood(board: Board, random: () => number): number[] {
  const { slots, edges } = board.instance;
  const R = board.rounds;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const movable = (e: number) => e !== -1 && !board.locked[e];
  const kind = random();
  if (kind < 0.4) {
    const idle = board.instance.ids.map((_, c) => c).filter((c) => board.count[c] > 1 && board.idleCostOf(c) > 0);
    if (idle.length === 0) return [];
    const c = pick(idle);
    const own = board.edgesOf(c);
    const partners = own.map((e) => (edges[e].a === c ? edges[e].b : edges[e].a));
    const chosen = new Set([c]);
    for (let k = 1 + Math.floor(random() * 3); k > 0; k--) chosen.add(pick(partners));
    return [...new Set([...chosen].flatMap((x) => board.edgesOf(x)))].filter(movable);
  }
  const r = Math.floor(random() * R);
  const sameSession: number[] = [];
  for (let q = 0; q < R; q++) if (slots[q].session === slots[r].session) sameSession.push(q);
  let rounds: number[];
  if (kind < 0.8) {
    const width = 2 + Math.floor(random() * 3);
    const at = sameSession.indexOf(r);
    const start = Math.max(0, Math.min(at, sameSession.length - width));
    rounds = sameSession.slice(start, start + width);
  } else {
    rounds = [...new Set([r, pick(sameSession), pick(sameSession)])];
  }
  const out: number[] = [];
  for (const q of rounds) {
    for (let c = 0; c < board.instance.ids.length; c++) {
      const e = board.busyAt(c, q);
      if (movable(e) && edges[e].a === c) out.push(e);
    }
  }
  return out.filter((e) => board.roundOf[e] !== UNSCHEDULED);
}
