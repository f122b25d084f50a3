/**
 * The event in its normalised form: every default applied and every derived
 * rule (caps, tables, round grid, availability, the pair sets of the
 * constraints) worked out once, for everything else to read.
 */
import { insideOneWindow, roundSlots, windowInterval, type Interval, type RoundSlot } from '../time/round-grid';
import { DEFAULT_CAP, DEFAULT_COMPETENCE_WEIGHT, DEFAULT_OBJECTIVE, DEFAULT_PRIORITY, numberedTableIds } from './defaults';
import { pairKey } from './pair-key';
import type { ClusterInput, EventFile, Objective } from './types';

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
  readonly competenceWeight: number;
  /** Pair keys ({@link pairKey}) of `constraints.mustMeet` and `constraints.neverMeet`. */
  readonly mustMeet: ReadonlySet<string>;
  readonly neverMeet: ReadonlySet<string>;
}

/** Normalises a validated event. Reads the event only. */
export function normalizeEvent(file: EventFile): NormalEvent {
  const settings = file.event;
  const zone = settings.timezone;
  const byId = new Map(file.clusters.map((c) => [c.id, c] as const));
  const eventCap = settings.maxMeetingsPerCluster ?? DEFAULT_CAP;
  const cap = new Map(file.clusters.map((c) => [c.id, c.maxMeetings ?? eventCap] as const));
  const windows = new Map(
    file.clusters.map((c) => [c.id, c.availability ? c.availability.map((w) => windowInterval(w, zone)).filter((x): x is Interval => x !== null) : null] as const),
  );
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
    competenceWeight: settings.competenceWeight ?? DEFAULT_COMPETENCE_WEIGHT,
    mustMeet: pairs(file.constraints?.mustMeet),
    neverMeet: pairs(file.constraints?.neverMeet),
  };
}

/** True when a cluster can meet in a round: the round lies inside one of its windows. */
export function isAvailable(normal: NormalEvent, id: string, slot: RoundSlot): boolean {
  const own = normal.windows.get(id);
  return own === null || own === undefined || insideOneWindow(slot, own);
}

/** The priority of a request, its default applied. */
export function priorityOf(request: { priority?: number }): number {
  return request.priority ?? DEFAULT_PRIORITY;
}
