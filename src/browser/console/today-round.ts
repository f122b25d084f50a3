/**
 * What the « Aujourd'hui » screen reads from the published schedule at a
 * given time: the round in progress, and who sits at which table in it, by
 * name, in the order of the tables. Free of the DOM.
 */
import type { Round, Schedule } from '../../../solver/model/types';
import type { TableColumn } from './schedule-tables';

/** The round going on at `now` (ISO), from its start to its end; null between rounds or outside the day. */
export function currentRound(rounds: readonly Round[], now: string): Round | null {
  const t = Date.parse(now);
  return rounds.find((r) => Date.parse(r.start) <= t && t < Date.parse(r.end)) ?? null;
}

export interface TableRow {
  /** The table's name. */
  table: string;
  /** The two clusters' names. */
  names: [string, string];
}

/** The meetings of round `round`, one row a table, in the order of `tables` (unknown tables last, by id). */
export function roundTables(
  schedule: Pick<Schedule, 'meetings'>,
  round: number,
  tables: readonly TableColumn[],
  nameOf: (id: string) => string,
): TableRow[] {
  const order = new Map(tables.map((t, i) => [t.id, i]));
  const rank = (id: string) => order.get(id) ?? tables.length;
  const name = new Map(tables.map((t) => [t.id, t.name]));
  return schedule.meetings
    .filter((m) => m.round === round)
    .sort((a, b) => rank(a.table) - rank(b.table) || a.table.localeCompare(b.table, 'en', { numeric: true }))
    .map((m) => ({ table: name.get(m.table) ?? m.table, names: [nameOf(m.clusters[0]), nameOf(m.clusters[1])] }));
}
