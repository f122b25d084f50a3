/**
 * Choosing a round for a meeting, and small moves that free one: shared by
 * the construction heuristic, the local search and the re-timing pass.
 */
import { Board, UNSCHEDULED } from './board';

/**
 * Idle time a cluster would gain (or lose) if it also met in the free
 * `round`, by the event's measure: only its nearest meetings before and
 * after, in the same session, count.
 */
export function idleIncrease(board: Board, cluster: number, round: number): number {
  const { slots } = board.instance;
  const R = board.rounds;
  const base = cluster * R;
  const session = slots[round].session;
  let before = -1;
  for (let r = round - 1; r >= 0 && slots[r].session === session; r--) {
    if (board.busy[base + r] !== -1) {
      before = r;
      break;
    }
  }
  let after = -1;
  for (let r = round + 1; r < R && slots[r].session === session; r++) {
    if (board.busy[base + r] !== -1) {
      after = r;
      break;
    }
  }
  if (board.instance.idleMeasure === 'gaps') {
    // The stretch between `before` and `after` was one gap; it becomes the gaps left on either side.
    const left = before !== -1 && round > before + 1 ? 1 : 0;
    const right = after !== -1 && after > round + 1 ? 1 : 0;
    return left + right - (before !== -1 && after !== -1 ? 1 : 0);
  }
  if (before !== -1 && after !== -1) return -1;
  if (before !== -1) return round - before - 1;
  if (after !== -1) return after - round - 1;
  return 0;
}

/** The fitting round that adds the least idle time (earliest on ties), or -1. */
export function bestRound(board: Board, edge: number, preferred = UNSCHEDULED): number {
  const { a, b, rounds } = board.instance.edges[edge];
  if (preferred !== UNSCHEDULED && board.fits(edge, preferred)) return preferred;
  let best = -1;
  let bestCost = Infinity;
  for (const r of rounds) {
    if (!board.fits(edge, r)) continue;
    const cost = idleIncrease(board, a, r) + idleIncrease(board, b, r);
    if (cost < bestCost) {
      best = r;
      bestCost = cost;
    }
  }
  return best;
}

/** A record of changes, to undo a tentative move. */
export type UndoLog = Array<[edge: number, round: number]>;

export function undo(board: Board, log: UndoLog): void {
  for (let i = log.length - 1; i >= 0; i--) {
    const [edge, round] = log[i];
    if (board.roundOf[edge] !== UNSCHEDULED) board.remove(edge);
    if (round !== UNSCHEDULED) board.place(edge, round);
  }
}

/**
 * Places an edge, moving at most one meeting of one of its clusters to
 * another round when no common free round exists. Returns false (and changes
 * nothing) when that is not enough.
 */
export function insertWithRelocation(board: Board, edge: number, log: UndoLog, preferred = UNSCHEDULED): boolean {
  const direct = bestRound(board, edge, preferred);
  if (direct !== -1) {
    log.push([edge, UNSCHEDULED]);
    board.place(edge, direct);
    return true;
  }
  const { a, b, rounds } = board.instance.edges[edge];
  const R = board.rounds;
  for (const r of rounds) {
    const blockA = board.busy[a * R + r];
    const blockB = board.busy[b * R + r];
    if (blockA !== -1 && blockB !== -1) continue;
    const blocker = blockA !== -1 ? blockA : blockB;
    if (blocker === -1 || board.locked[blocker]) continue;
    board.remove(blocker);
    const target = bestRound(board, blocker);
    if (target !== -1 && target !== r) {
      board.place(blocker, target);
      if (board.fits(edge, r)) {
        log.push([blocker, r], [edge, UNSCHEDULED]);
        board.place(edge, r);
        return true;
      }
      board.remove(blocker);
    }
    board.place(blocker, r);
  }
  return false;
}
