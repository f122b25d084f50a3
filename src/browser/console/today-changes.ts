/**
 * What a re-planning changes, as lines with names and times: the meetings it
 * cancels, those it adds and those it moves (the counts come with the
 * changes). Free of the DOM.
 */
import type { Round } from '../../../solver/model/types';
import type { ConsoleWords } from '../../i18n/console-words';
import type { ExportWords } from '../../i18n/export-words';
import type { ScheduleChange } from './console-api-types';
import { roundTime, spansDays } from './schedule-grid';

export interface ChangeLines {
  cancelled: string[];
  added: string[];
  moved: string[];
}

export interface ChangeNames {
  nameOf(id: string): string;
  tableName(id: string): string;
  words: ConsoleWords;
  exports: Pick<ExportWords, 'tableLabel'>;
}

/** The lines of each kind of change, in the order of the rounds, then of the names. */
export function changeLines(changes: readonly ScheduleChange[], rounds: readonly Round[], names: ChangeNames): ChangeLines {
  const t = names.words.today;
  const withDay = spansDays({ rounds: [...rounds] });
  const byIndex = new Map(rounds.map((r) => [r.index, r]));
  const time = (round: number) => {
    const r = byIndex.get(round);
    return r ? roundTime(r, names.words.intlLocale, withDay) : String(round);
  };
  const sorted = [...changes].sort((a, b) => ((a.to ?? a.from)?.round ?? 0) - ((b.to ?? b.from)?.round ?? 0));
  const pair = (c: ScheduleChange) => [names.nameOf(c.clusters[0]), names.nameOf(c.clusters[1])] as const;
  const at = (c: ScheduleChange, place: { round: number; table: string }) =>
    t.meetingItem(...pair(c), time(place.round), names.exports.tableLabel(names.tableName(place.table)));
  return {
    cancelled: sorted.filter((c) => c.kind === 'cancelled' && c.from).map((c) => at(c, c.from!)),
    added: sorted.filter((c) => c.kind === 'added' && c.to).map((c) => at(c, c.to!)),
    moved: sorted.filter((c) => c.kind === 'moved' && c.from && c.to).map((c) => t.movedItem(...pair(c), time(c.from!.round), time(c.to!.round))),
  };
}
