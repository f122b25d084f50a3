/**
 * The rounds × tables grid of a schedule as data: one row per round with its
 * times, one column per table, each cell the meeting there with the two
 * clusters' names, whether it is locked and how it differs from the published
 * schedule. Free of the DOM; `grid-view.ts` draws it.
 */
import type { LockedMeeting, Schedule } from '../../../solver/model/types';
import type { ConsoleWords } from '../../i18n/console-words';
import type { ExportWords } from '../../i18n/export-words';
import type { NameOf } from '../../i18n/explain';
import { dayLabel, wallDate, wallTime } from '../text';
import type { ScheduleChange } from './console-api-types';
import { keyOf, pairKey } from './meeting-pairs';
import type { TableColumn } from './schedule-tables';

export interface GridCell {
  /** Index of the meeting in `schedule.meetings`. */
  index: number;
  clusters: [string, string];
  names: [string, string];
  locked: boolean;
  /** Against the published schedule, when a draft is shown. */
  change: 'moved' | 'added' | null;
  /** Where a moved meeting was: `tour 2, table T3`. */
  before: string | null;
}

export interface GridRow {
  round: number;
  /** `Tour 3` */
  label: string;
  /** `14:50–15:10`, with the day first when the event spans several days. */
  time: string;
  cells: (GridCell | null)[];
}

export interface Grid {
  columns: TableColumn[];
  rows: GridRow[];
}

export interface GridContext {
  nameOf: NameOf;
  tableName(id: string): string;
  exports: ExportWords;
  words: ConsoleWords;
  /** The organiser's locks. */
  locks: readonly LockedMeeting[];
  /** The changes of the shown draft against the published schedule (empty otherwise). */
  changes: readonly ScheduleChange[];
}

/** `14:00–14:20`, or `Jeudi 10 septembre, 14:00–14:20` when `withDay`. */
export function roundTime(round: { start: string; end: string }, locale: string, withDay: boolean): string {
  const time = `${wallTime(round.start)}–${wallTime(round.end)}`;
  return withDay ? `${dayLabel(wallDate(round.start), locale)}, ${time}` : time;
}

/** True when the rounds fall on more than one day. */
export function spansDays(schedule: Pick<Schedule, 'rounds'>): boolean {
  return new Set(schedule.rounds.map((r) => wallDate(r.start))).size > 1;
}

/** `tour 2, table T3` */
export function placeText(place: { round: number; table: string }, ctx: Pick<GridContext, 'tableName' | 'exports' | 'words'>): string {
  return ctx.words.schedule.place(place.round, ctx.exports.tableLabel(ctx.tableName(place.table)));
}

export function scheduleGrid(schedule: Schedule, columns: readonly TableColumn[], ctx: GridContext): Grid {
  const locked = new Set(ctx.locks.map(keyOf));
  const changes = new Map(ctx.changes.filter((c) => c.kind !== 'cancelled').map((c) => [keyOf(c), c]));
  const column = new Map(columns.map((c, i) => [c.id, i]));
  const withDay = spansDays(schedule);
  const rows: GridRow[] = schedule.rounds.map((r) => ({
    round: r.index,
    label: ctx.exports.roundNumber(r.index),
    time: roundTime(r, ctx.words.intlLocale, withDay),
    cells: columns.map(() => null),
  }));
  const rowOf = new Map(rows.map((row, i) => [row.round, i]));
  schedule.meetings.forEach((m, index) => {
    const row = rowOf.get(m.round);
    const col = column.get(m.table);
    if (row === undefined || col === undefined) return;
    const change = changes.get(pairKey(m.clusters[0], m.clusters[1]));
    rows[row].cells[col] = {
      index,
      clusters: m.clusters,
      names: [ctx.nameOf(m.clusters[0]), ctx.nameOf(m.clusters[1])],
      locked: locked.has(keyOf(m)),
      change: change ? (change.kind as 'moved' | 'added') : null,
      before: change?.kind === 'moved' && change.from ? placeText(change.from, ctx) : null,
    };
  });
  return { columns: [...columns], rows };
}
