/**
 * A large-neighbourhood search (ruin and recreate) after the local search,
 * for events too large for the exact path. Each iteration frees the meetings
 * of a few related clusters (a random cluster, its partners and candidate
 * partners), rebuilds them greedily with some noise in the order, applies
 * augmenting moves around them, and keeps the result when coverage and value
 * are not worse; otherwise it undoes the iteration. Locked and required
 * meetings never move, so the schedule stays valid and is never worse than
 * before. The number of iterations is a count, so a seed always gives the
 * same schedule; the time limit only cuts it short.
 */
import { Board, UNSCHEDULED } from './board';
import { tryAugment } from './heuristic';
import { insertWithRelocation, undo, type UndoLog } from './placement';
import { seededRandom } from './random';

export interface LnsBudget {
  /** Returns true when the search must stop. */
  expired: () => boolean;
  /** Ruin-and-recreate iterations. */
  iterations: number;
}

/** Iterations per cluster, and at most in all (about 0.3–0.6 ms each on 300–1000 clusters). */
const ITERATIONS_PER_CLUSTER = 10;
const MAX_ITERATIONS = 10_000;

/** Iterations for an event: proportional to its clusters, capped. */
export function lnsIterations(board: Board): number {
  return Math.min(MAX_ITERATIONS, ITERATIONS_PER_CLUSTER * board.instance.ids.length);
}

/** Clusters freed per iteration, at least and at most. */
const MIN_RUIN = 3;
const MAX_RUIN = 12;
/** Relative noise on the pair values when ordering the rebuild. */
const NOISE = 0.3;

/** Returns false when the time limit cut the search short. */
export function largeNeighbourhoodSearch(board: Board, seed: number, budget: LnsBudget): boolean {
  const { instance } = board;
  const { edges, ids, objective } = instance;
  const n = ids.length;
  if (n < 2 || edges.length === 0) return true;
  const random = seededRandom((seed ^ 0x5f3759df) >>> 0);
  const incident: number[][] = ids.map(() => []);
  edges.forEach((edge, e) => {
    incident[edge.a].push(e);
    incident[edge.b].push(e);
  });
  const active = ids.map((_, c) => c).filter((c) => incident[c].length > 0);
  if (active.length === 0) return true;
  const inRuin = new Uint8Array(n);
  const seen = new Uint8Array(edges.length);
  const key = new Float64Array(edges.length);
  const other = (e: number, c: number) => (edges[e].a === c ? edges[e].b : edges[e].a);
  const movable = (e: number) => !board.locked[e] && !edges[e].mustMeet;

  for (let iteration = 0; iteration < budget.iterations; iteration++) {
    if ((iteration & 15) === 0 && budget.expired()) return false;
    const covered = board.covered;
    const value = board.value;

    // Ruin: a random cluster, then partners (scheduled or candidate) of the clusters picked so far.
    const size = MIN_RUIN + Math.floor(random() * (MAX_RUIN - MIN_RUIN + 1));
    const ruin = [active[Math.floor(random() * active.length)]];
    inRuin[ruin[0]] = 1;
    for (let tries = 0; ruin.length < size && tries < 4 * size; tries++) {
      const from = ruin[Math.floor(random() * ruin.length)];
      const own = board.edgesOf(from);
      const pool = own.length > 0 && random() < 0.5 ? own : incident[from];
      const c = other(pool[Math.floor(random() * pool.length)], from);
      if (!inRuin[c]) {
        inRuin[c] = 1;
        ruin.push(c);
      }
    }

    const log: UndoLog = [];
    for (const c of ruin) for (const e of board.edgesOf(c)) if (movable(e)) log.push([e, board.remove(e)]);

    // Recreate: the pairs touching the ruined clusters, by noisy value.
    const salt = Math.floor(random() * 0x7fffffff);
    const candidates: number[] = [];
    for (const c of ruin) {
      for (const e of incident[c]) {
        if (seen[e] || board.roundOf[e] !== UNSCHEDULED) continue;
        seen[e] = 1;
        key[e] = edges[e].value * (1 + NOISE * (noise(e, salt) - 0.5));
        candidates.push(e);
      }
    }
    for (const e of candidates) seen[e] = 0;
    candidates.sort((x, y) => key[y] - key[x] || x - y);

    if (objective === 'fair') {
      // Cover the ruined clusters first, preferring partners that are uncovered too.
      for (const c of ruin) {
        if (board.count[c] > 0) continue;
        const own = incident[c].filter((e) => board.roundOf[e] === UNSCHEDULED).sort((x, y) => key[y] - key[x] || x - y);
        let done = false;
        for (const wantUncovered of [true, false]) {
          for (const e of own) {
            if (done) break;
            if (!board.hasRoom(e)) continue;
            if (wantUncovered && board.count[other(e, c)] > 0) continue;
            done = insertWithRelocation(board, e, log);
          }
        }
      }
    }
    for (const e of candidates) {
      if (board.roundOf[e] === UNSCHEDULED && board.hasRoom(e)) insertWithRelocation(board, e, log);
    }
    for (const e of candidates) if (board.roundOf[e] === UNSCHEDULED) tryAugment(board, e, log);

    for (const c of ruin) inRuin[c] = 0;
    if (board.better(covered, value)) undo(board, log);
  }
  return true;
}

/** A number in [0, 1) that looks random, from an edge and a salt: cheaper than a generator call per pair. */
function noise(edge: number, salt: number): number {
  let h = Math.imul(edge ^ salt, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) / 4294967296;
}
