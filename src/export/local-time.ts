/**
 * Wall-clock times in the event's zone. Everything goes through `TZDate`
 * so that the machine's own zone never leaks into an export.
 */
import { tz, tzOffset, TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { Lang } from '../i18n/lang';

/** Characters an IANA zone name may contain (`America/Port-au-Prince`, `Etc/GMT+2`). */
const zoneName = /^[A-Za-z0-9_+\-/]+$/;

/**
 * Throws a `RangeError` unless `timeZone` is an IANA zone known to the runtime.
 * The name ends up in a `TZID` parameter, so it is also checked character by character.
 */
export function assertTimeZone(timeZone: string): void {
  if (!zoneName.test(timeZone)) {
    throw new RangeError(`invalid time zone name ${JSON.stringify(timeZone)}`);
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new RangeError(`unknown time zone ${JSON.stringify(timeZone)}`);
  }
}

/** Parses an ISO 8601 instant (with its offset); throws a `RangeError` on garbage. */
export function parseInstant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`invalid date-time ${JSON.stringify(iso)}`);
  }
  return date;
}

/** The instant as a `TZDate` in `timeZone`: its getters give the zone's wall clock. */
export function inZone(instant: string | Date, timeZone: string): TZDate {
  const ms = typeof instant === 'string' ? parseInstant(instant).getTime() : instant.getTime();
  return new TZDate(ms, timeZone);
}

/**
 * Formats an instant with a date-fns pattern, on the wall clock of `timeZone`.
 *
 * @param lang - language of month and day names. @defaultValue `'fr'`
 */
export function formatLocal(
  instant: string | Date,
  timeZone: string,
  pattern: string,
  lang: Lang = 'fr',
): string {
  const date = typeof instant === 'string' ? parseInstant(instant) : instant;
  return format(date, pattern, { in: tz(timeZone), locale: lang === 'en' ? enGB : fr });
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * True when the wall-clock time of `instant` in `timeZone` occurs twice, as 02:30
 * does in Paris on the night summer time ends. Such a time named with a `TZID`
 * is ambiguous (RFC 5545 picks the first occurrence; clients differ), so
 * calendars write these instants in UTC instead.
 */
export function isRepeatedWallTime(instant: Date, timeZone: string): boolean {
  const ms = instant.getTime();
  const offset = tzOffset(timeZone, instant);
  // Offsets in force a day before and after: no zone changes twice within a day.
  const others = [tzOffset(timeZone, new Date(ms - DAY_MS)), tzOffset(timeZone, new Date(ms + DAY_MS))];
  return others.some((other) => {
    if (other === offset || Number.isNaN(other)) return false;
    // The instant that the other offset would give the same wall clock.
    const twin = new Date(ms + (offset - other) * 60_000);
    return tzOffset(timeZone, twin) === other;
  });
}
