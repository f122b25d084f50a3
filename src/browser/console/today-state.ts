/**
 * A cluster's presence at a given time, from its absence if it has one:
 * « Présent », « Absent », « Absent jusqu'à 15:00 » (a late arrival) or
 * « Absent à partir de 16:00 ». Free of the DOM.
 */
import type { ConsoleWords } from '../../i18n/console-words';
import type { AbsenceSpan } from './console-api-types';
import { wallClock } from './today-time';

export type Presence = { kind: 'present' } | { kind: 'absent'; from?: string; until?: string };

/** Present without an absence, before it starts and once it is over; absent in between. */
export function presenceAt(absence: AbsenceSpan | undefined, now: string): Presence {
  if (!absence) return { kind: 'present' };
  const t = Date.parse(now);
  if (absence.until && t >= Date.parse(absence.until)) return { kind: 'present' };
  if (absence.from && t < Date.parse(absence.from)) return { kind: 'absent', from: absence.from, until: absence.until };
  return { kind: 'absent', until: absence.until };
}

/** The presence in words, times on the event's clock. */
export function presenceText(presence: Presence, zone: string, words: ConsoleWords): string {
  const t = words.today;
  if (presence.kind === 'present') return t.present;
  if (presence.from) return t.absentFrom(wallClock(presence.from, zone));
  if (presence.until) return t.absentUntil(wallClock(presence.until, zone));
  return t.absent;
}
