/**
 * Small HTML building blocks for the printable agendas: escaping and the
 * standalone document with its screen and print stylesheet.
 */

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}

/**
 * Accepts relative links and http(s) URLs only, so that a `javascript:` URL
 * can never reach an `href`.
 * @throws RangeError for any other scheme.
 */
export function safeHref(href: string): string {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href);
  if (scheme && !/^https?$/i.test(scheme[1])) {
    throw new RangeError(`refusing link with scheme "${scheme[1]}:"`);
  }
  return href;
}

const baseCss = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#eef0f3;color:#1d2430;font:10.5pt/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"DejaVu Sans",sans-serif}
.sheet{background:#fff;margin:24px auto;padding:15mm;box-shadow:0 1px 4px rgba(0,0,0,.15)}
.sheet.portrait{width:210mm;min-height:297mm}
.sheet.landscape{width:297mm;min-height:210mm}
header.head{border-bottom:2px solid #1f3a68;padding-bottom:4mm;margin-bottom:6mm}
.event{margin:0;color:#1f3a68;font-weight:600;letter-spacing:.02em;text-transform:uppercase;font-size:9pt}
h1{margin:1mm 0 1mm;font-size:18pt;line-height:1.2;overflow-wrap:anywhere}
h2{font-size:12pt;margin:7mm 0 2mm;color:#1f3a68;break-after:avoid;page-break-after:avoid}
.meta{margin:0;color:#4b5563}
.meta span+span::before{content:" · "}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th,td{border:1px solid #cfd5dd;padding:2mm 2.2mm;vertical-align:top;text-align:left;overflow-wrap:anywhere}
thead th{overflow-wrap:normal;background:#e8edf4;color:#1f3a68;font-size:9pt;text-transform:uppercase;letter-spacing:.03em}
tr,td,th{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
.num{text-align:center;font-weight:600}
.time{font-variant-numeric:tabular-nums}
.time .range{white-space:nowrap}
.time .day,.time .offset{display:block;color:#4b5563;font-size:8.5pt}
.empty{color:#4b5563;font-style:italic}
.lang{max-width:297mm;margin:12px auto -12px;text-align:right;font-size:9.5pt}
.lang a{color:#1f3a68}
footer{margin-top:6mm;color:#6b7280;font-size:8.5pt}
@media print{
  body{background:none}
  .sheet,.sheet.portrait,.sheet.landscape{margin:0;padding:0;width:auto;min-height:0;box-shadow:none}
  .sheet+.sheet{break-before:page;page-break-before:always}
  .no-print{display:none}
  thead th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

export interface DocumentParts {
  lang: string;
  title: string;
  /** `portrait` for agendas, `landscape` for the grid. */
  orientation: 'portrait' | 'landscape';
  /** Extra CSS for this kind of page. */
  css: string;
  /** Already escaped HTML of the body. */
  body: string;
  /** Optional link to the same page in the other language. */
  switchLang?: { href: string; label: string; hreflang: string };
}

/** A complete standalone HTML5 document, UTF-8, with its stylesheet inlined. */
export function htmlDocument(parts: DocumentParts): string {
  const page = `@page{size:A4${parts.orientation === 'landscape' ? ' landscape' : ''};margin:15mm}`;
  const nav = parts.switchLang
    ? `<nav class="lang no-print"><a href="${escapeHtml(safeHref(parts.switchLang.href))}" hreflang="${escapeHtml(parts.switchLang.hreflang)}" lang="${escapeHtml(parts.switchLang.hreflang)}">${escapeHtml(parts.switchLang.label)}</a></nav>\n`
    : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<style>
${page}${baseCss}${parts.css}</style>
</head>
<body>
${nav}${parts.body}</body>
</html>
`;
}
