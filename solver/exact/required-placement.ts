/**
 * Placing the required meetings (mustMeet pairs; locks are on the board
 * already) before any wished one, completely: either every one gets a
 * round, or a proof says why none can, or the time ran out first.
 *
 * 1. Counting certificates (caps, a cluster's rounds, the tables of a set of rounds).
 * 2. A greedy pass by value, each meeting in the round adding the least idle time.
 * 3. The complete search ({@link RoundSearch}) with restarts (Luby), the first
 *    run in a fixed order, the next ones with seeded tie-breaks. A run that
 *    ends before its node limit has explored everything: no schedule exists.
 */
import type { InfeasibilityProof } from '../model/types';
import { Board, UNSCHEDULED } from '../search/board';
import { edgesByValue } from '../search/heuristic';
import { bestRound } from '../search/placement';
import { seededRandom } from '../search/random';
import { requiredProof } from './required-proof';
import { roundGroups } from './round-groups';
import { luby, RoundSearch } from './round-search';

export type RequiredOutcome =
  | { status: 'placed' }
  | { status: 'impossible'; proof: InfeasibilityProof }
  /** The time limit came before a schedule or a proof; the board holds the locks only. */
  | { status: 'timedout' };

export interface RequiredOptions {
  seed: number;
  /** True when the search must stop. */
  expired: () => boolean;
  /** Rounds of a previous schedule, tried first. */
  previous?: Int32Array;
}

/** Nodes of the shortest run, at least; a run is at least as long as the meetings to place. */
const BASE_NODES = 200;

/** Places every mustMeet meeting on a board that holds the locks only. */
export function placeRequired(board: Board, options: RequiredOptions): RequiredOutcome {
  const { edges } = board.instance;
  const required = edges.flatMap((e, i) => (e.mustMeet && board.roundOf[i] === UNSCHEDULED ? [i] : []));
  if (required.length === 0) return { status: 'placed' };
  const proof = requiredProof(board, required);
  if (proof) return { status: 'impossible', proof };

  const locksOnly = board.snapshot();
  for (const e of edgesByValue(board, options.seed)) {
    if (!edges[e].mustMeet || board.roundOf[e] !== UNSCHEDULED || !board.hasRoom(e)) continue;
    const r = bestRound(board, e, options.previous?.[e] ?? UNSCHEDULED);
    if (r !== -1) board.place(e, r);
  }
  if (required.every((e) => board.roundOf[e] !== UNSCHEDULED)) return { status: 'placed' };
  board.restore(locksOnly);

  const locked = board.scheduled();
  const search = new RoundSearch(board, required, locked, { groupOf: roundGroups(board).groupOf, preferred: options.previous });
  const base = Math.max(BASE_NODES, 2 * required.length);
  for (let run = 0; ; run++) {
    const random = run === 0 ? null : seededRandom((options.seed * 7919 + run) >>> 0);
    const outcome = search.run(base * luby(run), random, options.expired);
    if (outcome === 'found') {
      board.restore(search.solution!);
      return { status: 'placed' };
    }
    if (outcome === 'exhausted') return { status: 'impossible', proof: { kind: 'exhaustive' } };
    if (outcome === 'expired') return { status: 'timedout' };
  }
}
