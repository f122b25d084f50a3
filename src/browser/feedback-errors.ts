/**
 * The API's problems on « Vos retours », as on the wishes form
 * (`form-errors.ts`): each one next to its part of the meeting's group, and
 * all of them listed at the top of the form, linked to their controls.
 */
import type { Problem } from '../../solver/model/types';
import type { Dictionary } from '../i18n/dictionary';
import { addFieldError, clearFormErrors, showSummary, summaryItem } from './error-summary';
import type { FeedbackGroup } from './feedback-form';
import { locateFeedback } from './feedback-meetings';
import { problemMessage } from './problem-view';

export interface FeedbackErrors {
  clear(): void;
  /** Shows `problems` on the groups sent (`sent[i]` is the group of `meetings[i]`), or `fallback` alone. */
  show(problems: readonly Problem[], sent: readonly FeedbackGroup[], fallback: string): void;
}

export function createFeedbackErrors(form: HTMLFormElement, summary: HTMLElement, words: Dictionary): FeedbackErrors {
  const colon = words.page.colon;

  const item = (text: string, control: HTMLElement | null) => summaryItem(text, control, '#feedback-form');

  return {
    clear: () => clearFormErrors(form, summary),

    show(problems, sent, fallback) {
      const items = problems.length
        ? problems.map((problem) => {
            const message = problemMessage(problem, words);
            const at = locateFeedback(problem.path);
            const group = at.index === null ? undefined : sent[at.index];
            if (!group) return item(message, null);
            const { control, target } = group.place(at.part);
            addFieldError(target, control.tagName === 'FIELDSET' ? null : control, message);
            // Named by the partner (the group's legend), then the part's label.
            const partner = group.element.querySelector('legend')?.textContent ?? '';
            const part = control.tagName === 'FIELDSET' ? '' : (control.closest('fieldset.choices')?.querySelector('legend') ?? form.querySelector(`label[for="${control.id}"]`))?.textContent ?? '';
            return item(`${[partner, part].filter(Boolean).join(' — ')}${colon}${message}`, control);
          })
        : [item(fallback, null)];
      showSummary(summary, items, words);
    },
  };
}
