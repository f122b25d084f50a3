/**
 * Wall-clock times in an IANA zone, converted to and from instants.
 * Pure: relies only on the time-zone data built into the runtime (Intl).
 */
import { tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True when `zone` is an IANA time zone known to the runtime. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** True for an existing calendar date written `YYYY-MM-DD`. */
export function isDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** True for `HH:MM` between 00:00 and 23:59. */
export function isTime(text: string): boolean {
  return TIME_RE.test(text);
}

/** Offset of `zone` from UTC at `instantMs`, in minutes (e.g. 120 for +02:00). */
export function offsetMinutes(zone: string, instantMs: number): number {
  return tzOffset(zone, new Date(instantMs));
}

/**
 * The instant of a wall-clock time in `zone`. When the time occurs twice
 * (clocks going back) the earlier instant is returned; when it does not exist
 * (clocks going forward) the result is `null`.
 */
export function wallClockToInstant(date: string, time: string, zone: string): number | null {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wallMs = Date.UTC(y, mo - 1, d, h, mi);
  const offsets = new Set([offsetMinutes(zone, wallMs - 12 * HOUR), offsetMinutes(zone, wallMs + 12 * HOUR)]);
  const instants = [...offsets]
    .map((offset) => wallMs - offset * MINUTE)
    .filter((instant) => offsetMinutes(zone, instant) * MINUTE === wallMs - instant)
    .sort((a, b) => a - b);
  return instants.length > 0 ? instants[0] : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 with the zone's offset at that instant: `2015-09-10T14:00:00+02:00`. */
export function formatInZone(instantMs: number, zone: string): string {
  const offset = offsetMinutes(zone, instantMs);
  const local = new Date(instantMs + offset * MINUTE);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
