/**
 * A problem (`{ path, code, params }`) in the reader's language, from its code:
 * never from its English message.
 */
import type { Problem } from '../../solver/model/types';
import type { EditProblemWords } from './edit-problem-words';
import type { NameOf } from './explain';
import type { ProblemParams, ProblemWords } from './problem-words';

/** The sentence of `problem.code`; a code this dictionary does not know reads as an invalid value. */
export function explainProblem(problem: Pick<Problem, 'code' | 'params'>, words: ProblemWords): string {
  const sentence = words[problem.code] ?? words.invalid_value;
  return sentence(problem.params ?? {});
}

/** What names the ids of a problem's params. */
export interface ProblemNames {
  nameOf: NameOf;
  /** A table's name from its id. */
  tableName(id: string): string;
}

/** The params with names in place of the ids of clusters (`cluster`, `a`, `b`) and tables (`table`). */
function named(params: ProblemParams, { nameOf, tableName }: ProblemNames): ProblemParams {
  const out: Record<string, string | number | undefined> = { ...params };
  for (const key of ['cluster', 'a', 'b'] as const) if (params[key] !== undefined) out[key] = nameOf(String(params[key]));
  if (params.table !== undefined) out.table = tableName(String(params.table));
  return out;
}

/**
 * A problem of a schedule edited by hand as a sentence that stands alone and
 * names what it is about (« Mont-Blanc Industries a déjà une rencontre au
 * tour 3 »); a code without such a sentence reads as next to its field.
 */
export function explainEditProblem(
  problem: Pick<Problem, 'code' | 'params'>,
  words: { problems: ProblemWords; editProblems: EditProblemWords },
  names: ProblemNames,
): string {
  const sentence = words.editProblems[problem.code];
  return sentence ? sentence(named(problem.params ?? {}, names)) : explainProblem(problem, words.problems);
}
