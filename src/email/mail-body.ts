/**
 * The body of an email as a few blocks, rendered twice: as plain text and as
 * HTML, where every value is escaped. The messages say what to write; this
 * module alone knows how each block looks.
 */
import { escapeHtml as h } from '../export/html';

/** One item of a list, with its details below it (the reasons of a meeting). */
export interface ListItem {
  text: string;
  details?: readonly string[];
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  /** Label and value pairs: `Quand : …`. */
  | { kind: 'facts'; facts: readonly { label: string; values: readonly string[] }[] }
  | { kind: 'list'; items: readonly ListItem[] }
  /** A button-like link; the text version shows the URL beside its label. */
  | { kind: 'link'; label: string; href: string };

export interface MailBody {
  /** BCP 47 tag for `<html lang>`. */
  lang: string;
  /** The document's title: the subject. */
  title: string;
  blocks: readonly Block[];
  /** French typography puts a space before a colon. */
  colon: string;
}

/**
 * Accepts http(s) links and webcal(s) ones (calendar subscriptions) only, so
 * that a `javascript:` URL never reaches an `href`.
 * @throws RangeError for any other link.
 */
export function mailHref(href: string): string {
  if (!/^(https?|webcals?):\/\/[^\s]+$/i.test(href)) throw new RangeError(`refusing link ${JSON.stringify(href)} in an email`);
  return href;
}

function textBlock(block: Block, colon: string): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'heading':
      return `${block.text}\n${'-'.repeat(block.text.length)}`;
    case 'facts':
      return block.facts
        .map((f) => (f.values.length === 1 ? `${f.label}${colon}${f.values[0]}` : [`${f.label}${colon.trimEnd()}`, ...f.values.map((v) => `  ${v}`)].join('\n')))
        .join('\n');
    case 'list':
      return block.items.map((i) => [`- ${i.text}`, ...(i.details ?? []).map((d) => `    · ${d}`)].join('\n')).join('\n');
    case 'link':
      return `${block.label}${colon}${mailHref(block.href)}`;
  }
}

/** The plain-text version: blocks separated by a blank line. */
export function bodyText(body: MailBody): string {
  return `${body.blocks.map((b) => textBlock(b, body.colon)).join('\n\n')}\n`;
}

function htmlBlock(block: Block, colon: string): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${h(block.text).replace(/\n/g, '<br>')}</p>`;
    case 'heading':
      return `<h2>${h(block.text)}</h2>`;
    case 'facts':
      return `<table class="facts">${block.facts
        .map((f) => `<tr><th>${h(f.label + colon.trimEnd())}</th><td>${f.values.map(h).join('<br>')}</td></tr>`)
        .join('')}</table>`;
    case 'list':
      return `<ul>${block.items
        .map((i) => `<li>${h(i.text)}${i.details?.length ? `<ul class="details">${i.details.map((d) => `<li>${h(d)}</li>`).join('')}</ul>` : ''}</li>`)
        .join('')}</ul>`;
    case 'link': {
      const href = h(mailHref(block.href));
      return `<p class="link"><a href="${href}">${h(block.label)}</a><br><span class="url">${h(block.href)}</span></p>`;
    }
  }
}

const css =
  'body{margin:0;padding:16px;background:#f4f6f8;color:#1d2430;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}' +
  '.mail{max-width:600px;margin:0 auto;background:#fff;padding:24px;border-radius:6px}' +
  'h2{font-size:17px;color:#1f3a68;margin:24px 0 8px}' +
  '.facts th{text-align:left;padding:2px 12px 2px 0;vertical-align:top;color:#4b5563;font-weight:600}' +
  '.details{color:#4b5563;font-size:13px}' +
  '.link a{display:inline-block;background:#1f3a68;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none}' +
  '.url{color:#6b7280;font-size:12px;word-break:break-all}';

/** The HTML version: a small standalone document, UTF-8, with its style inlined in the head. */
export function bodyHtml(body: MailBody): string {
  return `<!DOCTYPE html>
<html lang="${h(body.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(body.title)}</title>
<style>${css}</style>
</head>
<body>
<div class="mail">
${body.blocks.map((b) => htmlBlock(b, body.colon)).join('\n')}
</div>
</body>
</html>
`;
}
