/**
 * Edits of a schedule by hand and of its locks, as new values (the inputs are
 * never changed): the console sends the result to the server, whose checker
 * decides. Free of the DOM.
 */
import type { LockedMeeting, Meeting, Schedule } from '../../../solver/model/types';
import { keyOf, pairKey } from './meeting-pairs';

export interface Place {
  round: number;
  table: string;
}

/** The meeting at `index` moved to `to`, with the times of its new round. */
export function moveMeeting(schedule: Schedule, index: number, to: Place): Schedule {
  const round = schedule.rounds.find((r) => r.index === to.round);
  const meetings = schedule.meetings.map((m, i) =>
    i === index ? { ...m, round: to.round, table: to.table, start: round?.start ?? m.start, end: round?.end ?? m.end } : m,
  );
  return { ...schedule, meetings };
}

export function removeMeeting(schedule: Schedule, index: number): Schedule {
  return { ...schedule, meetings: schedule.meetings.filter((_, i) => i !== index) };
}

/** A new meeting of `a` and `b` (in ascending order, as in a schedule); the server computes its value and reasons. */
export function addMeeting(schedule: Schedule, a: string, b: string, at: Place): Schedule {
  const round = schedule.rounds.find((r) => r.index === at.round);
  const meeting: Meeting = {
    clusters: a < b ? [a, b] : [b, a],
    round: at.round,
    table: at.table,
    start: round?.start ?? '',
    end: round?.end ?? '',
    value: 0,
    reasons: [],
    why: [],
  };
  return { ...schedule, meetings: [...schedule.meetings, meeting] };
}

/** True when the organiser's locks hold this meeting's pair. */
export function isLocked(locks: readonly LockedMeeting[], meeting: Pick<Meeting, 'clusters'>): boolean {
  const key = keyOf(meeting);
  return locks.some((l) => keyOf(l) === key);
}

/** The locks with this meeting locked where it is, or unlocked when it was. */
export function toggleLock(locks: readonly LockedMeeting[], meeting: Pick<Meeting, 'clusters' | 'round' | 'table'>): LockedMeeting[] {
  const key = pairKey(meeting.clusters[0], meeting.clusters[1]);
  if (locks.some((l) => keyOf(l) === key)) return locks.filter((l) => keyOf(l) !== key);
  return [...locks, { clusters: [meeting.clusters[0], meeting.clusters[1]], round: meeting.round, table: meeting.table }];
}

/** The meeting a problem's path names: `meetings[3].round` → 3. */
export function meetingIndexOf(path: string): number | null {
  const m = /^meetings\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : null;
}

/** The lock a problem's path names: `locks[1]` → 1. */
export function lockIndexOf(path: string): number | null {
  const m = /^locks\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : null;
}
