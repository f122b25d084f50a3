/**
 * The API's problems on the wishes form: each one next to its field, and all
 * of them listed at the top of the form, linked to their fields. What they
 * say comes from their code (see `problem-view.ts`).
 */
import type { Problem } from '../../solver/model/types';
import type { Dictionary } from '../i18n/dictionary';
import { byId, part } from './dom';
import { addFieldError, clearFormErrors, showSummary, summaryItem } from './error-summary';
import { locate, problemMessage } from './problem-view';
import type { Sent } from './wishes-form';

export interface FormErrors {
  clear(): void;
  /** Shows `problems`, or `fallback` alone when the answer had none to show. */
  show(problems: readonly Problem[], sent: Sent, fallback: string): void;
}

export function createFormErrors(words: Dictionary, nameOf: (id: string) => string): FormErrors {
  const form = byId<HTMLFormElement>('wishes-form');
  const summary = byId('form-errors');
  const colon = words.page.colon;

  const labelOf = (control: HTMLElement | null): string => {
    const label = control?.id ? form.querySelector(`label[for="${control.id}"]`) : null;
    return label?.textContent?.trim() ?? '';
  };

  /** The field of a problem, where its message goes, and a prefix naming the declined cluster. */
  function place(problem: Problem, sent: Sent): { control: HTMLElement | null; target: HTMLElement | null; prefix: string } {
    const at = locate(problem.path);
    if (at.list === 'requests' && at.index !== null && sent.rows[at.index]) {
      const name = at.part === 'priority' ? 'priority' : 'to';
      return { control: part(sent.rows[at.index], name), target: part(sent.rows[at.index], `${name}-error`), prefix: '' };
    }
    if (at.list === 'declines' && at.index !== null && sent.boxes[at.index]) {
      const box = sent.boxes[at.index];
      byId<HTMLDetailsElement>('declines-details').open = true;
      return { control: box, target: byId('declines-error'), prefix: nameOf(box.value) + colon };
    }
    if (at.list === 'availability' && at.index !== null && sent.slots[at.index]) {
      const slot = sent.slots[at.index];
      return { control: part(slot, at.part === 'end' ? 'end' : 'start'), target: part(slot, 'error'), prefix: '' };
    }
    return { control: null, target: at.list ? byId(`${at.list}-error`) : null, prefix: '' };
  }

  const item = (text: string, focusable: HTMLElement | null) => summaryItem(text, focusable, '#wishes-form');

  return {
    clear: () => clearFormErrors(form, summary),

    show(problems, sent, fallback) {
      const items = problems.length
        ? problems.map((problem) => {
            const message = problemMessage(problem, words);
            const { control, target, prefix } = place(problem, sent);
            if (target) addFieldError(target, control, prefix + message);
            const label = labelOf(control);
            const text = (label && !prefix ? label + colon : prefix) + message;
            return item(text, control ?? target?.closest('fieldset') ?? null);
          })
        : [item(fallback, null)];
      showSummary(summary, items, words);
    },
  };
}
