/**
 * The page a cluster sees when its link does not open: a short explanation
 * in its language and what to do, never a stack trace.
 */
import { escapeHtml as h } from '../export/html';
import { dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/lang';
import type { PageWords } from '../i18n/page-words';
import { langSwitch } from './cluster-page';
import { layout } from './layout';

export interface ErrorPageInput {
  /** The application error's code (`unauthorized`, `forbidden`, `not_found`…) and HTTP status. */
  error: { code: string; httpStatus: number; retryAfterSeconds?: number };
  lang: Lang;
  /** True when the link had no token at all. */
  missingToken: boolean;
  basePath: string;
  /** The same address in the other language. */
  switchHref: string;
}

function explanation(input: ErrorPageInput, t: PageWords['error']): string {
  switch (input.error.code) {
    case 'unauthorized':
      return input.missingToken ? t.missingToken : t.invalidToken;
    case 'forbidden':
      return t.forbidden;
    case 'not_found':
      return t.notFound;
    case 'unavailable':
      return t.unavailable;
    case 'too_many_requests':
      return t.tooManyAttempts(Math.max(1, Math.ceil((input.error.retryAfterSeconds ?? 60) / 60)));
    default:
      return t.internal;
  }
}

export function errorPageHtml(input: ErrorPageInput): string {
  const page = dictionary(input.lang).page;
  const t = page.error;
  const access = input.error.httpStatus < 500;
  const body = `<main class="wrap narrow">
<div class="topline"><p class="eyebrow">maillage</p>${langSwitch(page, input.switchHref)}</div>
<div class="card error-card">
<h1>${h(t.title)}</h1>
<p>${h(explanation(input, t))}</p>
${access ? `<p class="muted">${h(t.whatToDo)}</p>` : ''}
<p class="muted small">${h(t.statusCode(input.error.httpStatus))}</p>
</div>
</main>
`;
  return layout({ lang: input.lang, title: t.title, basePath: input.basePath, body, script: false });
}
