/**
 * The tables of an event, in order, with their names: `T1..Tn` for a count,
 * the list as given, or (unlimited tables) those the schedule uses. Free of
 * the DOM.
 */
import type { EventSettings, Schedule } from '../../../solver/model/types';

export interface TableColumn {
  id: string;
  name: string;
}

const natural = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export function tablesOf(settings: Pick<EventSettings, 'tables'>, schedule: Pick<Schedule, 'meetings'> | null): TableColumn[] {
  const given = settings.tables;
  const columns: TableColumn[] =
    typeof given === 'number'
      ? Array.from({ length: given }, (_, k) => ({ id: `T${k + 1}`, name: `T${k + 1}` }))
      : Array.isArray(given)
        ? given.map((t) => ({ id: t.id, name: t.name }))
        : [];
  // Unlimited tables, or a table the event no longer has: the schedule's own.
  const known = new Set(columns.map((c) => c.id));
  const extra = [...new Set((schedule?.meetings ?? []).map((m) => m.table))].filter((id) => !known.has(id)).sort(natural);
  return [...columns, ...extra.map((id) => ({ id, name: id }))];
}

/** A table's name from its id (the id when unknown). */
export function tableNamer(columns: readonly TableColumn[]): (id: string) => string {
  const names = new Map(columns.map((c) => [c.id, c.name]));
  return (id) => names.get(id) ?? id;
}
