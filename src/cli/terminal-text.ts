/**
 * Text from an event file as the terminal gets it: on one line and without
 * control characters, so that a name can neither forge lines of the summary
 * (a CR or LF) nor send the terminal an escape sequence (ESC, CSI: colours,
 * the window's title, clearing the screen).
 */

const LINE_BREAKS = /\s*[\t\r\n\u2028\u2029]+\s*/g;
/** C0 controls, DEL and C1 controls (U+009B is a one-character CSI). */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** Line breaks and tabs become one space; other control characters are dropped. */
export function terminalText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}
