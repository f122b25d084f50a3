/** The rounds and tables a meeting can go to, as `<option>`s. */
import type { Round } from '../../../solver/model/types';
import type { ConsoleWords } from '../../i18n/console-words';
import { el } from '../dom';
import { roundTime } from './schedule-grid';
import type { TableColumn } from './schedule-tables';

export function roundOptions(rounds: readonly Round[], withDay: boolean, words: ConsoleWords): HTMLOptionElement[] {
  return rounds.map((r) => el('option', { value: String(r.index), text: words.edit.roundOption(r.index, roundTime(r, words.intlLocale, withDay)) }));
}

export function tableOptions(tables: readonly TableColumn[]): HTMLOptionElement[] {
  return tables.map((t) => el('option', { value: t.id, text: t.name }));
}
