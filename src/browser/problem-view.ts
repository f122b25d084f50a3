/**
 * Where a problem of the API belongs on the form, and what it says, from its
 * path and its code: never from its English message. Free of the DOM.
 */
import type { Problem } from '../../solver/model/types';
import { explainProblem } from '../i18n/explain-problem';
import type { Dictionary } from '../i18n/dictionary';

export type FormList = 'requests' | 'declines' | 'availability';

export interface ProblemPlace {
  list: FormList | null;
  index: number | null;
  /** `to`, `priority`, `start`, `end`… */
  part: string | null;
}

/** Which field a problem's path names: `requests[1].to` → `{ list: 'requests', index: 1, part: 'to' }`. */
export function locate(path: string): ProblemPlace {
  const m = /^(requests|declines|availability)(?:\[(\d+)\](?:\.(\w+))?)?/.exec(path);
  if (!m) return { list: null, index: null, part: null };
  return { list: m[1] as FormList, index: m[2] === undefined ? null : Number(m[2]), part: m[3] ?? null };
}

/** The problem in the page's language. */
export function problemMessage(problem: Pick<Problem, 'code' | 'params'>, words: Dictionary): string {
  return explainProblem(problem, words.problems);
}
