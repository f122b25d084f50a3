/**
 * The public `solve`: the whole event, or, with `asOf` or absences, the rest
 * of the day (see `replan`). It lives apart from the pipeline of `solve.ts`
 * because the re-planning runs that pipeline on the rounds left.
 */
import { solve as solveWhole, type SolveOptions, type SolveResult } from '../solve';
import type { EventFile } from '../model/types';
import { replan, resultWithChanges } from './replan';

/**
 * Solves an event (see `SolveOptions`): with `asOf` set or absences given, re-plans the rest of the
 * day with `replan`; otherwise solves it whole. With `previous`, `stats.changes` counts what changed.
 */
export function solve(event: EventFile, options: SolveOptions = {}): SolveResult {
  if (options.asOf !== undefined || (options.absences?.length ?? 0) > 0) return replan(event, options);
  return resultWithChanges(solveWhole(event, options), options.previous);
}
