/**
 * The suggested partners, each with why in the page's language and a button
 * that puts it in the wishes form.
 */
import type { Dictionary } from '../i18n/dictionary';
import type { PageWords } from '../i18n/page-words';
import type { ApiResult } from './api-client';
import { failureText } from './failure-text';
import type { ClusterProfile, SuggestionsView } from './api-types';
import { byId, el, note, show } from './dom';
import type { SuggestionSearch } from './suggestion-search';
import { suggestionLines } from './suggestion-view';
import type { WishesForm } from './wishes-form';

/** Each button says whether its cluster is already wished, or the list is full. */
export function updateSuggestionButtons(form: WishesForm, words: PageWords): void {
  const wished = new Set(form.wishedIds());
  const full = form.isFull();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-suggest]')) {
    const id = button.dataset.suggest ?? '';
    // aria-disabled rather than disabled: the button keeps the keyboard focus.
    button.setAttribute('aria-disabled', wished.has(id) || full ? 'true' : 'false');
    button.textContent = wished.has(id) ? words.inWishes : full ? words.wishesFull : words.addToWishes;
  }
}

export interface SuggestionsContext {
  words: Dictionary;
  profiles: ReadonlyMap<string, ClusterProfile>;
  nameOf: (id: string) => string;
  form: WishesForm;
  announce: (text: string) => void;
  /** The search and the region and sector choices over the list. */
  search: SuggestionSearch;
}

export function renderSuggestions(result: ApiResult<SuggestionsView>, ctx: SuggestionsContext): void {
  const body = byId('suggestions-body');
  const { page } = ctx.words;
  const lines = result.status === 200 && result.body ? suggestionLines(result.body, ctx.profiles, ctx.nameOf, ctx.words) : [];
  if (lines.length === 0) {
    ctx.search.hide();
    if (result.status === 409) return show(body, [note(page.suggestionsBlocked)]);
    if (result.status !== 200 || !result.body) return show(body, [note(failureText(result.status, page), 'notice')]);
    return show(body, [note(page.noSuggestions)]);
  }
  const items = lines.map((s, i) => {
    const titleId = `suggestion-${i + 1}`;
    const button = el('button', { type: 'button', class: 'secondary', 'data-suggest': s.clusterId, 'aria-describedby': titleId });
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') === 'true') return;
      if (ctx.form.wishedIds().includes(s.clusterId) || !ctx.form.addWish(s.clusterId)) return;
      ctx.announce(page.addedToWishes(s.name));
    });
    // The rank is written out, not counted by CSS: it stays the same when the search hides other partners.
    const rank = el('span', { class: 'rank' }, [el('span', { class: 'visually-hidden', text: `${page.rank} ` }), document.createTextNode(String(i + 1))]);
    return el('li', { class: 'suggestion card' }, [
      rank,
      el('div', { class: 'suggestion-head' }, [el('h3', { id: titleId, text: s.name }), s.about ? el('p', { class: 'muted small', text: s.about }) : null]),
      el('ul', { class: 'reasons', 'aria-label': page.why }, s.reasons.map((text) => el('li', { text }))),
      button,
    ]);
  });
  show(body, [el('ol', { class: 'suggestions' }, items)]);
  ctx.search.show(lines.map((line, i) => ({ line, item: items[i] })));
  updateSuggestionButtons(ctx.form, page);
}
