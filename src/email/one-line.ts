/**
 * Text that goes into a header (a subject, a name beside an address) or a
 * sentence: on one line, so that a name holding CR/LF can neither add a
 * header nor break the layout.
 */

const breaks = /[\r\n\u0085\u2028\u2029]+/g;
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** `text` with its line breaks turned into spaces and other control characters dropped. */
export function oneLine(text: string): string {
  return text.replace(breaks, ' ').replace(controls, '').trim();
}
