/** Building blocks of the console's screens: the heading, the fields, the status lines. */
import type { ConsoleWords } from '../../i18n/console-words';
import { el, show } from '../dom';

/** The screen's `<h1>`, focusable so that a new screen can move the focus to it. */
export function screenHeading(text: string): HTMLHeadingElement {
  return el('h1', { tabindex: '-1', text });
}

/** Shows a screen: its nodes, the window's title, and the focus on its heading (for keyboards and screen readers). */
export function enterScreen(container: HTMLElement, title: string, nodes: (Node | null)[], words: ConsoleWords, focus = true): void {
  show(container, nodes);
  document.title = words.shell.screenTitle(title);
  if (focus) container.querySelector<HTMLElement>('h1')?.focus();
}

/** A labelled field: label, control, optional hint and an error line, tied together by ids. */
export function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLDivElement {
  control.id = id;
  const described = [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', described);
  return el('div', { class: 'field' }, [
    el('label', { for: id, text: label }),
    control,
    hint ? el('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null,
    el('p', { class: 'field-error', id: `${id}-error`, hidden: '' }),
  ]);
}

/** A polite status line (`role="status"`), for what an action did. */
export function statusLine(id?: string): HTMLParagraphElement {
  return el('p', { class: 'status', role: 'status', ...(id ? { id } : {}) });
}

/** Sets a status line's text and tone. */
export function setStatus(line: HTMLElement, text: string, tone: 'ok' | 'error' | 'info' = 'info'): void {
  line.classList.remove('ok', 'error', 'info');
  line.classList.add('status', tone);
  line.textContent = text;
}

/** A message that is read at once (`role="alert"`). */
export function alertBox(text: string): HTMLDivElement {
  return el('div', { class: 'alert', role: 'alert' }, [el('p', { text })]);
}
