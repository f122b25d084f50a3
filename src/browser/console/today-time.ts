/**
 * The « Heure » of the « Aujourd'hui » screen: a `datetime-local` value is a
 * wall-clock time in the event's zone (not the browser's), turned into an
 * instant with its offset for the API, and back. Free of the DOM: only the
 * zone data built into the runtime (`Intl`).
 */

const MINUTE = 60_000;
const VALUE_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The wall clock of `zone` at `ms`, as the milliseconds of the same digits in UTC. */
function wallMs(ms: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
}

/** Offset of `zone` from UTC at `ms`, in minutes (120 for +02:00). */
export function zoneOffset(ms: number, zone: string): number {
  return Math.round((wallMs(ms, zone) - Math.floor(ms / 1000) * 1000) / MINUTE);
}

/** `2015-09-10T15:00`: the value of a `datetime-local` field for the instant `ms` on `zone`'s clock. */
export function wallValue(ms: number, zone: string): string {
  return new Date(wallMs(ms, zone)).toISOString().slice(0, 16);
}

/** `15:00`: the wall time of an instant on `zone`'s clock. */
export function wallClock(iso: string, zone: string): string {
  return wallValue(Date.parse(iso), zone).slice(11, 16);
}

/**
 * `2015-09-10T15:00:00+02:00` for the field's `2015-09-10T15:00` in `zone`;
 * null for a value that is not a date and a time. A time skipped by the
 * clocks going forward is read with the offset before the change.
 */
export function instantOf(value: string, zone: string): string | null {
  const m = VALUE_RE.exec(value);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(wall)) return null;
  // The offset an hour before, then the one at the instant it gives: right on both sides of a change.
  let offset = zoneOffset(wall - 60 * MINUTE, zone);
  const again = zoneOffset(wall - offset * MINUTE, zone);
  if (wallMs(wall - again * MINUTE, zone) === wall) offset = again;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${value}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
