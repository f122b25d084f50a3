/** Why an edit was refused, as a list read at once (`role="alert"`). */
import { el } from '../dom';

export function refusalBox(title: string, reasons: readonly string[]): HTMLDivElement {
  return el('div', { class: 'error-summary', role: 'alert' }, [
    el('p', { class: 'summary-title', text: title }),
    el('ul', {}, reasons.map((text) => el('li', { class: 'refusal', text }))),
  ]);
}
