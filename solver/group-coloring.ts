/**
 * Places the meetings chosen for a group of interchangeable rounds into
 * those rounds: a proper edge colouring with at most `tablesFree` meetings per
 * round, found by exhaustive search (DSATUR order, one representative of the
 * still-empty rounds, which are all alike). Answers "unknown" past a node budget.
 */
import { Board, UNSCHEDULED } from './board';
import type { RoundGroup } from './round-groups';

export type ColoringStatus = 'ok' | 'infeasible' | 'unknown';

class OutOfNodes extends Error {}

export function colorGroup(
  board: Board,
  group: RoundGroup,
  edges: readonly number[],
  nodeLimit: number,
  preferred?: Int32Array,
): ColoringStatus {
  const base = board.load[group.rounds[0]];
  const pending = new Set(edges);
  let nodes = 0;

  const feasibleRounds = (e: number) => group.rounds.filter((r) => board.fits(e, r));

  const search = (): boolean => {
    if (pending.size === 0) return true;
    if (++nodes > nodeLimit) throw new OutOfNodes();
    let pick = -1;
    let options: number[] = [];
    for (const e of pending) {
      const rounds = feasibleRounds(e);
      if (pick === -1 || rounds.length < options.length) {
        pick = e;
        options = rounds;
        if (rounds.length <= 1) break;
      }
    }
    if (options.length === 0) return false;
    const used = options.filter((r) => board.load[r] > base);
    const empty = options.find((r) => board.load[r] === base);
    const ordered = empty === undefined ? used : [...used, empty];
    const wish = preferred?.[pick] ?? UNSCHEDULED;
    if (wish !== UNSCHEDULED && options.includes(wish) && !ordered.includes(wish)) ordered.unshift(wish);
    else if (wish !== UNSCHEDULED && ordered.includes(wish)) ordered.splice(0, 0, ...ordered.splice(ordered.indexOf(wish), 1));
    pending.delete(pick);
    for (const r of ordered) {
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
 * A small subset of `edges` that still cannot be placed in the group
 * (greedy deletion; each removal is kept only when proven infeasible).
 */
export function infeasibleCore(board: Board, group: RoundGroup, edges: readonly number[], nodeLimit: number): number[] {
  let core = [...edges];
  for (const e of edges) {
    const without = core.filter((f) => f !== e);
    const status = colorGroup(board, group, without, nodeLimit);
    if (status === 'ok') for (const f of without) board.remove(f);
    if (status === 'infeasible') core = without;
  }
  return core;
}
