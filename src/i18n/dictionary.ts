/**
 * One dictionary per language, typed: a language missing a word fails the
 * build. Each part lives in `fr/` and `en/`, one file per part.
 */
import type { CliWords } from './cli-words';
import type { ConsoleWords } from './console-words';
import type { EditProblemWords } from './edit-problem-words';
import type { EmailWords } from './email-words';
import { cliEn } from './en/cli';
import { consoleEn } from './en/console';
import { editProblemsEn } from './en/edit-problems';
import { emailEn } from './en/email';
import { explainEn } from './en/explain';
import { exportsEn } from './en/exports';
import { pageEn } from './en/page';
import { problemsEn } from './en/problems';
import { reportEn } from './en/report';
import type { ExplainWords } from './explain-words';
import type { ExportWords } from './export-words';
import { cliFr } from './fr/cli';
import { consoleFr } from './fr/console';
import { editProblemsFr } from './fr/edit-problems';
import { emailFr } from './fr/email';
import { explainFr } from './fr/explain';
import { exportsFr } from './fr/exports';
import { pageFr } from './fr/page';
import { problemsFr } from './fr/problems';
import { reportFr } from './fr/report';
import type { Lang } from './lang';
import type { PageWords } from './page-words';
import type { ProblemWords } from './problem-words';
import type { ReportWords } from './report-words';

export interface Dictionary {
  explain: ExplainWords;
  exports: ExportWords;
  cli: CliWords;
  page: PageWords;
  problems: ProblemWords;
  editProblems: EditProblemWords;
  console: ConsoleWords;
  email: EmailWords;
  report: ReportWords;
}

const DICTIONARIES: Record<Lang, Dictionary> = {
  fr: { explain: explainFr, exports: exportsFr, cli: cliFr, page: pageFr, problems: problemsFr, editProblems: editProblemsFr, console: consoleFr, email: emailFr, report: reportFr },
  en: { explain: explainEn, exports: exportsEn, cli: cliEn, page: pageEn, problems: problemsEn, editProblems: editProblemsEn, console: consoleEn, email: emailEn, report: reportEn },
};

/** The words of `lang`. */
export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}
