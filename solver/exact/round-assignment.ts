/**
 * Places chosen meetings into rounds: a proper edge colouring where each
 * meeting goes to a round both clusters can attend, with at most one meeting
 * per cluster and per table in a round. Exhaustive search in DSATUR order;
 * rounds of a group that no new meeting uses yet are all alike, so only one
 * of them is tried. Answers "unknown" past a node budget.
 */
import { Board, UNSCHEDULED } from '../search/board';

export type AssignmentStatus = 'ok' | 'infeasible' | 'unknown';

class OutOfNodes extends Error {}

export function assignRounds(
  board: Board,
  edges: readonly number[],
  groupOf: Int32Array,
  nodeLimit: number,
  preferred?: Int32Array,
): AssignmentStatus {
  const base = board.load.slice();
  const pending = new Set(edges);
  let nodes = 0;
  const { edges: all } = board.instance;

  const candidates = (e: number): number[] => {
    const out: number[] = [];
    const emptySeen = new Set<number>();
    for (const r of all[e].rounds) {
      if (!board.fits(e, r)) continue;
      if (board.load[r] === base[r]) {
        if (emptySeen.has(groupOf[r])) continue;
        emptySeen.add(groupOf[r]);
      }
      out.push(r);
    }
    return out;
  };

  const search = (): boolean => {
    if (pending.size === 0) return true;
    if (++nodes > nodeLimit) throw new OutOfNodes();
    let pick = -1;
    let options: number[] = [];
    for (const e of pending) {
      const rounds = candidates(e);
      if (pick === -1 || rounds.length < options.length) {
        pick = e;
        options = rounds;
        if (rounds.length <= 1) break;
      }
    }
    if (options.length === 0) return false;
    // Least-loaded rounds first: with tight tables, filling rounds evenly avoids dead ends.
    options.sort((x, y) => board.load[x] - board.load[y] || x - y);
    const wish = preferred?.[pick] ?? UNSCHEDULED;
    if (wish !== UNSCHEDULED && board.fits(pick, wish)) options = [wish, ...options.filter((r) => r !== wish)];
    pending.delete(pick);
    for (const r of options) {
      board.place(pick, r);
      if (search()) return true;
      board.remove(pick);
    }
    pending.add(pick);
    return false;
  };

  try {
    return search() ? 'ok' : 'infeasible';
  } catch (error) {
    if (!(error instanceof OutOfNodes)) throw error;
    for (const e of edges) if (board.roundOf[e] !== UNSCHEDULED) board.remove(e);
    return 'unknown';
  }
}

/**
 * A smaller set of the meetings that still cannot be placed (greedy
 * deletion; a meeting leaves the set only when the rest is proven infeasible).
 */
export function infeasibleCore(board: Board, edges: readonly number[], groupOf: Int32Array, nodeLimit: number, maxChecks: number): number[] {
  let core = [...edges];
  for (const e of edges.slice(0, maxChecks)) {
    const without = core.filter((f) => f !== e);
    const status = assignRounds(board, without, groupOf, nodeLimit);
    if (status === 'ok') for (const f of without) board.remove(f);
    if (status === 'infeasible') core = without;
  }
  return core;
}
