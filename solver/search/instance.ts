/**
 * The event turned into indexed data for the algorithms: clusters 0..n-1,
 * rounds 0..R-1, candidate pairs (edges) with their values, availability
 * and locked meetings. Built from the normalised event: no rule is worked
 * out here a second time.
 */
import { insideMeetingWindow, isAvailable, type NormalEvent } from '../model/normal-event';
import { pairKey, pairOfKey } from '../model/pair-key';
import type { IdleMeasure, LockedMeeting, MeetingWhy, Objective } from '../model/types';
import type { RoundSlot } from '../time/round-grid';
import { pairValues, pairWhy, type PairInfo } from '../value/pair-value';

export interface Edge {
  /** Cluster indices, `a < b` (ids in ascending order). */
  a: number;
  b: number;
  value: number;
  mustMeet: boolean;
  /** Rounds (0-based) in which the pair can meet: both clusters available, inside the pair's meeting windows. */
  rounds: number[];
  /**
   * `inWindow[r]` is 1 when round r lies inside one of the pair's meeting
   * windows; `null` when the pair has none (every round is inside).
   */
  inWindow: Uint8Array | null;
}

export interface LockedSlot {
  edge: number;
  round: number;
  table: string;
}

export interface Instance {
  ids: string[];
  indexOf: Map<string, number>;
  cap: number[];
  /** `available[c][r]` is 1 when cluster c can meet in round r. */
  available: Uint8Array[];
  slots: readonly RoundSlot[];
  /** Table ids in order, or `null` for unlimited tables. */
  tables: readonly string[] | null;
  /** Meetings a round can hold. */
  tablesPerRound: number;
  edges: Edge[];
  edgeOf: Map<string, number>;
  objective: Objective;
  /** How idle time is counted (`event.idleMeasure`, its default applied). */
  idleMeasure: IdleMeasure;
  /** Locked meetings, already validated. */
  locks: LockedSlot[];
  pairs: Map<string, PairInfo>;
}

/**
 * Builds the instance of a normalised event. Pairs of value 0 (unless
 * mustMeet), neverMeet pairs, and pairs with no round to meet in (no common
 * available round inside their meeting windows) are left out, unless locked.
 */
export function buildInstance(normal: NormalEvent, locks: readonly LockedMeeting[] = []): Instance {
  const sortedIds = normal.clusters.map((c) => c.id).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const indexOf = new Map(sortedIds.map((id, i) => [id, i]));
  const slots = normal.slots;

  const cap = sortedIds.map((id) => normal.cap.get(id)!);
  const available = sortedIds.map((id) => {
    const row = new Uint8Array(slots.length);
    slots.forEach((slot, r) => (row[r] = isAvailable(normal, id, slot) ? 1 : 0));
    return row;
  });

  const pairs = pairValues(normal);
  const lockedKeys = new Set(locks.map((l) => pairKey(l.clusters[0], l.clusters[1])));
  const keys = [...new Set([...pairs.keys(), ...normal.mustMeet, ...lockedKeys])].sort();

  const edges: Edge[] = [];
  const edgeOf = new Map<string, number>();
  for (const key of keys) {
    if (normal.neverMeet.has(key) && !lockedKeys.has(key)) continue;
    const [idA, idB] = pairOfKey(key);
    const a = indexOf.get(idA)!;
    const b = indexOf.get(idB)!;
    if (cap[a] === 0 || cap[b] === 0) continue;
    const inWindow = normal.meetingWindows.has(key) ? Uint8Array.from(slots, (slot) => (insideMeetingWindow(normal, idA, idB, slot) ? 1 : 0)) : null;
    const rounds: number[] = [];
    for (let r = 0; r < slots.length; r++) if (available[a][r] && available[b][r] && (inWindow === null || inWindow[r])) rounds.push(r);
    if (rounds.length === 0 && !lockedKeys.has(key)) continue;
    edgeOf.set(key, edges.length);
    edges.push({ a, b, value: pairs.get(key)?.value ?? 0, mustMeet: normal.mustMeet.has(key), rounds, inWindow });
  }

  return {
    ids: sortedIds,
    indexOf,
    cap,
    available,
    slots,
    tables: normal.tables,
    tablesPerRound: normal.tablesPerRound,
    edges,
    edgeOf,
    objective: normal.objective,
    idleMeasure: normal.idleMeasure,
    locks: locks.map((l) => ({ edge: edgeOf.get(pairKey(l.clusters[0], l.clusters[1]))!, round: l.round - 1, table: l.table })),
    pairs,
  };
}

/**
 * True when the pair of `edge` can meet in `round`: both clusters available
 * and the round inside the pair's meeting windows (the rule of
 * `pairAllowed`, read from the instance). Says nothing of who is free.
 */
export function canMeetIn(instance: Instance, edge: number, round: number): boolean {
  const { a, b, inWindow } = instance.edges[edge];
  return instance.available[a][round] === 1 && instance.available[b][round] === 1 && (inWindow === null || inWindow[round] === 1);
}

/** Why the meeting of an edge: the organiser's decisions, then what its value is made of. */
export function edgeWhy(instance: Instance, edge: number, locked: boolean): MeetingWhy[] {
  const { a, b, mustMeet } = instance.edges[edge];
  return pairWhy(instance.pairs.get(pairKey(instance.ids[a], instance.ids[b])), { mustMeet, locked });
}
