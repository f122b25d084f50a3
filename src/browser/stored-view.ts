/** What is stored of the cluster's wishes, as the API last answered. */
import type { PageWords } from '../i18n/page-words';
import type { PreferencesView } from './api-types';
import { byId, el, note, show } from './dom';
import { dateTimeLabel, dayLabel } from './text';

export function renderStored(view: PreferencesView, words: PageWords, nameOf: (id: string) => string, timezone: string): void {
  const nodes: Node[] = [];
  if (!view.submitted || !view.submittedAt) {
    nodes.push(note(view.requests.length ? `${words.notSubmitted} ${words.prefilled}` : words.notSubmitted));
  } else {
    nodes.push(note(words.savedAt(dateTimeLabel(view.submittedAt, words.intlLocale, timezone))));
  }
  const entry = (title: string, items: string[]) =>
    el('div', {}, [
      el('dt', { text: title }),
      items.length
        ? el('dd', {}, [el('ul', { class: 'plain' }, items.map((text) => el('li', { text })))])
        : el('dd', { class: 'muted', text: words.storedNone }),
    ]);
  const availability = view.availability
    ? view.availability.map((w) => `${dayLabel(w.date, words.intlLocale)}, ${w.start}–${w.end}`)
    : [words.storedWholeEvent];
  nodes.push(
    el('dl', { class: 'stored' }, [
      entry(words.storedRequests, view.requests.map((r) => `${nameOf(r.to)} — ${words.priorityN(r.priority)}`)),
      entry(words.storedDeclines, view.declines.map(nameOf)),
      entry(words.storedAvailability, availability),
    ]),
  );
  show(byId('stored-body'), nodes);
}
