/**
 * The page a cluster sees when its link does not open: a short explanation
 * in its language and what to do, never a stack trace.
 */
import type { AppError } from '../app/errors';
import { escapeHtml as h } from '../export/html';
import type { Lang } from '../export/i18n';
import { webStrings, type WebStrings } from './dictionary';
import { layout } from './layout';

export interface ErrorPageInput {
  error: AppError;
  lang: Lang;
  /** True when the link had no token at all. */
  missingToken: boolean;
  basePath: string;
  /** The same address in the other language. */
  switchHref: string;
}

function explanation(input: ErrorPageInput, t: WebStrings): string {
  switch (input.error.code) {
    case 'unauthorized':
      return input.missingToken ? t.error.missingToken : t.error.invalidToken;
    case 'forbidden':
      return t.error.forbidden;
    case 'not_found':
      return t.error.notFound;
    case 'unavailable':
      return t.error.unavailable;
    default:
      return t.error.internal;
  }
}

export function errorPageHtml(input: ErrorPageInput): string {
  const t = webStrings(input.lang);
  const access = input.error.httpStatus < 500;
  const body = `<main class="wrap narrow">
<div class="topline"><p class="eyebrow">maillage</p><a class="lang-switch" href="${h(input.switchHref)}" hreflang="${t.other.lang}" lang="${t.other.lang}">${h(t.other.label)}</a></div>
<div class="card error-card">
<h1>${h(t.error.title)}</h1>
<p>${h(explanation(input, t))}</p>
${access ? `<p class="muted">${h(t.error.whatToDo)}</p>` : ''}
<p class="muted small">${h(t.error.statusCode(input.error.httpStatus))}</p>
</div>
</main>
`;
  return layout({ lang: t.htmlLang, title: t.error.title, basePath: input.basePath, body, script: false });
}
