/**
 * The event turned into indexed data for the algorithms: clusters 0..n-1,
 * rounds 0..R-1, candidate pairs (edges) with their values, availability
 * and locked meetings.
 */
import { pairKey, pairValues, pairReasons, type PairInfo } from '../value/pair-value';
import { insideOneWindow, roundSlots, windowInterval, type Interval, type RoundSlot } from '../time/round-grid';
import type { EventFile, LockedMeeting, Objective } from '../model/types';

export interface Edge {
  /** Cluster indices, `a < b` (ids in ascending order). */
  a: number;
  b: number;
  value: number;
  mustMeet: boolean;
  /** Rounds (0-based) in which both clusters are available. */
  rounds: number[];
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
  slots: RoundSlot[];
  /** Table ids in order, or `null` for unlimited tables. */
  tables: string[] | null;
  /** Meetings a round can hold. */
  tablesPerRound: number;
  edges: Edge[];
  edgeOf: Map<string, number>;
  objective: Objective;
  /** Locked meetings, already validated. */
  locks: LockedSlot[];
  pairs: Map<string, PairInfo>;
}

/** Table ids of an event, or `null` when tables are unlimited. */
export function tableIds(event: EventFile): string[] | null {
  const tables = event.event.tables;
  if (tables === undefined) return null;
  if (typeof tables === 'number') return Array.from({ length: tables }, (_, i) => `T${i + 1}`);
  return tables.map((t) => t.id);
}

/** Cap of a cluster: `cluster.maxMeetings ?? event.maxMeetingsPerCluster ?? 3`. */
export function capOf(event: EventFile, index: number): number {
  return event.clusters[index].maxMeetings ?? event.event.maxMeetingsPerCluster ?? 3;
}

/**
 * Builds the instance of a validated event. Pairs of value 0 (unless
 * mustMeet), neverMeet pairs, and pairs with no common available round are
 * left out; so are `extraNever` pairs (keys from {@link pairKey}).
 */
export function buildInstance(event: EventFile, locks: readonly LockedMeeting[] = []): Instance {
  const ids = event.clusters.map((c) => c.id);
  const order = ids.map((_, i) => i).sort((x, y) => (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0));
  const sortedIds = order.map((i) => ids[i]);
  const indexOf = new Map(sortedIds.map((id, i) => [id, i]));
  const slots = roundSlots(event.event);
  const zone = event.event.timezone;

  const cap = order.map((i) => capOf(event, i));
  const available = order.map((i) => {
    const windows = event.clusters[i].availability;
    const row = new Uint8Array(slots.length);
    if (!windows) return row.fill(1);
    const intervals = windows.map((w) => windowInterval(w, zone)).filter((x): x is Interval => x !== null);
    slots.forEach((slot, r) => (row[r] = insideOneWindow(slot, intervals) ? 1 : 0));
    return row;
  });

  const pairs = pairValues(event);
  const never = new Set((event.constraints?.neverMeet ?? []).map(([a, b]) => pairKey(a, b)));
  const must = new Set((event.constraints?.mustMeet ?? []).map(([a, b]) => pairKey(a, b)));
  const lockedKeys = new Set(locks.map((l) => pairKey(l.clusters[0], l.clusters[1])));
  const keys = [...new Set([...pairs.keys(), ...must, ...lockedKeys])].sort();

  const edges: Edge[] = [];
  const edgeOf = new Map<string, number>();
  for (const key of keys) {
    if (never.has(key) && !lockedKeys.has(key)) continue;
    const [idA, idB] = key.split('|');
    const a = indexOf.get(idA)!;
    const b = indexOf.get(idB)!;
    if (cap[a] === 0 || cap[b] === 0) continue;
    const rounds: number[] = [];
    for (let r = 0; r < slots.length; r++) if (available[a][r] && available[b][r]) rounds.push(r);
    if (rounds.length === 0 && !lockedKeys.has(key)) continue;
    edgeOf.set(key, edges.length);
    edges.push({ a, b, value: pairs.get(key)?.value ?? 0, mustMeet: must.has(key), rounds });
  }

  const tables = tableIds(event);
  return {
    ids: sortedIds,
    indexOf,
    cap,
    available,
    slots,
    tables,
    tablesPerRound: tables ? tables.length : Number.POSITIVE_INFINITY,
    edges,
    edgeOf,
    objective: event.event.objective ?? 'fair',
    locks: locks.map((l) => ({ edge: edgeOf.get(pairKey(l.clusters[0], l.clusters[1]))!, round: l.round - 1, table: l.table })),
    pairs,
  };
}

/** Reasons for the meeting of an edge. */
export function edgeReasons(instance: Instance, edge: Edge): string[] {
  const key = pairKey(instance.ids[edge.a], instance.ids[edge.b]);
  return pairReasons(instance.pairs.get(key), edge.mustMeet);
}
