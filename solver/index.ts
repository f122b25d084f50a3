/**
 * Public entry of the scheduling core. Pure: no I/O, no clock, no environment.
 */
export * from './model/types';
export { validateEvent } from './model/validate-event';
export type { ValidationResult } from './model/validate-event';
export { solve } from './solve';
export type { SolveOptions, SolveResult, SolveStatus } from './solve';
export { computeRounds } from './time/round-grid';
export { suggestPartners } from './value/suggest';
export type { Suggestion } from './value/suggest';
export { checkSchedule } from './check/check-schedule';
export { validateLocks } from './model/validate-locks';
export { formatPath } from './model/validate-event';
