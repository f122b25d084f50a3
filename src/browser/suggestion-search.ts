/**
 * The search field and the region and sector choices above the suggested
 * partners: as the cluster types or chooses, the partners that do not match
 * are hidden and the count is said. Hiding a partner leaves the wishes form
 * as it is.
 */
import type { PageWords } from '../i18n/page-words';
import { byId, el } from './dom';
import { filterChoices, filterSuggestions, isUnfiltered, type SuggestionCriteria } from './suggestion-filter';
import type { SuggestionLines } from './suggestion-view';

/** A suggested partner and its item in the list. */
export interface ShownSuggestion {
  line: SuggestionLines;
  item: HTMLElement;
}

export interface SuggestionSearch {
  /** Offers the controls for these partners, keeping what is typed and chosen, and applies them. */
  show(entries: ShownSuggestion[]): void;
  /** Hides the controls: there is no partner to search. */
  hide(): void;
}

export function createSuggestionSearch(words: PageWords): SuggestionSearch {
  const box = byId('suggestion-filters');
  const search = byId<HTMLInputElement>('suggestion-search');
  const region = byId<HTMLSelectElement>('suggestion-region');
  const sector = byId<HTMLSelectElement>('suggestion-sector');
  const count = byId('suggestion-count');
  const reset = byId<HTMLButtonElement>('suggestion-reset');
  const empty = byId('suggestions-empty');
  let entries: ShownSuggestion[] = [];

  const criteria = (): SuggestionCriteria => ({ query: search.value, region: region.value, sector: sector.value });

  function apply(): void {
    const kept = new Set(filterSuggestions(entries.map((e) => e.line), criteria()));
    for (const { line, item } of entries) item.hidden = !kept.has(line);
    count.textContent = words.partnersShown(kept.size, entries.length);
    empty.hidden = kept.size > 0 || entries.length === 0;
    reset.hidden = isUnfiltered(criteria());
  }

  /** The choices after "all"; a choice between fewer than two values is no choice, and is not shown. */
  function offer(select: HTMLSelectElement, values: string[]): void {
    const current = select.value;
    select.replaceChildren(select.options[0], ...values.map((value) => el('option', { value, text: value })));
    const useful = values.length >= 2;
    select.value = useful && values.includes(current) ? current : '';
    byId(`${select.id}-field`).hidden = !useful;
  }

  search.addEventListener('input', apply);
  region.addEventListener('change', apply);
  sector.addEventListener('change', apply);
  reset.addEventListener('click', () => {
    search.value = '';
    region.value = '';
    sector.value = '';
    apply();
    search.focus();
  });

  return {
    show(next) {
      entries = next;
      const choices = filterChoices(
        next.map((e) => e.line),
        words.intlLocale,
      );
      offer(region, choices.regions);
      offer(sector, choices.sectors);
      box.hidden = false;
      apply();
    },
    hide() {
      entries = [];
      box.hidden = true;
      empty.hidden = true;
    },
  };
}
