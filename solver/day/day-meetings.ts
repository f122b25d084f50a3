/**
 * The meetings of the previous publication sorted for the rest of the day:
 * those of the started rounds are history and stay as they were, those of a
 * cluster absent at their round are cancelled, the others stay where they are
 * when they still fit. Meetings that no longer fit the event are cancelled.
 */
import type { NormalEvent } from '../model/normal-event';
import { pairKey } from '../model/pair-key';
import type { LockedMeeting } from '../model/types';
import type { PlacedMeeting } from '../output/schedule-from-meetings';

/** The rounds, tables, pairs and caps taken by the meetings accepted so far. */
export class Occupancy {
  private readonly taken = new Set<string>();
  private readonly count = new Map<string, number>();
  readonly meetings: PlacedMeeting[] = [];

  constructor(
    private readonly normal: NormalEvent,
    private readonly cap: (id: string) => number,
  ) {}

  /** True when the placement is well formed and collides with nothing accepted: known clusters, round and table, free, under the caps. */
  fits(m: PlacedMeeting): boolean {
    const [a, b] = m.clusters;
    const { byId, slots, tables } = this.normal;
    if (a === b || !byId.has(a) || !byId.has(b) || !Number.isInteger(m.round) || !slots[m.round - 1]) return false;
    if (tables ? !tables.includes(m.table) : !(typeof m.table === 'string' && m.table.length > 0)) return false;
    const keys = this.keysOf(m);
    return !keys.some((k) => this.taken.has(k)) && [a, b].every((id) => (this.count.get(id) ?? 0) < this.cap(id));
  }

  /** Accepts the placement when it {@link fits}; says whether it did. */
  add(m: PlacedMeeting): boolean {
    if (!this.fits(m)) return false;
    for (const k of this.keysOf(m)) this.taken.add(k);
    for (const id of m.clusters) this.count.set(id, (this.count.get(id) ?? 0) + 1);
    this.meetings.push({ clusters: [m.clusters[0], m.clusters[1]], round: m.round, table: m.table });
    return true;
  }

  hasPair(a: string, b: string): boolean {
    return this.taken.has(`p\u0000${pairKey(a, b)}`);
  }

  private keysOf(m: PlacedMeeting): string[] {
    const [a, b] = m.clusters;
    return [`p\u0000${pairKey(a, b)}`, `t\u0000${m.round}\u0000${m.table}`, `c\u0000${m.round}\u0000${a}`, `c\u0000${m.round}\u0000${b}`];
  }
}

export interface SortedPrevious {
  /** The meetings of the started rounds, and the organiser's locks there, as they were. */
  frozen: PlacedMeeting[];
  /** The meetings of the rounds not started whose clusters are both present: kept if they still fit. */
  later: PlacedMeeting[];
}

/**
 * Sorts the previous meetings (and the organiser's locks of the started
 * rounds, which are history too) by the day so far. Reads its inputs only.
 */
export function sortPrevious(
  normal: NormalEvent,
  previous: readonly PlacedMeeting[],
  locks: readonly LockedMeeting[],
  started: number,
  absent: ReadonlyMap<string, ReadonlySet<number>>,
): SortedPrevious {
  const history = new Occupancy(normal, (id) => normal.cap.get(id)!);
  for (const m of previous) if (m.round <= started) history.add(m);
  for (const lock of locks) if (lock.round <= started && !history.hasPair(lock.clusters[0], lock.clusters[1])) history.add(lock);
  const later = previous.filter((m) => m.round > started && !m.clusters.some((id) => absent.get(id)?.has(m.round)));
  return { frozen: history.meetings, later };
}
