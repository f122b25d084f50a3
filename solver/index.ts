/**
 * Public entry of the scheduling core. Pure: no I/O, no clock, no environment.
 */
export * from './model/types';
export * from './model/defaults';
export { pairKey, pairOfKey } from './model/pair-key';
export { normalizeEvent, isAvailable, pairAllowed, priorityOf } from './model/normal-event';
export type { NormalEvent } from './model/normal-event';
export { validateEvent, formatPath } from './model/validate-event';
export type { ValidationResult } from './model/validate-event';
export { validateLocks } from './model/validate-locks';
export {
  MAX_ATTENDEES,
  MAX_CLUSTERS,
  MAX_EVENT_REQUESTS,
  MAX_MEETING_WINDOWS,
  MAX_MUST_MEET,
  MAX_NEVER_MEET,
  MAX_ROUNDS,
  MAX_SESSIONS,
  MAX_TABLES,
  MAX_WINDOWS,
} from './model/limits';
export { issueCode, issueParams } from './model/zod-issues';
export { computeRounds } from './time/round-grid';
export { suggestPartners } from './value/suggest';
export type { Suggestion } from './value/suggest';
export { explainSchedule } from './output/explain-schedule';
export { scheduleFromMeetings, type PlacedMeeting, type PlacedScheduleOptions } from './output/schedule-from-meetings';
export { compareSchedules, withChanges, type MeetingChange, type MeetingChangeKind, type MeetingPlace, type ScheduleChanges } from './output/compare-schedules';
export { solve } from './day/solve-or-replan';
export { replan } from './day/replan';
export { absentRounds, eventOnTheDay, locksOnTheDay, startedRounds } from './day/absences';
export { timedOutProblems } from './output/required-problems';
export type { SolveOptions, SolveResult, SolveStatus } from './solve';
export { checkSchedule } from './check/check-schedule';
