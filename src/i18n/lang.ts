/** Languages of everything a person reads: pages, calendars, CSV, emails, the CLI summary. */
export type Lang = 'fr' | 'en';

/** French by default: the events are French regional days. */
export const DEFAULT_LANG: Lang = 'fr';

export const LANGS: readonly Lang[] = ['fr', 'en'];

/** A language from a query or an option: `en` for English, anything else the default. */
export function langOf(value: unknown): Lang {
  return value === 'en' ? 'en' : DEFAULT_LANG;
}
