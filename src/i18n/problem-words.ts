/**
 * A sentence for every problem code, in each language, from the problem's
 * `params`. A sentence sits next to the field its path names, so it says what
 * is wrong without repeating where, and names no id. Params that a code may
 * lack are optional here: the sentence then says less.
 */
import type { ProblemCode } from '../../solver/model/types';

/** The values a problem names (`Problem['params']`). */
export type ProblemParams = Readonly<Record<string, string | number | undefined>>;

export type ProblemWords = { readonly [code in ProblemCode]: (params: ProblemParams) => string };
