/**
 * What a schedule changes against the one announced before it, meeting by
 * meeting: a pair that meets in both is kept or moved (another round or
 * table), one only in the new schedule is added, one only in the old is
 * cancelled.
 */
import { pairKey } from '../model/pair-key';
import type { Meeting, Schedule } from '../model/types';

export type MeetingChangeKind = 'moved' | 'added' | 'cancelled';

export interface MeetingPlace {
  round: number;
  table: string;
}

export interface MeetingChange {
  clusters: [string, string];
  kind: MeetingChangeKind;
  /** Where the pair met before (moved, cancelled). */
  from?: MeetingPlace;
  /** Where the pair meets now (moved, added). */
  to?: MeetingPlace;
}

export interface ScheduleChanges {
  counts: { kept: number; moved: number; added: number; cancelled: number };
  /** The changed meetings: those of the new schedule in its order, then the cancelled ones in the old one's. */
  changes: MeetingChange[];
}

/** What a comparison reads of a meeting. */
export type PlacedPair = Pick<Meeting, 'round' | 'table'> & { readonly clusters: readonly [string, string] };

const place = (m: PlacedPair): MeetingPlace => ({ round: m.round, table: m.table });

/**
 * `schedule` with `stats.changes` counted against `previous`, or without any
 * (a stale count dropped) when there is none. Reads its inputs only.
 */
export function withChanges(schedule: Schedule, previous: Pick<Schedule, 'meetings'> | null | undefined): Schedule {
  const { changes: _stale, ...stats } = schedule.stats;
  return { ...schedule, stats: previous ? { ...stats, changes: compareSchedules(previous.meetings, schedule.meetings).counts } : stats };
}

/** Compares two lists of meetings (of the same event). Reads its inputs only. */
export function compareSchedules(
  before: readonly PlacedPair[],
  after: readonly PlacedPair[],
): ScheduleChanges {
  const old = new Map(before.map((m) => [pairKey(m.clusters[0], m.clusters[1]), m]));
  const counts = { kept: 0, moved: 0, added: 0, cancelled: 0 };
  const changes: MeetingChange[] = [];
  const seen = new Set<string>();
  for (const m of after) {
    const key = pairKey(m.clusters[0], m.clusters[1]);
    seen.add(key);
    const was = old.get(key);
    const clusters: [string, string] = [m.clusters[0], m.clusters[1]];
    if (!was) {
      counts.added++;
      changes.push({ clusters, kind: 'added', to: place(m) });
    } else if (was.round !== m.round || was.table !== m.table) {
      counts.moved++;
      changes.push({ clusters, kind: 'moved', from: place(was), to: place(m) });
    } else counts.kept++;
  }
  for (const [key, m] of old) {
    if (seen.has(key)) continue;
    counts.cancelled++;
    changes.push({ clusters: [m.clusters[0], m.clusters[1]], kind: 'cancelled', from: place(m) });
  }
  return { counts, changes };
}
