/**
 * VTIMEZONE components (RFC 5545 §3.6.5) computed from the runtime's own
 * time-zone data, for the years an event's calendar needs.
 *
 * The offset changes are found by scanning the zone's UTC offset (`tzOffset`)
 * at a fixed step and bisecting each change down to the second. Only explicit
 * observances are written (no RRULE): they are exact for the years covered,
 * whatever rule changes the zone had before or will have after.
 */
import { tzOffset } from '@date-fns/tz';
import { assertTimeZone } from '../export/local-time';

/** One change of a zone's UTC offset. */
export interface ZoneTransition {
  /** First instant with the new offset. */
  at: Date;
  /** Offsets in minutes east of UTC (may have a fractional part for historic second offsets). */
  offsetFrom: number;
  offsetTo: number;
}

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;
/** No zone has had two offset changes less than this apart in modern times. */
const SCAN_STEP = 6 * HOUR;

/**
 * Every offset change of `timeZone` in `[start, end)`, in order.
 * @throws RangeError for an unknown zone.
 */
export function zoneTransitions(timeZone: string, start: Date, end: Date): ZoneTransition[] {
  assertTimeZone(timeZone);
  const offsetAt = (ms: number) => tzOffset(timeZone, new Date(ms));
  const found: ZoneTransition[] = [];
  let lo = Math.floor(start.getTime() / SECOND) * SECOND;
  let loOffset = offsetAt(lo);
  while (lo < end.getTime()) {
    const hi = Math.min(lo + SCAN_STEP, end.getTime());
    const hiOffset = offsetAt(hi);
    if (hiOffset !== loOffset) {
      // Invariant: offset(a) === loOffset, offset(b) !== loOffset.
      let a = lo;
      let b = hi;
      while (b - a > SECOND) {
        const mid = a + Math.floor((b - a) / 2 / SECOND) * SECOND;
        if (offsetAt(mid) === loOffset) a = mid;
        else b = mid;
      }
      const offsetTo = offsetAt(b);
      found.push({ at: new Date(b), offsetFrom: loOffset, offsetTo });
      lo = b;
      loOffset = offsetTo;
    } else {
      lo = hi;
    }
  }
  return found;
}

/** `+0200`, `-0330`, `+0000`; seconds only when there are some. */
function formatOffset(minutes: number): string {
  const totalSeconds = Math.round(Math.abs(minutes) * 60);
  const sign = minutes < 0 && totalSeconds > 0 ? '-' : '+';
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}

/** Local date-time `YYYYMMDDTHHMMSS` of an instant seen with a given offset. */
function localStamp(ms: number, offsetMinutes: number): string {
  const iso = new Date(ms + Math.round(offsetMinutes * 60) * SECOND).toISOString();
  return iso.slice(0, 19).replace(/[-:]/g, '');
}

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  dtstart: string;
  from: number;
  to: number;
}

/**
 * The VTIMEZONE text of `timeZone` for the years `from..to` (inclusive), lines
 * separated by CRLF, without a final CRLF.
 *
 * It holds the observance in force on 1 January of `from` (the last change before
 * it, if it happened in the year before, else a fixed observance from 1 January of
 * the year before) and every change up to the end of `to`. The observances whose
 * offset is above the smallest offset met are DAYLIGHT, the others STANDARD; a
 * zone without changes gets a single STANDARD. Each DTSTART is the local time of
 * the change on the old offset, as RFC 5545 requires. No TZNAME: abbreviations
 * differ between ICU versions and clients do not need them.
 *
 * @throws RangeError for an unknown zone or `to < from`.
 */
export function vtimezone(timeZone: string, years: { from: number; to: number }): string {
  if (!(Number.isInteger(years.from) && Number.isInteger(years.to) && years.from <= years.to)) {
    throw new RangeError(`invalid years ${years.from}..${years.to}`);
  }
  // Local years start up to 14 hours away from UTC ones: widen by a day on each side.
  const coverStart = Date.UTC(years.from, 0, 1) - DAY;
  const scanStart = Date.UTC(years.from - 1, 0, 1) - DAY;
  const scanEnd = Date.UTC(years.to + 1, 0, 1) + DAY;
  const changes = zoneTransitions(timeZone, new Date(scanStart), new Date(scanEnd));

  const lastBefore = changes.filter((t) => t.at.getTime() < coverStart).pop();
  const kept = changes.filter((t) => t.at.getTime() >= coverStart);
  const observances: Omit<Observance, 'kind'>[] = [];
  if (lastBefore) {
    kept.unshift(lastBefore);
  } else {
    const offset = tzOffset(timeZone, new Date(scanStart));
    observances.push({ dtstart: `${years.from - 1}0101T000000`, from: offset, to: offset });
  }
  for (const t of kept) {
    observances.push({
      dtstart: localStamp(t.at.getTime(), t.offsetFrom),
      from: t.offsetFrom,
      to: t.offsetTo,
    });
  }

  const standardOffset = Math.min(...observances.flatMap((o) => [o.from, o.to]));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
  for (const o of observances) {
    const kind = o.to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${o.dtstart}`,
      `TZOFFSETFROM:${formatOffset(o.from)}`,
      `TZOFFSETTO:${formatOffset(o.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
