/**
 * Which suggested partners the search field and the region and sector
 * choices keep, and which regions and sectors to offer. Free of the DOM;
 * `suggestion-search.ts` wires it to the page.
 */
import type { SuggestionLines } from './suggestion-view';

export interface SuggestionCriteria {
  /** What is typed in the search field: every word must appear in the partner's name, sector, region, offers, seeks or reasons. */
  query: string;
  /** The only region to keep, `''` for all of them. */
  region: string;
  /** The only sector to keep, `''` for all of them. */
  sector: string;
}

export const NO_CRITERIA: SuggestionCriteria = { query: '', region: '', sector: '' };

/** True when the criteria keep every partner. */
export function isUnfiltered(criteria: SuggestionCriteria): boolean {
  return foldText(criteria.query) === '' && criteria.region === '' && criteria.sector === '';
}

/**
 * Text as the search compares it: without case, accents or ligatures, with
 * one kind of apostrophe and single spaces, so that `metrologie` finds
 * `Métrologie` and `coeur` finds `Cœur`.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘‛`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

// The searchable text of a partner, folded once: the list is filtered at each key press.
const haystacks = new WeakMap<SuggestionLines, string>();

function haystack(line: SuggestionLines): string {
  let text = haystacks.get(line);
  if (text === undefined) {
    text = foldText([line.name, line.sector ?? '', line.region ?? '', ...line.offers, ...line.seeks, ...line.reasons].join('\n'));
    haystacks.set(line, text);
  }
  return text;
}

/** The partners that meet every criterion, in their order (the ranking). */
export function filterSuggestions<T extends SuggestionLines>(lines: readonly T[], criteria: SuggestionCriteria): T[] {
  const words = foldText(criteria.query).split(' ').filter(Boolean);
  const region = foldText(criteria.region);
  const sector = foldText(criteria.sector);
  return lines.filter(
    (line) =>
      (region === '' || foldText(line.region ?? '') === region) &&
      (sector === '' || foldText(line.sector ?? '') === sector) &&
      words.every((word) => haystack(line).includes(word)),
  );
}

export interface FilterChoices {
  regions: string[];
  sectors: string[];
}

/**
 * The regions and the sectors of the partners, each once (spellings that
 * differ only by case or accents count as one, written as first met), in the
 * page's alphabetical order.
 */
export function filterChoices(lines: readonly SuggestionLines[], locale: string): FilterChoices {
  const distinct = (values: (string | undefined)[]): string[] => {
    const byKey = new Map<string, string>();
    for (const value of values) {
      const key = foldText(value ?? '');
      if (key !== '' && !byKey.has(key)) byKey.set(key, value!.trim());
    }
    return [...byKey.values()].sort((a, b) => a.localeCompare(b, locale, { sensitivity: 'base' }));
  };
  return { regions: distinct(lines.map((l) => l.region)), sectors: distinct(lines.map((l) => l.sector)) };
}
