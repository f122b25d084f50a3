/**
 * The problems that stopped an action, listed at the top of a form: each one
 * with its place in words, and a button that takes the focus to its field
 * when it has one. Read at once (`role="alert"`).
 */
import { el } from '../dom';

export interface SummaryItem {
  text: string;
  /** The field to go to, if the problem has one on the screen. */
  target: HTMLElement | null;
}

export function problemSummary(title: string, items: readonly SummaryItem[]): HTMLDivElement {
  const list = el(
    'ul',
    {},
    items.map(({ text, target }) => {
      if (!target) return el('li', { text });
      const go = el('button', { type: 'button', class: 'link', text });
      go.addEventListener('click', () => target.focus());
      return el('li', {}, [go]);
    }),
  );
  return el('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }, [el('p', { class: 'summary-title', text: title }), list]);
}

/** Replaces what `slot` shows with the summary, and moves the focus to it. */
export function showSummary(slot: HTMLElement, title: string, items: readonly SummaryItem[]): void {
  const summary = problemSummary(title, items);
  slot.replaceChildren(summary);
  summary.focus();
}
