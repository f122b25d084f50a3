/**
 * « Ajouter une rencontre »: two clusters, a round and a table. The server
 * checks the new meeting with the rest of the schedule; a refusal shows why.
 */
import type { ConsoleWords } from '../../i18n/console-words';
import { el } from '../dom';
import { refusalBox } from './refusal-view';
import type { Place } from './schedule-edits';
import { field, setStatus, statusLine } from './screen';

export interface AddMeetingOptions {
  clusters: readonly { id: string; name: string }[];
  rounds: HTMLOptionElement[];
  tables: HTMLOptionElement[];
  /** Sends the new meeting; resolves to the reasons of a refusal, or null when it was saved. */
  save(a: string, b: string, at: Place): Promise<string[] | null>;
}

export function addMeetingForm(words: ConsoleWords, options: AddMeetingOptions): HTMLFormElement {
  const t = words.edit;
  const clusterSelect = () =>
    el('select', {}, [el('option', { value: '', text: t.chooseCluster }), ...options.clusters.map((c) => el('option', { value: c.id, text: c.name }))]);
  const a = clusterSelect();
  const b = clusterSelect();
  const round = el('select', {}, options.rounds);
  const table = el('select', {}, options.tables);
  const errors = el('div', { class: 'errors-slot' });
  const status = statusLine();
  const submit = el('button', { type: 'submit', class: 'primary', text: t.addSubmit });
  const form = el('form', { class: 'add-meeting', novalidate: '', 'aria-labelledby': 'add-title' }, [
    el('h3', { id: 'add-title', text: t.addTitle }),
    el('p', { class: 'hint', text: t.addIntro }),
    errors,
    el('div', { class: 'row' }, [
      field('add-a', t.clusterA, a),
      field('add-b', t.clusterB, b),
      field('add-round', t.round, round),
      field('add-table', t.table, table),
    ]),
    el('div', { class: 'actions' }, [submit, status]),
  ]);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.replaceChildren();
    const local = !a.value || !b.value ? t.chooseBoth : a.value === b.value ? t.samePair : null;
    if (local) {
      errors.replaceChildren(refusalBox(t.refused(1), [local]));
      return (a.value ? b : a).focus();
    }
    submit.disabled = true;
    setStatus(status, t.saving);
    void options.save(a.value, b.value, { round: Number(round.value), table: table.value }).then((reasons) => {
      submit.disabled = false;
      setStatus(status, '');
      if (reasons) errors.replaceChildren(refusalBox(t.refused(reasons.length), reasons));
    });
  });
  return form;
}
