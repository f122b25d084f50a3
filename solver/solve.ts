/**
 * Solving an event: validation, the required meetings placed by a complete
 * search, a heuristic schedule around them, the exact integer program where
 * the instance is small enough to prove optimality, then re-timing and a
 * branch-and-bound to leave the least idle time. Results are data, never
 * exceptions.
 */
import { Board, UNSCHEDULED } from './search/board';
import { lagrangianBound } from './exact/lagrangian-bound';
import { pairLpBound } from './exact/pair-lp-bound';
import { buildSchedule } from './output/build-schedule';
import { solveExact, type ExactOutcome } from './exact/solve-exact';
import { construct, improve, type SearchBudget } from './search/heuristic';
import { minimiseIdle } from './exact/idle-minimum';
import { placeRequired } from './exact/required-placement';
import { infeasibleProblems, timedOutProblems } from './output/required-problems';
import { buildInstance, type Instance } from './search/instance';
import { largeNeighbourhoodSearch, lnsIterations } from './search/lns';
import { pairKey } from './model/pair-key';
import { retime } from './search/retime';
import { normalizeEvent } from './model/normal-event';
import type { Absence, EventFile, LockedMeeting, Problem, Schedule } from './model/types';
import { validateEvent } from './model/validate-event';
import { lockProblems } from './model/validate-locks';

export interface SolveOptions {
  /** Seed of the heuristic's tie-breaking. @defaultValue 1 */
  seed?: number;
  /** Time budget in milliseconds; enforced only when `now` is given. @defaultValue 30000 */
  timeLimitMs?: number;
  /** The caller's clock (milliseconds). Without it there is no time limit and `solveMs` is 0. */
  now?: () => number;
  /** Meetings fixed by the organiser: they stay exactly where they are. */
  locks?: readonly LockedMeeting[];
  /** The schedule announced before: the new one moves as few of its meetings as possible. */
  previous?: Schedule;
  /** Re-plan the rest of the day at this instant (ISO 8601): rounds that have started by then are frozen as in `previous`. */
  asOf?: string;
  /** Clusters absent on the day: their meetings in rounds not started at `asOf` are dropped, and none is given to them there. */
  absences?: readonly Absence[];
  /** Called with 0–100 as the solve advances. */
  onProgress?: (percent: number) => void;
  /**
   * Called with each better schedule as the search finds it: complete and
   * valid, with the bound known then (its idle time not yet minimised, its
   * idle lower bound 0). A caller that must stop the solve before it returns
   * (a thread past its deadline) keeps the last one. Not called when the
   * event is invalid or its required meetings are not all placed.
   */
  onIncumbent?: (schedule: Schedule) => void;
  /** `"auto"` proves optimality when the event is small enough. @defaultValue "auto" */
  method?: 'auto' | 'exact' | 'heuristic';
  /** Largest number of candidate pairs for which `"auto"` runs the integer program. @defaultValue 3000 */
  exactPairLimit?: number;
  /**
   * Nodes the branch-and-bound on idle time may spend once the meetings are
   * chosen (a count, so that a seed gives the same schedule; the time limit
   * only cuts it short). 0 keeps the re-timing's placement. @defaultValue
   * 400000 when every candidate pair is required (a forum, where idle time is
   * what the organiser judges), 20000 otherwise (where it breaks ties)
   */
  idleNodes?: number;
  /**
   * Largest number of meetings (locks aside) whose idle time the
   * branch-and-bound minimises; larger events keep the re-timing's placement
   * and get the lower bound only. @defaultValue 600
   */
  idleSearchLimit?: number;
}

export type SolveStatus = 'optimal' | 'feasible' | 'timedout' | 'infeasible' | 'invalid';

export interface SolveResult {
  /**
   * `optimal`: coverage and value proven optimal. `feasible`: a valid schedule,
   * not proven optimal. `timedout`: the time limit cut the search; the best
   * schedule found is returned, or, when the time ran out before the required
   * meetings were all placed or proven impossible, no schedule and a
   * `timed_out` problem. `infeasible`: the required meetings cannot all be
   * scheduled; the `infeasible` problem holds the proof. `invalid`: the event
   * or the locks have errors (`problems`).
   */
  status: SolveStatus;
  schedule: Schedule | null;
  problems: Problem[];
}

function previousRounds(instance: Instance, previous: Schedule | undefined) {
  if (!previous) return { rounds: undefined, tables: undefined };
  const rounds = new Int32Array(instance.edges.length).fill(UNSCHEDULED);
  const tables = new Map<number, string>();
  for (const m of previous.meetings) {
    const e = instance.edgeOf.get(pairKey(m.clusters[0], m.clusters[1]));
    if (e === undefined || !(m.round >= 1 && m.round <= instance.slots.length)) continue;
    rounds[e] = m.round - 1;
    tables.set(e, m.table);
  }
  return { rounds, tables };
}

/** The value bound implied by the program's objective bound, for schedules covering at least `covered`. */
function valueBoundFromProgram(outcome: Extract<ExactOutcome, { status: 'unproven' }>, locksOnly: Board, covered: number): number {
  const { cover, value } = outcome.weights;
  return locksOnly.value + (outcome.objectiveBound - cover * (covered - locksOnly.covered)) / value;
}

/** Nodes of the branch-and-bound on idle time, by default: for a forum, and for other events. */
const FORUM_IDLE_NODES = 400_000;
const IDLE_NODES = 20_000;

/** Share of the time limit that the heuristic and the integer program may use together. */
const EXACT_SHARE = 0.75;

/**
 * Subgradient steps of the bound handed over with the first schedule, and of
 * the final bound when the time limit has come before the pair LP's was
 * computed: a valid bound, looser, in a few passes over the pairs.
 */
const QUICK_BOUND_STEPS = 20;

const integral = (instance: Instance) => instance.edges.every((e) => Number.isInteger(e.value));

/**
 * Solves the whole event. `asOf` and `absences` are read by the entry's
 * `solve` (`day/solve-or-replan.ts`), which hands them to `replan`; this
 * pipeline, which `replan` runs on the rounds left, ignores them.
 */
export function solve(event: EventFile, options: SolveOptions = {}): SolveResult {
  const now = options.now;
  const started = now?.() ?? 0;
  const limit = options.timeLimitMs ?? 30_000;
  const expired = () => (now ? now() - started >= limit : false);
  const progress = options.onProgress ?? (() => undefined);
  const seed = options.seed ?? 1;
  const locks = options.locks ?? [];

  const validation = validateEvent(event);
  if (!validation.ok) return { status: 'invalid', schedule: null, problems: validation.problems };
  const normal = normalizeEvent(event);
  const lockErrors = lockProblems(normal, locks);
  if (lockErrors.length > 0) return { status: 'invalid', schedule: null, problems: lockErrors };
  progress(5);

  const instance = buildInstance(normal, locks);
  const previous = previousRounds(instance, options.previous);
  const board = new Board(instance);
  const budget: SearchBudget = { expired, maxPasses: 25 };
  const required = placeRequired(board, { seed, expired, previous: previous.rounds });
  if (required.status === 'impossible') return { status: 'infeasible', schedule: null, problems: infeasibleProblems(event, locks, required.proof) };
  if (required.status === 'timedout') return { status: 'timedout', schedule: null, problems: timedOutProblems(event, locks, limit) };
  progress(15);
  construct(board, seed, previous.rounds);
  progress(20);
  improve(board, seed, budget);
  progress(30);
  const solveMs = () => (now ? Math.round(now() - started) : 0);
  const integralValues = integral(instance);
  const honest = (bound: number) => (integralValues ? Math.floor(bound + 1e-6) : bound);
  // What a caller stopping the solve early keeps: the board as it is, with the bound known so far.
  let handedOver: { covered: number; value: number; bound: number } | undefined;
  const improvedOver = (h: { covered: number; value: number }) =>
    instance.objective === 'fair' && board.covered !== h.covered ? board.covered > h.covered : board.value > h.value + 1e-9;
  const handOver = (bound: number, isOptimal: boolean) => {
    if (!options.onIncumbent) return;
    if (handedOver && handedOver.bound <= bound && !isOptimal && !improvedOver(handedOver)) return;
    handedOver = { covered: board.covered, value: board.value, bound };
    options.onIncumbent(
      buildSchedule(normal, board, { upperBound: bound, optimal: isOptimal, solveMs: solveMs(), previousTables: previous.tables, idleLowerBound: 0, idleOptimal: false }),
    );
  };

  // When every candidate pair is required (a forum), every schedule holds the same meetings.
  const forum = instance.edges.every((e, i) => e.mustMeet || board.locked[i]);
  let optimal = forum;
  let upperBound = optimal ? board.value : Infinity;
  // The pair LP's bound depends on the instance alone: computed once, for the first hand-over or at the end.
  let pairBound: number | undefined;
  if (options.onIncumbent && optimal) handOver(upperBound, true);
  else if (options.onIncumbent) {
    // The first schedule goes out at once with a quick bound (on the largest events the pair LP takes a second), then again with the pair LP's.
    handOver(honest(lagrangianBound(instance, { target: board.value, iterations: QUICK_BOUND_STEPS })), false);
    pairBound = pairLpBound(instance);
    handOver(honest(pairBound), false);
  }
  const method = options.method ?? 'auto';
  const exactAllowed = !optimal && (method === 'exact' || (method === 'auto' && instance.edges.length <= (options.exactPairLimit ?? 3000)));
  // Events too large for the exact path get a large-neighbourhood search; `"heuristic"` stays the quick
  // construction and local search, and a re-solve keeps the previous meetings instead.
  let searchCut = false;
  if (method === 'auto' && !optimal && !exactAllowed && !options.previous && !expired()) {
    // Its share of the limit leaves time for re-timing.
    const lnsExpired = () => (now ? now() - started >= EXACT_SHARE * limit : false);
    searchCut = !largeNeighbourhoodSearch(board, seed, { expired: lnsExpired, iterations: lnsIterations(board) });
  }
  progress(40);
  if (exactAllowed && !expired()) {
    const locksOnly = new Board(instance);
    const outcome = solveExact(locksOnly, {
      now,
      // The rest of the budget is kept for re-timing, which needs the meetings fixed first.
      timeLimitMs: now ? EXACT_SHARE * limit - (now() - started) : undefined,
      previous: previous.rounds,
      incumbent: board.snapshot(),
      maxCuts: 40,
      nodeLimit: 20_000,
    });
    // The program cannot be infeasible here: the board holds a schedule of the required meetings.
    if (outcome.status === 'optimal') {
      board.restore(outcome.roundOf);
      optimal = true;
      upperBound = board.value;
    } else if (outcome.status === 'unproven') {
      if (outcome.roundOf) {
        const candidate = new Board(instance);
        candidate.restore(outcome.roundOf);
        if (board.better(candidate.covered, candidate.value)) board.restore(outcome.roundOf);
      }
      upperBound = valueBoundFromProgram(outcome, locksOnly, board.covered);
    }
  }
  progress(70);
  if (handedOver) handOver(Math.min(handedOver.bound, honest(upperBound)), optimal);

  retime(board, budget, previous.rounds);
  // The time limit says whether the value's search was cut; the idle time's bound says how far its own search got.
  const timedOut = searchCut || expired();
  progress(85);
  // A re-solve keeps the previous rounds rather than fewer idle rounds, and a large event keeps the
  // re-timing's placement: only the bound is computed then.
  const movable = board.scheduled().filter((e) => !board.locked[e]).length;
  const searchIdle = !options.previous && movable <= (options.idleSearchLimit ?? 600);
  const nodes = options.idleNodes ?? (forum ? FORUM_IDLE_NODES : IDLE_NODES);
  const idle = minimiseIdle(board, { expired, nodes, search: searchIdle });
  progress(90);
  // The pair LP's optimum, by a min-cost flow; past the time limit a few subgradient steps only, so that the solve returns on time.
  const late = expired();
  if (!optimal) upperBound = Math.min(upperBound, pairBound ?? (late ? lagrangianBound(instance, { target: board.value, iterations: QUICK_BOUND_STEPS }) : pairLpBound(instance)));
  if (handedOver) upperBound = Math.min(upperBound, handedOver.bound);
  upperBound = honest(upperBound);

  const schedule = buildSchedule(normal, board, {
    upperBound,
    optimal,
    solveMs: solveMs(),
    previousTables: previous.tables,
    idleLowerBound: idle.lowerBound,
    idleOptimal: idle.optimal,
  });
  progress(100);
  return { status: optimal ? 'optimal' : timedOut ? 'timedout' : 'feasible', schedule, problems: [] };
}
