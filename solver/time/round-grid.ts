/**
 * The round grid: in each session, round k starts at
 * `start + k × (meetingMinutes + changeoverMinutes)` and lasts `meetingMinutes`;
 * it exists only if it ends at or before the session's end. Durations are real
 * elapsed minutes, so a DST day gets the rounds that physically fit.
 */
import type { EventFile, EventSettings, Round, TimeWindow } from '../model/types';
import { formatInZone, wallClockToInstant } from './zoned-time';

const MINUTE = 60_000;

export interface Interval {
  startMs: number;
  endMs: number;
}

/** A round with its instants and the session (0-based, chronological) it belongs to. */
export interface RoundSlot extends Interval {
  /** 1-based, chronological across all sessions */
  index: number;
  session: number;
}

/** A window's instants, or `null` when one of its ends does not exist in the zone. */
export function windowInterval(window: TimeWindow, zone: string): Interval | null {
  const startMs = wallClockToInstant(window.date, window.start, zone);
  const endMs = wallClockToInstant(window.date, window.end, zone);
  return startMs === null || endMs === null ? null : { startMs, endMs };
}

/** Sessions as intervals, in chronological order (assumes a validated event). */
export function sessionIntervals(settings: EventSettings): Interval[] {
  return settings.sessions
    .map((session) => windowInterval(session, settings.timezone))
    .filter((interval): interval is Interval => interval !== null)
    .sort((a, b) => a.startMs - b.startMs);
}

/** Number of rounds that fit in an interval. */
export function roundsIn(interval: Interval, settings: EventSettings): number {
  const meeting = settings.meetingMinutes * MINUTE;
  const cycle = (settings.meetingMinutes + (settings.changeoverMinutes ?? 0)) * MINUTE;
  const span = interval.endMs - interval.startMs;
  return span < meeting ? 0 : Math.floor((span - meeting) / cycle) + 1;
}

/** The rounds of a validated event, with instants. */
export function roundSlots(settings: EventSettings): RoundSlot[] {
  const meeting = settings.meetingMinutes * MINUTE;
  const cycle = (settings.meetingMinutes + (settings.changeoverMinutes ?? 0)) * MINUTE;
  const slots: RoundSlot[] = [];
  sessionIntervals(settings).forEach((interval, session) => {
    const count = roundsIn(interval, settings);
    for (let k = 0; k < count; k++) {
      const startMs = interval.startMs + k * cycle;
      slots.push({ index: slots.length + 1, session, startMs, endMs: startMs + meeting });
    }
  });
  return slots;
}

/** The rounds of a validated event, as they appear in the schedule. */
export function computeRounds(event: EventFile): Round[] {
  const zone = event.event.timezone;
  return roundSlots(event.event).map((slot) => ({
    index: slot.index,
    start: formatInZone(slot.startMs, zone),
    end: formatInZone(slot.endMs, zone),
  }));
}

/** True when the interval lies inside one of the windows. */
export function insideOneWindow(interval: Interval, windows: readonly Interval[]): boolean {
  return windows.some((w) => w.startMs <= interval.startMs && interval.endMs <= w.endMs);
}
