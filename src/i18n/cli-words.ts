/**
 * The words of the command line's summary (`maillage solve`) and of the lines
 * that say which files were written. Numbers come formatted; names, never ids.
 */
import type { Objective } from '../../solver/model/types';

export interface CliWords {
  /** BCP 47 tag for `Intl.NumberFormat`. */
  locale: string;
  objective: Record<Objective, string>;
  /** `20 tables`, or unlimited tables when `count` is undefined. */
  tables(count: number | undefined): string;
  /** `Journée … — 7 tours, 20 tables, objectif « équité »` */
  heading(eventName: string, rounds: number, tables: string, objective: string): string;
  /** `Tour 3  2015-09-10 14:50–15:10  (18 rencontres)` */
  round(index: number, day: string, time: string, meetings: number): string;
  /** `valeur 9` */
  value(value: string): string;
  locked: string;
  /** `12 avec 3` : `clusters` clusters have `meetings` meetings each. */
  clustersWith(clusters: number, meetings: number): string;
  meetingsPerCluster(parts: string): string;
  withoutMeeting(names: string): string;
  unmetRequests(count: number): string;
  colon: string;
  proven: string;
  /** Not proven optimal; the schedule is at most `gap` below the bound. */
  notProven(gap: string): string;
  /** The last line: value against its bound, coverage, meetings, idle rounds and solve time. */
  totals(t: {
    value: string;
    upperBound: string;
    proof: string;
    covered: number;
    clusters: number;
    meetings: number;
    idleRounds: number;
    solveMs: string;
  }): string;
  scheduleWritten(file: string): string;
  /** `Calendars written to out/ics: event.ics and 38 cluster agendas` */
  calendarsWritten(dir: string, eventFile: string, agendas: number): string;
  csvWritten(file: string, meetings: number): string;
  /** `maillage organiser …`: the lines it prints. */
  organiser: {
    added(name: string): string;
    rotated(name: string): string;
    revoked(name: string): string;
    /** Said under a new token: it is not shown again. */
    tokenOnce: string;
    /** One line of `list`: name, state, events owned, dates (ISO, as stored). */
    line(a: { name: string; revoked: boolean; events: number; createdAt: string; rotatedAt?: string }): string;
    none: string;
  };
}
