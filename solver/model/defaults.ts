/**
 * The defaults of the event file v1, each written once. They are part of the
 * contract: a file that leaves a field out means these values.
 */
import type { IdleMeasure, Objective } from './types';

/** `event.maxMeetingsPerCluster` when absent. */
export const DEFAULT_CAP = 3;

/** `requests[].priority` when absent: 1 is the first choice, 5 the last. */
export const DEFAULT_PRIORITY = 3;

/** A request of priority p adds `PRIORITY_VALUE_BASE - p` to its pair's value. */
export const PRIORITY_VALUE_BASE = 6;

/** `event.objective` when absent. */
export const DEFAULT_OBJECTIVE: Objective = 'fair';

/** `event.idleMeasure` when absent: idle rounds, as before the option existed. */
export const DEFAULT_IDLE_MEASURE: IdleMeasure = 'rounds';

/** `event.competenceWeight` when absent. */
export const DEFAULT_COMPETENCE_WEIGHT = 1;

/** `event.changeoverMinutes` when absent. */
export const DEFAULT_CHANGEOVER_MINUTES = 0;

/** The id of the k-th numbered table (0-based): `T1`, `T2`… for tables given as a count or unlimited. */
export function numberedTableId(k: number): string {
  return `T${k + 1}`;
}

/** The ids of `n` tables given as a count: `T1` … `Tn`. */
export function numberedTableIds(n: number): string[] {
  return Array.from({ length: n }, (_, k) => numberedTableId(k));
}
