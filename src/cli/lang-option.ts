/** `--lang fr|en`: the language of what a person reads from the command line (summary, calendars, CSV). */
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/lang';
import { UsageError } from './io';

/** The option as `parseOptions` declares it. */
export const LANG_OPTION = { lang: { type: 'string' } } as const;

/**
 * The language of `--lang`, French when absent.
 * @throws UsageError naming the option and the languages there are, for any other value.
 */
export function langOption(text: string | undefined): Lang {
  if (text === undefined) return DEFAULT_LANG;
  const lang = LANGS.find((l) => l === text);
  if (lang === undefined) throw new UsageError(`--lang: ${JSON.stringify(text)} is not a supported language (use ${LANGS.join(' or ')})`);
  return lang;
}
