/**
 * « Déplacer »: a modal dialog with the round and the table to move a
 * meeting to. It stays open with the reasons when the server refuses, and
 * closes with Escape or « Annuler » (the focus then goes back to the button
 * that opened it).
 */
import type { ConsoleWords } from '../../i18n/console-words';
import { el } from '../dom';
import { refusalBox } from './refusal-view';
import type { Place } from './schedule-edits';
import { field, setStatus, statusLine } from './screen';

export interface MoveRequest {
  names: [string, string];
  from: Place;
  rounds: HTMLOptionElement[];
  tables: HTMLOptionElement[];
  /** Sends the move; resolves to the reasons of a refusal, or null when it was saved. */
  save(to: Place): Promise<string[] | null>;
}

export interface MoveDialog {
  element: HTMLDialogElement;
  open(request: MoveRequest): void;
}

export function createMoveDialog(words: ConsoleWords): MoveDialog {
  const t = words.edit;
  const title = el('h3', { id: 'move-title' });
  const round = el('select');
  const table = el('select');
  const errors = el('div', { class: 'errors-slot' });
  const status = statusLine();
  const save = el('button', { type: 'submit', class: 'primary', text: t.saveMove });
  const cancel = el('button', { type: 'button', class: 'secondary', text: t.cancel });
  const form = el('form', { novalidate: '' }, [
    title,
    errors,
    el('div', { class: 'row' }, [field('move-round', t.round, round), field('move-table', t.table, table)]),
    el('div', { class: 'actions' }, [save, cancel, status]),
  ]);
  const element = el('dialog', { class: 'move-dialog', 'aria-labelledby': 'move-title' }, [form]);
  let current: MoveRequest | null = null;

  cancel.addEventListener('click', () => element.close());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!current) return;
    const request = current;
    save.disabled = true;
    errors.replaceChildren();
    setStatus(status, t.saving);
    void request.save({ round: Number(round.value), table: table.value }).then((reasons) => {
      save.disabled = false;
      setStatus(status, '');
      if (reasons === null) return element.close();
      errors.replaceChildren(refusalBox(t.refused(reasons.length), reasons));
      round.focus();
    });
  });

  return {
    element,
    open(request) {
      current = request;
      title.textContent = t.moveTitle(request.names[0], request.names[1]);
      round.replaceChildren(...request.rounds);
      table.replaceChildren(...request.tables);
      round.value = String(request.from.round);
      table.value = request.from.table;
      errors.replaceChildren();
      setStatus(status, '');
      element.showModal();
      round.focus();
    },
  };
}
