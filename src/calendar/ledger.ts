/**
 * The calendar ledger: what calendar apps have already been told about each
 * meeting, so that re-solves update events in place instead of duplicating them.
 *
 * A meeting is identified by its pair of clusters. Its UID never changes; its
 * SEQUENCE goes up each time it moves, is cancelled or comes back; a meeting
 * that a re-solve drops stays in the ledger as cancelled, so that feeds keep
 * publishing it with `STATUS:CANCELLED` rather than silently forgetting it.
 */
import { pairKey, type EventFile, type Meeting, type Schedule } from '../../solver';

export type LedgerStatus = 'confirmed' | 'cancelled';

/** What was last published for one pair of clusters. */
export interface LedgerEntry {
  /** iCalendar UID, stable for the pair for the life of the event. */
  uid: string;
  /** iCalendar SEQUENCE: 0 when first published, +1 at every significant change. */
  sequence: number;
  status: LedgerStatus;
  /** Round, table and times of the meeting (its last ones when cancelled). */
  round: number;
  table: string;
  /** ISO 8601, as in the schedule. */
  start: string;
  end: string;
  /** ISO 8601 UTC instant of the last change of this entry (the `now` of that update). */
  updatedAt: string;
}

/** JSON-serialisable; persist it next to the schedule and pass it back to the next update. */
export interface CalendarLedger {
  version: 1;
  eventId: string;
  /** Keyed by {@link pairKey}: `a|b` with the ids in ascending order. */
  entries: Record<string, LedgerEntry>;
}


/** Keeps ids safe inside a UID: letters, digits, `.`, `_` and `-` only. */
function uidPart(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '_') || '_';
}

function sameInstant(x: string, y: string): boolean {
  return x === y || Date.parse(x) === Date.parse(y);
}

/** True when the entry has the meeting's round, table and instants (whatever the offsets they are written with). */
export function samePlace(entry: LedgerEntry, meeting: Meeting): boolean {
  return (
    entry.round === meeting.round &&
    entry.table === meeting.table &&
    sameInstant(entry.start, meeting.start) &&
    sameInstant(entry.end, meeting.end)
  );
}

/**
 * The ledger after publishing `schedule`. Pure: `previous` is not modified.
 *
 * - a pair met for the first time gets UID `<eventId>-<a>-<b>@maillage` and SEQUENCE 0
 *   (ids reduced to `[A-Za-z0-9._-]`; a numeric suffix keeps UIDs unique if two pairs
 *   would reduce to the same one);
 * - a pair whose round, table, start or end changed gets SEQUENCE + 1;
 * - a pair missing from `schedule` becomes `cancelled` with SEQUENCE + 1, and then stays
 *   as it is; if it is scheduled again it is `confirmed` again with SEQUENCE + 1;
 * - any other pair keeps its entry unchanged.
 *
 * @param previous - the ledger of the last publication, or `null` for the first one
 * @param now - the time of this update, stored as `updatedAt` of the entries it changes
 * @throws Error if `previous` or `schedule` belongs to another event, or if the
 *   schedule has the same pair twice.
 */
export function updateLedger(
  previous: CalendarLedger | null,
  event: EventFile,
  schedule: Schedule,
  now: Date,
): CalendarLedger {
  const eventId = event.event.id;
  if (schedule.eventId !== eventId) {
    throw new Error(`schedule of event "${schedule.eventId}" given for event "${eventId}"`);
  }
  if (previous && previous.eventId !== eventId) {
    throw new Error(`ledger of event "${previous.eventId}" given for event "${eventId}"`);
  }
  const updatedAt = now.toISOString();
  const before = previous?.entries ?? {};

  const scheduled = new Map<string, Meeting>();
  for (const meeting of schedule.meetings) {
    const key = pairKey(meeting.clusters[0], meeting.clusters[1]);
    if (scheduled.has(key)) throw new Error(`schedule has pair ${key} twice`);
    scheduled.set(key, meeting);
  }

  const entries: Record<string, LedgerEntry> = {};
  const usedUids = new Set(Object.values(before).map((e) => e.uid));

  for (const key of Object.keys(before).sort()) {
    const old = before[key];
    const meeting = scheduled.get(key);
    if (!meeting) {
      entries[key] =
        old.status === 'cancelled'
          ? { ...old }
          : { ...old, status: 'cancelled', sequence: old.sequence + 1, updatedAt };
    } else if (old.status === 'cancelled' || !samePlace(old, meeting)) {
      entries[key] = {
        ...placeOf(meeting),
        uid: old.uid,
        status: 'confirmed',
        sequence: old.sequence + 1,
        updatedAt,
      };
    } else {
      entries[key] = { ...old };
    }
  }

  const newKeys = [...scheduled.keys()].filter((key) => !(key in before)).sort();
  for (const key of newKeys) {
    const meeting = scheduled.get(key)!;
    const [a, b] = [...meeting.clusters].sort();
    const base = `${uidPart(eventId)}-${uidPart(a)}-${uidPart(b)}`;
    let uid = `${base}@maillage`;
    for (let n = 2; usedUids.has(uid); n++) uid = `${base}-${n}@maillage`;
    usedUids.add(uid);
    entries[key] = {
      ...placeOf(meeting),
      uid,
      status: 'confirmed',
      sequence: 0,
      updatedAt,
    };
  }

  const sorted = Object.keys(entries).sort();
  return { version: 1, eventId, entries: Object.fromEntries(sorted.map((k) => [k, entries[k]])) };
}

function placeOf(meeting: Meeting): Pick<LedgerEntry, 'round' | 'table' | 'start' | 'end'> {
  return { round: meeting.round, table: meeting.table, start: meeting.start, end: meeting.end };
}
