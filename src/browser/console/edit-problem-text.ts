/**
 * Why the server refused a schedule edited by hand, or the locks, in the
 * console's language and with names: « Mont-Blanc Industries a déjà une
 * rencontre au tour 3 ». Free of the DOM.
 */
import type { LockedMeeting, Meeting, Problem } from '../../../solver/model/types';
import type { Dictionary } from '../../i18n/dictionary';
import { explainEditProblem, type ProblemNames } from '../../i18n/explain-problem';
import { lockIndexOf, meetingIndexOf } from './schedule-edits';

export interface EditContext extends ProblemNames {
  words: Dictionary;
  /** The meetings that were sent, which `meetings[i]` paths index. */
  meetings: readonly Pick<Meeting, 'clusters'>[];
  /** The locks that hold, which `locks[i]` paths index. */
  locks: readonly LockedMeeting[];
}

/** Codes by which the checker says that a lock is not kept. */
const LOCK_BROKEN = new Set<string>(['mismatch', 'missing', 'not_locked']);

export function editProblemText(problem: Pick<Problem, 'path' | 'code' | 'params'>, ctx: EditContext): string {
  const index = meetingIndexOf(problem.path);
  const meeting = index === null ? undefined : ctx.meetings[index];
  const lock = lockIndexOf(problem.path);
  const broken =
    lock !== null && LOCK_BROKEN.has(problem.code)
      ? (ctx.locks[lock]?.clusters ?? [String(problem.params?.a ?? ''), String(problem.params?.b ?? '')])
      : /^meetings\[\d+\]\.locked/.test(problem.path)
        ? meeting?.clusters
        : undefined;
  if (broken) return ctx.words.console.edit.lockBroken(ctx.nameOf(broken[0]), ctx.nameOf(broken[1]));
  const text = explainEditProblem(problem, ctx.words, ctx);
  if (ctx.words.editProblems[problem.code]) return text;
  // A sentence written to sit next to a field: say which meeting it is about.
  return meeting ? `${ctx.nameOf(meeting.clusters[0])} × ${ctx.nameOf(meeting.clusters[1])}${ctx.words.console.colon}${text}` : text;
}

/** Every problem once: the checker may report the same rule for both clusters of a meeting. */
export function editProblemTexts(problems: readonly Pick<Problem, 'path' | 'code' | 'params'>[], ctx: EditContext): string[] {
  return [...new Set(problems.map((p) => editProblemText(p, ctx)))];
}
