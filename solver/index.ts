/**
 * Public entry of the scheduling core. Pure: no I/O, no clock, no environment.
 */
export * from './types';
export { validateEvent } from './validate-event';
export type { ValidationResult } from './validate-event';
export { solve } from './solve';
export type { SolveOptions, SolveResult, SolveStatus } from './solve';
export { computeRounds } from './round-grid';
export { suggestPartners } from './suggest';
export type { Suggestion } from './suggest';
export { checkSchedule } from './check-schedule';
export { validateLocks } from './validate-locks';
export { formatPath } from './validate-event';
