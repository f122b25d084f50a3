/**
 * The model's rules, recomputed from an event file straight from the
 * specification: pair values, caps, availability, tables, constraints and
 * the pairs' meeting windows.
 * Used by the independent checker and the brute-force tests, never by the
 * solver. It reads only the contract (types, defaults, the pair key) and the
 * time grid: the value rule is written here a second time on purpose, so that
 * a bug in the solver's value rules shows as a disagreement.
 */
import { DEFAULT_CAP, DEFAULT_COMPETENCE_WEIGHT, DEFAULT_PRIORITY, numberedTableIds, PRIORITY_VALUE_BASE } from '../model/defaults';
import { pairKey } from '../model/pair-key';
import type { ClusterInput, EventFile, ProblemCode } from '../model/types';
import { roundSlots, windowInterval, type Interval, type RoundSlot } from '../time/round-grid';
import { formatInZone } from '../time/zoned-time';

/** Tolerance on values, which are sums of possibly fractional weights. */
export const VALUE_EPSILON = 1e-9;

/** Adds one located problem to a checker's list. */
export type Report = (path: string, code: ProblemCode, message: string, params?: Record<string, string | number>) => void;

/** A round of the grid with the times the schedule must show. */
export interface GridRound extends RoundSlot {
  start: string;
  end: string;
}

/** A term folded for matching: no accents, lower case, single spaces. */
export function foldTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

function foldedSet(terms: readonly string[] | undefined): Set<string> {
  // An empty term after folding names nothing, so it never matches.
  return new Set((terms ?? []).map(foldTerm).filter((t) => t !== ''));
}

function countShared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const term of a) if (b.has(term)) n++;
  return n;
}

/** Everything the checks need, derived once from an event file. */
export interface Rules {
  grid: GridRound[];
  clusters: Map<string, ClusterInput>;
  /** Meetings allowed per round; `Infinity` when tables are unlimited. */
  tableLimit: number;
  /** Valid table ids, or `null` when any non-empty id is valid. */
  tableIds: Set<string> | null;
  mustMeet: Set<string>;
  neverMeet: Set<string>;
  /** Cap of a known cluster. */
  cap(id: string): number;
  /** Whether a known cluster can take a meeting in a round of the grid. */
  available(id: string, round: GridRound): boolean;
  /** Whether the pair {a, b} may meet in a round: it has no meeting windows, or the round lies inside one. */
  insideMeetingWindow(a: string, b: string, round: GridRound): boolean;
  /** Value of the pair of two known clusters. */
  pairValue(a: string, b: string): number;
  /** Priority of the request from `from` to `to`, or `undefined` when there is none. */
  requestPriority(from: string, to: string): number | undefined;
  /** Value of one offered/sought term match. */
  competenceWeight: number;
}

/** The round grid with its formatted times. */
export function roundGrid(event: EventFile): GridRound[] {
  const zone = event.event.timezone;
  return roundSlots(event.event).map((slot) => ({ ...slot, start: formatInZone(slot.startMs, zone), end: formatInZone(slot.endMs, zone) }));
}

/** Derives the rules of an event. Assumes the event is valid; reads it only. */
export function deriveRules(event: EventFile): Rules {
  const settings = event.event;
  const clusters = new Map(event.clusters.map((c) => [c.id, c] as const));

  const requestValue = new Map<string, number>();
  const priority = new Map<string, number>();
  for (const r of event.requests ?? []) {
    priority.set(`${r.from}\u0000${r.to}`, r.priority ?? DEFAULT_PRIORITY);
    const key = pairKey(r.from, r.to);
    requestValue.set(key, (requestValue.get(key) ?? 0) + PRIORITY_VALUE_BASE - (r.priority ?? DEFAULT_PRIORITY));
  }

  const offers = new Map<string, Set<string>>();
  const seeks = new Map<string, Set<string>>();
  const windows = new Map<string, Interval[] | null>();
  for (const c of event.clusters) {
    offers.set(c.id, foldedSet(c.offers));
    seeks.set(c.id, foldedSet(c.seeks));
    windows.set(c.id, c.availability ? c.availability.map((w) => windowInterval(w, settings.timezone)).filter((w): w is Interval => w !== null) : null);
  }

  const meetingWindows = new Map<string, Interval[]>();
  for (const { clusters, windows: list } of event.constraints?.meetingWindows ?? []) {
    meetingWindows.set(pairKey(clusters[0], clusters[1]), list.map((w) => windowInterval(w, settings.timezone)).filter((w): w is Interval => w !== null));
  }

  const tables = settings.tables;
  const tableIds =
    tables === undefined ? null : typeof tables === 'number' ? new Set(numberedTableIds(Math.max(0, tables))) : new Set(tables.map((t) => t.id));
  const weight = settings.competenceWeight ?? DEFAULT_COMPETENCE_WEIGHT;

  return {
    grid: roundGrid(event),
    clusters,
    tableLimit: tables === undefined ? Infinity : typeof tables === 'number' ? tables : tables.length,
    tableIds,
    mustMeet: new Set((event.constraints?.mustMeet ?? []).map(([a, b]) => pairKey(a, b))),
    neverMeet: new Set((event.constraints?.neverMeet ?? []).map(([a, b]) => pairKey(a, b))),
    cap: (id) => clusters.get(id)?.maxMeetings ?? settings.maxMeetingsPerCluster ?? DEFAULT_CAP,
    available(id, round) {
      const own = windows.get(id);
      return own == null || own.some((w) => w.startMs <= round.startMs && round.endMs <= w.endMs);
    },
    insideMeetingWindow(a, b, round) {
      const own = meetingWindows.get(pairKey(a, b));
      return own === undefined || own.some((w) => w.startMs <= round.startMs && round.endMs <= w.endMs);
    },
    pairValue(a, b) {
      const matches =
        countShared(offers.get(a) ?? new Set(), seeks.get(b) ?? new Set()) +
        countShared(offers.get(b) ?? new Set(), seeks.get(a) ?? new Set());
      return (requestValue.get(pairKey(a, b)) ?? 0) + weight * matches;
    },
    requestPriority: (from, to) => priority.get(`${from}\u0000${to}`),
    competenceWeight: weight,
  };
}
