/**
 * The fast path: a construction heuristic, then a local search of augmenting
 * moves (insert, relocate, swap out a weaker meeting). Never worse than the
 * construction; deterministic for a given seed.
 */
import { Board, UNSCHEDULED } from './board';
import { bestRound, insertWithRelocation, undo, type UndoLog } from './placement';
import { seededRandom, shuffled } from './random';

export interface SearchBudget {
  /** Returns true when the search must stop. */
  expired: () => boolean;
  /** Passes of the local search. */
  maxPasses: number;
}

/** Edges by value, highest first; ties broken by a seeded shuffle. */
export function edgesByValue(board: Board, seed: number): number[] {
  const order = shuffled(
    board.instance.edges.map((_, e) => e),
    seededRandom(seed),
  );
  const rank = new Int32Array(order.length);
  order.forEach((e, i) => (rank[e] = i));
  const { edges } = board.instance;
  return order.sort((x, y) => edges[y].value - edges[x].value || rank[x] - rank[y]);
}

/**
 * Greedy construction around what the board holds (locks, and the required
 * meetings placed by `placeRequired`): the previous schedule's meetings, then
 * coverage (for "fair"), then value.
 */
export function construct(board: Board, seed: number, previous?: Int32Array): void {
  const { edges, objective, ids } = board.instance;
  const order = edgesByValue(board, seed);
  const tryPlace = (e: number, preferred = UNSCHEDULED) => {
    if (board.roundOf[e] !== UNSCHEDULED || !board.hasRoom(e)) return;
    const r = bestRound(board, e, preferred);
    if (r !== -1) board.place(e, r);
  };
  for (const e of order) if (edges[e].mustMeet) tryPlace(e);
  if (previous) for (const e of order) if (previous[e] !== UNSCHEDULED) tryPlace(e, previous[e]);

  if (objective === 'fair') {
    const incident: number[][] = ids.map(() => []);
    for (const e of order) {
      incident[edges[e].a].push(e);
      incident[edges[e].b].push(e);
    }
    const clusters = ids.map((_, c) => c).sort((x, y) => incident[x].length - incident[y].length || x - y);
    for (const c of clusters) {
      if (board.count[c] > 0) continue;
      // Prefer a partner that is uncovered too: one meeting then covers two clusters.
      const options = incident[c].filter((e) => board.hasRoom(e));
      const other = (e: number) => (edges[e].a === c ? edges[e].b : edges[e].a);
      options.sort((x, y) => Number(board.count[other(x)] > 0) - Number(board.count[other(y)] > 0));
      for (const e of options) {
        tryPlace(e);
        if (board.count[c] > 0) break;
      }
    }
  }
  for (const e of order) tryPlace(e);
}

/** The meeting of `cluster` whose loss hurts least, or -1 when none may go. */
function weakestMeeting(board: Board, cluster: number, keep: number): number {
  const { edges, objective } = board.instance;
  let best = -1;
  let bestCost = Infinity;
  const R = board.rounds;
  for (let r = 0; r < R; r++) {
    const f = board.busy[cluster * R + r];
    if (f === -1 || f === keep || board.locked[f] || edges[f].mustMeet) continue;
    const partner = edges[f].a === cluster ? edges[f].b : edges[f].a;
    const uncovers = objective === 'fair' && board.count[partner] === 1 ? 1e9 : 0;
    const cost = uncovers + edges[f].value;
    if (cost < bestCost) {
      best = f;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * Tries to bring `edge` in, dropping weaker meetings when a cluster is full;
 * keeps it only if better. When kept, its changes are appended to `outer`.
 */
export function tryAugment(board: Board, edge: number, outer?: UndoLog): boolean {
  const { a, b, mustMeet } = board.instance.edges[edge];
  const covered = board.covered;
  const value = board.value;
  const log: UndoLog = [];
  for (const c of [a, b]) {
    if (board.count[c] < board.instance.cap[c]) continue;
    const weak = weakestMeeting(board, c, edge);
    if (weak === -1) return undoFalse(board, log);
    log.push([weak, board.remove(weak)]);
  }
  // Placing the edge (relocations change neither) gives this score: skip the placement when it is not better.
  if (!mustMeet) {
    const gain = (board.count[a] === 0 ? 1 : 0) + (board.count[b] === 0 ? 1 : 0);
    if (!scoreBetter(board, board.covered + gain, board.value + board.instance.edges[edge].value, covered, value)) return undoFalse(board, log);
  }
  if (!insertWithRelocation(board, edge, log)) return undoFalse(board, log);
  const improved = mustMeet || isBetter(board, covered, value);
  if (!improved) undo(board, log);
  else if (outer) outer.push(...log);
  return improved;
}

function undoFalse(board: Board, log: UndoLog): false {
  undo(board, log);
  return false;
}

function isBetter(board: Board, covered: number, value: number): boolean {
  return scoreBetter(board, board.covered, board.value, covered, value);
}

function scoreBetter(board: Board, covered: number, value: number, thanCovered: number, thanValue: number): boolean {
  if (board.instance.objective === 'fair' && covered !== thanCovered) return covered > thanCovered;
  return value > thanValue + 1e-9;
}

/** Local search: passes of augmenting moves until none improves or the budget ends. */
export function improve(board: Board, seed: number, budget: SearchBudget): void {
  const order = edgesByValue(board, seed + 1);
  for (let pass = 0; pass < budget.maxPasses; pass++) {
    let improved = false;
    for (const e of order) {
      if (board.roundOf[e] !== UNSCHEDULED) continue;
      if (tryAugment(board, e)) improved = true;
      if (budget.expired()) return;
    }
    if (!improved) return;
  }
}
