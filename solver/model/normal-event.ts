/**
 * The event in its normalised form: every default applied and every derived
 * rule (caps, tables, round grid, availability, the pair sets of the
 * constraints, the pairs' meeting windows) worked out once, for everything
 * else to read.
 */
import { insideOneWindow, roundSlots, windowInterval, type Interval, type RoundSlot } from '../time/round-grid';
import { DEFAULT_CAP, DEFAULT_COMPETENCE_WEIGHT, DEFAULT_IDLE_MEASURE, DEFAULT_OBJECTIVE, DEFAULT_PRIORITY, numberedTableIds } from './defaults';
import { pairKey } from './pair-key';
import type { ClusterInput, EventFile, IdleMeasure, Objective, TimeWindow } from './types';

export interface NormalEvent {
  /** The validated event file, as given (never modified). */
  readonly file: EventFile;
  readonly zone: string;
  /** The round grid, chronological. */
  readonly slots: readonly RoundSlot[];
  /** Clusters in file order. */
  readonly clusters: readonly ClusterInput[];
  readonly byId: ReadonlyMap<string, ClusterInput>;
  /** Cap of each cluster: its `maxMeetings`, else the event's, else {@link DEFAULT_CAP}. */
  readonly cap: ReadonlyMap<string, number>;
  /** Availability windows of each cluster as intervals; `null` means the whole event. */
  readonly windows: ReadonlyMap<string, readonly Interval[] | null>;
  /** Table ids in order (`T1..Tn` for a count), or `null` for unlimited tables. */
  readonly tables: readonly string[] | null;
  /** Display name of each table id (a numbered table's name is its id). */
  readonly tableNames: ReadonlyMap<string, string>;
  /** Meetings a round can hold. */
  readonly tablesPerRound: number;
  readonly objective: Objective;
  readonly idleMeasure: IdleMeasure;
  readonly competenceWeight: number;
  /** Pair keys ({@link pairKey}) of `constraints.mustMeet` and `constraints.neverMeet`. */
  readonly mustMeet: ReadonlySet<string>;
  readonly neverMeet: ReadonlySet<string>;
  /** Meeting windows of the pairs that have some (`constraints.meetingWindows`), as intervals, by pair key. */
  readonly meetingWindows: ReadonlyMap<string, readonly Interval[]>;
}

/** Normalises a validated event. Reads the event only. */
export function normalizeEvent(file: EventFile): NormalEvent {
  const settings = file.event;
  const zone = settings.timezone;
  const byId = new Map(file.clusters.map((c) => [c.id, c] as const));
  const eventCap = settings.maxMeetingsPerCluster ?? DEFAULT_CAP;
  const cap = new Map(file.clusters.map((c) => [c.id, c.maxMeetings ?? eventCap] as const));
  const intervals = (list: readonly TimeWindow[]) => list.map((w) => windowInterval(w, zone)).filter((x): x is Interval => x !== null);
  const windows = new Map(file.clusters.map((c) => [c.id, c.availability ? intervals(c.availability) : null] as const));
  const given = settings.tables;
  const tables = given === undefined ? null : typeof given === 'number' ? numberedTableIds(given) : given.map((t) => t.id);
  const tableNames = new Map(
    given === undefined ? [] : typeof given === 'number' ? tables!.map((id) => [id, id] as const) : given.map((t) => [t.id, t.name] as const),
  );
  const pairs = (list: readonly [string, string][] | undefined) => new Set((list ?? []).map(([a, b]) => pairKey(a, b)));
  return {
    file,
    zone,
    slots: roundSlots(settings),
    clusters: file.clusters,
    byId,
    cap,
    windows,
    tables,
    tableNames,
    tablesPerRound: tables ? tables.length : Number.POSITIVE_INFINITY,
    objective: settings.objective ?? DEFAULT_OBJECTIVE,
    idleMeasure: settings.idleMeasure ?? DEFAULT_IDLE_MEASURE,
    competenceWeight: settings.competenceWeight ?? DEFAULT_COMPETENCE_WEIGHT,
    mustMeet: pairs(file.constraints?.mustMeet),
    neverMeet: pairs(file.constraints?.neverMeet),
    meetingWindows: new Map((file.constraints?.meetingWindows ?? []).map((m) => [pairKey(m.clusters[0], m.clusters[1]), intervals(m.windows)] as const)),
  };
}

/** True when a cluster can meet in a round: the round lies inside one of its windows. */
export function isAvailable(normal: NormalEvent, id: string, slot: RoundSlot): boolean {
  const own = normal.windows.get(id);
  return own === null || own === undefined || insideOneWindow(slot, own);
}

/** True when a pair's meeting windows allow a round: it has none, or the round lies inside one of them. */
export function insideMeetingWindow(normal: NormalEvent, a: string, b: string, slot: RoundSlot): boolean {
  const own = normal.meetingWindows.get(pairKey(a, b));
  return own === undefined || insideOneWindow(slot, own);
}

/**
 * True when the pair {a, b} can meet in a round: both clusters are available
 * and the round lies inside the pair's meeting windows, if it has any. The one
 * rule of where a pair may meet; the instance's edges hold its result per round.
 */
export function pairAllowed(normal: NormalEvent, a: string, b: string, slot: RoundSlot): boolean {
  return isAvailable(normal, a, slot) && isAvailable(normal, b, slot) && insideMeetingWindow(normal, a, b, slot);
}

/** The priority of a request, its default applied. */
export function priorityOf(request: { priority?: number }): number {
  return request.priority ?? DEFAULT_PRIORITY;
}
