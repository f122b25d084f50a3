/**
 * Counting certificates that the required meetings cannot all be scheduled,
 * checked before any search: a cluster required to meet more partners than
 * its cap; a cluster whose required meetings need more rounds than they can
 * use (Hall's condition, from a maximum matching of its meetings into
 * rounds); meetings that can only take place in a set of rounds whose free
 * tables cannot hold them (Hall's condition again, from a maximum flow of
 * the meetings into the rounds' tables).
 */
import type { InfeasibilityProof } from '../model/types';
import type { Board } from '../search/board';

/** The rounds an open required meeting can take: its pair's rounds where both clusters are free and a table is left. */
function usableRounds(board: Board, edge: number): number[] {
  return board.instance.edges[edge].rounds.filter((r) => board.fits(edge, r));
}

const oneBased = (rounds: Iterable<number>) => [...rounds].sort((x, y) => x - y).map((r) => r + 1);

/** The first certificate found, or null. `required` are the required meetings not on the board (locks are). */
export function requiredProof(board: Board, required: readonly number[]): InfeasibilityProof | null {
  return capProof(board, required) ?? clusterRoundsProof(board, required) ?? tablesProof(board, required);
}

function capProof(board: Board, required: readonly number[]): InfeasibilityProof | null {
  const { instance } = board;
  const count = Int32Array.from(board.count);
  for (const e of required) {
    count[instance.edges[e].a]++;
    count[instance.edges[e].b]++;
  }
  const c = instance.ids.findIndex((_, k) => count[k] > instance.cap[k]);
  return c === -1 ? null : { kind: 'cap', cluster: instance.ids[c], required: count[c], cap: instance.cap[c] };
}

function clusterRoundsProof(board: Board, required: readonly number[]): InfeasibilityProof | null {
  const { instance } = board;
  const own: number[][] = instance.ids.map(() => []);
  for (const e of required) {
    own[instance.edges[e].a].push(e);
    own[instance.edges[e].b].push(e);
  }
  for (let c = 0; c < own.length; c++) {
    if (own[c].length === 0) continue;
    const domains = own[c].map((e) => usableRounds(board, e));
    const deficient = hallViolation(domains, () => 1);
    if (!deficient) continue;
    const partners = deficient.items.map((k) => {
      const { a, b } = instance.edges[own[c][k]];
      return instance.ids[a === c ? b : a];
    });
    return { kind: 'clusterRounds', cluster: instance.ids[c], partners: partners.sort(), rounds: oneBased(deficient.rounds) };
  }
  return null;
}

function tablesProof(board: Board, required: readonly number[]): InfeasibilityProof | null {
  const { tablesPerRound } = board.instance;
  if (!Number.isFinite(tablesPerRound)) return null;
  const domains = required.map((e) => usableRounds(board, e));
  const room = (r: number) => tablesPerRound - board.load[r];
  const deficient = hallViolation(domains, room);
  if (!deficient) return null;
  const inside = new Set(deficient.rounds);
  const needing = domains.filter((d) => d.every((r) => inside.has(r))).length;
  const tables = deficient.rounds.reduce((sum, r) => sum + room(r), 0);
  return { kind: 'tables', required: needing, rounds: oneBased(deficient.rounds), tables };
}

/**
 * A set of items whose domains together hold fewer places than items, when
 * the items cannot all be given a place (round r holds `capacity(r)` items):
 * the items and rounds reached by alternating paths from an item left out
 * of a maximum assignment. Null when every item gets a place.
 */
function hallViolation(domains: readonly number[][], capacity: (round: number) => number): { items: number[]; rounds: number[] } | null {
  const holders = new Map<number, number[]>();
  const held = (r: number) => holders.get(r) ?? [];
  for (let item = 0; item < domains.length; item++) {
    // Breadth-first over rounds: from a full round, one of its items may move to another round of its domain.
    const from = new Map<number, { round: number; item: number } | null>();
    const queue: number[] = [];
    for (const r of domains[item]) {
      if (!from.has(r)) {
        from.set(r, null);
        queue.push(r);
      }
    }
    let free = -1;
    for (let head = 0; head < queue.length && free === -1; head++) {
      const r = queue[head];
      if (held(r).length < capacity(r)) {
        free = r;
        break;
      }
      for (const other of held(r)) {
        for (const q of domains[other]) {
          if (from.has(q)) continue;
          from.set(q, { round: r, item: other });
          queue.push(q);
        }
      }
    }
    if (free === -1) {
      const rounds = [...from.keys()];
      const inside = new Set(rounds);
      const items = [item, ...rounds.flatMap((r) => held(r))].filter((k, i, all) => all.indexOf(k) === i && domains[k].every((q) => inside.has(q)));
      return { items, rounds };
    }
    // Shift the items along the path, then place this one.
    let r = free;
    let step = from.get(r)!;
    while (step) {
      const moving = step.item;
      holders.set(step.round, held(step.round).filter((k) => k !== moving));
      holders.set(r, [...held(r), moving]);
      r = step.round;
      step = from.get(r)!;
    }
    holders.set(r, [...held(r), item]);
  }
  return null;
}
