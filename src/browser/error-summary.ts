/**
 * The list of a form's problems at its top, as every form of the pages shows
 * it: each item links to its control, the list takes the focus, and clearing
 * the form hides every message and unmarks every field.
 */
import type { Dictionary } from '../i18n/dictionary';
import { el, show } from './dom';

/** One item of the summary, linked to `control` (a fieldset is scrolled to, a field focused), else to `fallbackHref`. */
export function summaryItem(text: string, control: HTMLElement | null, fallbackHref: string): HTMLLIElement {
  const link = el('a', { href: control?.id ? `#${control.id}` : fallbackHref, text });
  link.addEventListener('click', (event) => {
    if (!control) return;
    event.preventDefault();
    if (control.tagName === 'FIELDSET') control.scrollIntoView();
    else control.focus();
  });
  return el('li', {}, [link]);
}

/** Puts `message` after what `target` already says, shows it, and marks `control` invalid. */
export function addFieldError(target: HTMLElement, control: HTMLElement | null, message: string): void {
  target.textContent = target.textContent ? `${target.textContent} ${message}` : message;
  target.hidden = false;
  if (control) control.setAttribute('aria-invalid', 'true');
}

/** Hides the summary and every message of `form`, and unmarks its fields. */
export function clearFormErrors(form: HTMLElement, summary: HTMLElement): void {
  summary.hidden = true;
  summary.replaceChildren();
  for (const p of form.querySelectorAll<HTMLElement>('.field-error')) {
    p.hidden = true;
    p.textContent = '';
  }
  for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
}

/** Shows the summary of `items`, with their count, and moves the focus to it. */
export function showSummary(summary: HTMLElement, items: HTMLLIElement[], words: Dictionary): void {
  show(summary, [el('p', { class: 'summary-title', text: words.page.errorsCount(items.length) }), el('ul', {}, items)]);
  summary.hidden = false;
  summary.focus();
}
