/**
 * The organiser console's page (`/`): a shell in the reader's language
 * (masthead, language switch, sign-out button, the frame the screens go in)
 * for the browser code of src/browser/console, which draws every screen from
 * the JSON API. No inline script or style, so that the policy stays strict.
 */
import type { ConsoleData } from '../browser/console/console-data';
import { escapeHtml as h } from '../export/html';
import { dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/lang';
import { CONSOLE_ASSET_PATHS, jsonForHtml, layout } from './layout';

export interface ConsolePageInput {
  lang: Lang;
  /** Path prefix of the service, `''` at the root. */
  basePath: string;
}

export function consolePageHtml(input: ConsolePageInput): string {
  const t = dictionary(input.lang).console;
  const data: ConsoleData = { lang: input.lang, basePath: input.basePath };
  const other = t.other.lang;
  const switchHref = `${input.basePath}/${other === 'en' ? '?lang=en' : ''}`;
  const body = `<a class="skip-link" id="skip-link" href="#main">${h(t.shell.skipToContent)}</a>
<header class="masthead">
<div class="wrap topline">
<p class="brand">${h(t.shell.brand)}</p>
<div class="tools">
<a id="lang-switch" class="lang-switch" href="${h(switchHref)}" hreflang="${other}" lang="${other}">${h(t.other.label)}</a>
<button type="button" id="sign-out" class="sign-out" hidden>${h(t.shell.signOut)}</button>
</div>
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
<noscript><p class="notice">${h(t.shell.noscript)}</p></noscript>
<div id="screen" aria-busy="true"><p class="muted">${h(t.shell.loading)}</p></div>
</main>
<script type="application/json" id="console-data">${jsonForHtml(data)}</script>
`;
  return layout({ lang: input.lang, title: t.shell.title, basePath: input.basePath, body, script: true, assets: CONSOLE_ASSET_PATHS });
}
