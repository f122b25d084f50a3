/**
 * Rounds that are interchangeable: same clusters available, same locked
 * meetings' clusters and table use, and inside the same pairs' meeting
 * windows. The integer program decides how many meetings go to each group;
 * the exact round inside a group is chosen after.
 */
import type { Board } from '../search/board';

export interface RoundGroup {
  rounds: number[];
  /** Tables still free in each round of the group. */
  tablesFree: number;
}

export function roundGroups(board: Board): { groups: RoundGroup[]; groupOf: Int32Array } {
  const { instance } = board;
  const R = board.rounds;
  const n = instance.ids.length;
  const byKey = new Map<string, number>();
  const groups: RoundGroup[] = [];
  const groupOf = new Int32Array(R);
  const windows = instance.edges.flatMap((e) => (e.inWindow ? [e.inWindow] : []));
  for (let r = 0; r < R; r++) {
    let key = `${board.load[r]}:`;
    for (let c = 0; c < n; c++) key += board.busyAt(c, r) !== -1 ? 'x' : instance.available[c][r] ? '1' : '0';
    key += ':';
    for (const inWindow of windows) key += inWindow[r];
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      byKey.set(key, g);
      groups.push({ rounds: [], tablesFree: instance.tablesPerRound - board.load[r] });
    }
    groups[g].rounds.push(r);
    groupOf[r] = g;
  }
  return { groups, groupOf };
}

/** True when cluster `c` can take meetings in the rounds of group `g`. */
function freeInGroup(board: Board, group: RoundGroup, c: number): boolean {
  const r = group.rounds[0];
  return board.instance.available[c][r] === 1 && board.busyAt(c, r) === -1;
}

/** True when the pair of `edge` can take a meeting in the rounds of group `g`: both free there, inside its meeting windows. */
export function edgeFitsGroup(board: Board, group: RoundGroup, edge: number): boolean {
  const { a, b, inWindow } = board.instance.edges[edge];
  return freeInGroup(board, group, a) && freeInGroup(board, group, b) && (inWindow === null || inWindow[group.rounds[0]] === 1);
}
