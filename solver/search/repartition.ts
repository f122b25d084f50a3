/**
 * The best re-partition of the meetings of two rounds between them. The
 * meetings of the two rounds fall into Kempe chains (linked by shared
 * clusters); each chain either stays or swaps rounds as a whole, and a
 * cluster's meetings in the two rounds lie in one chain, so the cost of a
 * swap is the chain's own. Several chains may swap together so that the
 * tables balance: a small knapsack over the chains (their change of load)
 * finds the cheapest set, exactly.
 */
import { Board } from './board';
import { canMeetIn } from './instance';

/** The cost of the timing around some clusters and meetings (the re-timing's). */
export type LocalCost = (clusters: number[], edges: number[]) => number;

interface Chain {
  meetings: number[];
  clusters: number[];
  /** Meetings it brings into `first`, less those it takes out, when swapped. */
  shift: number;
  /** Change of cost when swapped. */
  delta: number;
}

function swap(board: Board, meetings: readonly number[], first: number, second: number): void {
  const from = meetings.map((m) => board.remove(m));
  meetings.forEach((m, k) => board.place(m, from[k] === first ? second : first));
}

/** The chains of the meetings of two rounds that may swap (none locked, each able to meet in the other round). */
function chains(board: Board, first: number, second: number, cost: LocalCost): Chain[] {
  const { edges, ids } = board.instance;
  const seen = new Set<number>();
  const out: Chain[] = [];
  for (let c = 0; c < ids.length; c++) {
    for (const start of [board.busyAt(c, first), board.busyAt(c, second)]) {
      if (start === -1 || seen.has(start)) continue;
      const meetings = [start];
      seen.add(start);
      let movable = true;
      for (let head = 0; head < meetings.length; head++) {
        const m = meetings[head];
        const to = board.roundOf[m] === first ? second : first;
        if (board.locked[m] || !canMeetIn(board.instance, m, to)) movable = false;
        for (const x of [edges[m].a, edges[m].b]) {
          const f = board.busyAt(x, to);
          if (f !== -1 && !seen.has(f)) {
            seen.add(f);
            meetings.push(f);
          }
        }
      }
      if (!movable) continue;
      const clusters = [...new Set(meetings.flatMap((m) => [edges[m].a, edges[m].b]))];
      const before = cost(clusters, meetings);
      swap(board, meetings, first, second);
      const delta = cost(clusters, meetings) - before;
      swap(board, meetings, first, second);
      const leaving = meetings.reduce((n, m) => n + (board.roundOf[m] === first ? 1 : 0), 0);
      out.push({ meetings, clusters, shift: meetings.length - 2 * leaving, delta });
    }
  }
  return out;
}

/** Swaps the cheapest set of chains between two rounds that the tables allow, when it lowers the cost. */
export function repartitionRounds(board: Board, first: number, second: number, cost: LocalCost): boolean {
  const found = chains(board, first, second, cost);
  const tables = board.instance.tablesPerRound;
  const free = found.filter((c) => c.shift === 0 || !Number.isFinite(tables));
  const balancing = Number.isFinite(tables) ? found.filter((c) => c.shift !== 0) : [];
  const chosen = free.filter((c) => c.delta < 0);
  let gain = chosen.reduce((sum, c) => sum + c.delta, 0);

  if (balancing.length > 0) {
    // Knapsack over the load shift of `first`: it must stay within what both rounds' tables allow.
    const low = board.load[second] - tables;
    const high = tables - board.load[first];
    const span = balancing.reduce((sum, c) => sum + Math.abs(c.shift), 0);
    const width = 2 * span + 1;
    let best = new Float64Array(width).fill(Infinity);
    best[span] = 0;
    const took: Uint8Array[] = [];
    for (const chain of balancing) {
      const next = best.slice();
      const take = new Uint8Array(width);
      for (let s = 0; s < width; s++) {
        if (best[s] === Infinity) continue;
        const t = s + chain.shift;
        if (t >= 0 && t < width && best[s] + chain.delta < next[t]) {
          next[t] = best[s] + chain.delta;
          take[t] = 1;
        }
      }
      took.push(take);
      best = next;
    }
    let target = span;
    for (let s = 0; s < width; s++) if (s - span >= low && s - span <= high && best[s] < best[target]) target = s;
    if (best[target] < 0) {
      gain += best[target];
      for (let k = balancing.length - 1; k >= 0; k--) {
        if (!took[k][target]) continue;
        chosen.push(balancing[k]);
        target -= balancing[k].shift;
      }
    }
  }
  if (gain >= 0) return false;
  for (const chain of chosen) swap(board, chain.meetings, first, second);
  return true;
}
