/**
 * The HTML document around the web pages: no inline script or style, so that
 * the page's Content-Security-Policy can stay strict.
 */
import { escapeHtml as h } from '../export/html';

export interface LayoutParts {
  lang: string;
  title: string;
  /** Path prefix of the service (from `PUBLIC_URL`), `''` at the root. */
  basePath: string;
  /** Already escaped HTML of the body. */
  body: string;
  /** Load the page script (the error page has none). */
  script: boolean;
  /** The stylesheet and script of the page. @defaultValue the cluster page's, {@link ASSET_PATHS} */
  assets?: { css: string; js: string };
}

/** Where the cluster page's stylesheet and script are served. */
export const ASSET_PATHS = { css: '/assets/cluster-page.css', js: '/assets/cluster-page.js' } as const;

/** Where the organiser console's stylesheet and script are served. */
export const CONSOLE_ASSET_PATHS = { css: '/assets/console.css', js: '/assets/console.js' } as const;

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the
 * line separators are escaped so that no string can close the block.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function layout(parts: LayoutParts): string {
  const assets = parts.assets ?? ASSET_PATHS;
  const script = parts.script ? `<script src="${h(parts.basePath + assets.js)}" defer></script>\n` : '';
  return `<!DOCTYPE html>
<html lang="${h(parts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="data:,">
<title>${h(parts.title)}</title>
<link rel="stylesheet" href="${h(parts.basePath + assets.css)}">
${script}</head>
<body>
${parts.body}</body>
</html>
`;
}
