/**
 * Re-timing: with the set of meetings fixed, move meetings between rounds to
 * leave fewer idle rounds between a cluster's meetings, and (on a re-solve)
 * keep meetings in the round they had before.
 */
import { Board, UNSCHEDULED } from './board';
import type { SearchBudget } from './heuristic';

/** Cost of the timing around a set of clusters: moved meetings weigh more than idle rounds. */
function localCost(board: Board, clusters: number[], previous: Int32Array | undefined, edges: number[]): number {
  let idle = 0;
  for (const c of clusters) idle += board.idleOf(c);
  let moved = 0;
  if (previous) for (const e of edges) if (previous[e] !== UNSCHEDULED && previous[e] !== board.roundOf[e]) moved++;
  return moved * 1_000_000 + idle;
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

/** Improves the timing of the scheduled meetings; the set of meetings does not change. */
export function retime(board: Board, budget: SearchBudget, previous?: Int32Array): void {
  const movable = () => board.scheduled().filter((e) => !board.locked[e]);
  for (let pass = 0; pass < budget.maxPasses; pass++) {
    let improved = false;
    const meetings = movable();
    for (const e of meetings) if (tryMove(board, e, previous)) improved = true;
    if (budget.expired()) return;
    // Swaps between meetings that share a cluster: the moves that single moves cannot make.
    for (const e of meetings) {
      const { a, b } = board.instance.edges[e];
      for (const c of [a, b]) {
        for (const f of board.edgesOf(c)) {
          if (f <= e || board.locked[f]) continue;
          if (trySwap(board, e, f, previous)) improved = true;
        }
      }
      if (budget.expired()) return;
    }
    if (!improved) return;
  }
}
