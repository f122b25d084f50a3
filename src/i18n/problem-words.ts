/**
 * A sentence for every problem code, in each language, from the problem's
 * `params`. A sentence sits next to the field its path names, so it says what
 * is wrong without repeating where, and names no id. Params that a code may
 * lack are optional here: the sentence then says less.
 */
import type { CountedItems, ProblemCode } from '../../solver/model/types';

/** The values a problem names (`Problem['params']`). */
export type ProblemParams = Readonly<Record<string, string | number | undefined>>;

export type ProblemWords = { readonly [code in ProblemCode]: (params: ProblemParams) => string };

/** The noun of what a `too_many` problem counts (its `items` param), plural. */
export type CountedWords = { readonly [items in CountedItems]: string };

/** The words of `too_many` in one language. */
export interface TooManyWords {
  /** What each limit counts. */
  nouns: CountedWords;
  /** What a cluster's wishes count, which name no items. */
  partners: string;
  /** BCP 47 tag for `Intl.NumberFormat`. */
  locale: string;
  atMost: (max: string, noun: string) => string;
  tooMany: (noun: string) => string;
}

/** `At most 20,000 clusters.`: the noun of `items`, with the limit in the language's digits. */
export function tooManySentence(words: TooManyWords): (params: ProblemParams) => string {
  return ({ max, items }) => {
    const noun = typeof items === 'string' && Object.hasOwn(words.nouns, items) ? words.nouns[items as CountedItems] : words.partners;
    return typeof max === 'number' ? words.atMost(new Intl.NumberFormat(words.locale).format(max), noun) : words.tooMany(noun);
  };
}
