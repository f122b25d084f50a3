/**
 * A reference round grid for the tests, written from the specification on
 * its own: the product's grid (solver/time) is checked against it, so that a
 * bug in one shows as a disagreement.
 */
import { tzOffset } from '@date-fns/tz';
import type { EventFile, TimeWindow } from '../../solver/model/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** One round of the grid, with its instants and its formatted times. */
export interface GridRound {
  /** 1..R, chronological */
  index: number;
  /** Position of the round's session in `event.sessions`. */
  session: number;
  startMs: number;
  endMs: number;
  /** ISO 8601 with the zone's offset, as the schedule must show it. */
  start: string;
  end: string;
}

/** True when `zone` is an IANA zone the runtime knows. */
export function isKnownZone(zone: string): boolean {
  return Number.isFinite(tzOffset(zone, new Date(0)));
}

/**
 * The instant of a wall-clock `date` and `time` in `zone`, in epoch ms.
 * An ambiguous time (clocks going back) is its first occurrence; a time
 * skipped by clocks going forward moves forward by the gap, as Temporal's
 * `"compatible"` disambiguation does.
 */
export function zonedInstant(date: string, time: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force half a day either side cover any single transition.
  const before = tzOffset(zone, new Date(wall - 14 * HOUR));
  const after = tzOffset(zone, new Date(wall + 14 * HOUR));
  const matches = [before, after]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => wall - tzOffset(zone, new Date(instant)) * MINUTE === instant);
  if (matches.length > 0) return Math.min(...matches);
  return wall - before * MINUTE;
}

/** Epoch ms as `YYYY-MM-DDTHH:MM:SS±HH:MM` in `zone` (never `Z`). */
export function formatZoned(instant: number, zone: string): string {
  const offset = tzOffset(zone, new Date(instant));
  const local = new Date(instant + offset * MINUTE);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** A window as its pair of instants `[startMs, endMs]`, both inclusive. */
export function windowInstants(window: TimeWindow, zone: string): [number, number] {
  return [zonedInstant(window.date, window.start, zone), zonedInstant(window.date, window.end, zone)];
}

/**
 * The rounds of an event: in each session, round k starts k × (meeting +
 * changeover) real minutes after the session's start and exists if it ends
 * by the session's end. Rounds are numbered chronologically across sessions.
 */
export function roundGrid(event: EventFile): GridRound[] {
  const { timezone, sessions, meetingMinutes } = event.event;
  const step = meetingMinutes + (event.event.changeoverMinutes ?? 0);
  if (!isKnownZone(timezone) || !(meetingMinutes > 0) || !(step > 0)) return [];
  const slots: Omit<GridRound, 'index'>[] = [];
  sessions.forEach((session, sessionIndex) => {
    const [from, to] = windowInstants(session, timezone);
    for (let start = from; start + meetingMinutes * MINUTE <= to; start += step * MINUTE) {
      const end = start + meetingMinutes * MINUTE;
      slots.push({
        session: sessionIndex,
        startMs: start,
        endMs: end,
        start: formatZoned(start, timezone),
        end: formatZoned(end, timezone),
      });
    }
  });
  // Sorting a copy keeps file order for ties (Array.prototype.sort is stable).
  return [...slots]
    .sort((a, b) => a.startMs - b.startMs)
    .map((slot, i) => ({ index: i + 1, ...slot }));
}
