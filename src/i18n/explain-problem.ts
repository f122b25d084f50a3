/**
 * A problem (`{ path, code, params }`) in the reader's language, from its code:
 * never from its English message.
 */
import type { Problem } from '../../solver/model/types';
import type { ProblemWords } from './problem-words';

/** The sentence of `problem.code`; a code this dictionary does not know reads as an invalid value. */
export function explainProblem(problem: Pick<Problem, 'code' | 'params'>, words: ProblemWords): string {
  const sentence = words[problem.code] ?? words.invalid_value;
  return sentence(problem.params ?? {});
}
