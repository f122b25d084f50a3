/**
 * Names behind the ids of a schedule: clusters and tables, as every export shows them.
 */
import { normalizeEvent, type Attendee, type ClusterInput, type EventFile, type Meeting } from '../../solver';

export interface EventLookup {
  /** The cluster, or `undefined` when the event no longer has it. */
  cluster(id: string): ClusterInput | undefined;
  /** The cluster's name, or its id when the event no longer has it. */
  clusterName(id: string): string;
  /** The table's name when `event.tables` is a list, else its id. */
  tableName(id: string): string;
  /** Table ids in display order: the event's list, `T1..Tn`, then any other id met in `meetings`. */
  tableIds(meetings: readonly Meeting[]): string[];
}

/** Natural order, so that `T2` comes before `T10`. */
export function compareNatural(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

export function eventLookup(file: EventFile): EventLookup {
  const normal = normalizeEvent(file);
  const clusters = normal.byId;
  const tableNames = normal.tableNames;
  const declared = normal.tables ?? [];

  return {
    cluster: (id) => clusters.get(id),
    clusterName: (id) => clusters.get(id)?.name ?? id,
    tableName: (id) => tableNames.get(id) ?? id,
    tableIds(meetings) {
      const known = new Set(tableNames.keys());
      const extra = [...new Set(meetings.map((m) => m.table))].filter((id) => !known.has(id));
      return [...declared, ...extra.sort(compareNatural)];
    },
  };
}

/** Meetings in time order, then by table, then by pair: the order of every export. */
export function sortMeetings<M extends Pick<Meeting, 'start' | 'table' | 'clusters'>>(
  meetings: readonly M[],
): M[] {
  return [...meetings].sort(
    (x, y) =>
      Date.parse(x.start) - Date.parse(y.start) ||
      compareNatural(x.table, y.table) ||
      compareNatural(x.clusters.join('|'), y.clusters.join('|')),
  );
}

/** `Jeanne Dupont <jeanne@example.fr>` */
export function formatAttendee(a: Attendee): string {
  return a.email ? `${a.name} <${a.email}>` : a.name;
}
