/** Reading a JSON file with errors that say where: `event.json:3:14: Unexpected token }`. */
import { readFile } from 'node:fs/promises';
import type { Problem } from '../../solver';

export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

export function parseJson(text: string, file: string): unknown {
  if (text.trim() === '') throw new InputError([{ path: file, code: 'invalid_json', message: 'not valid JSON: the file is empty' }]);
  try {
    return JSON.parse(text);
  } catch (error) {
    // The parser's message may quote the file's text, whatever it holds: that part is left out, and control
    // characters are escaped, so that the problem stays on one line.
    const message = (error as Error).message.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
    const position = /position (\d+)/.exec(message);
    const ended = /Unexpected end of JSON input/.test(message);
    // A truncated file has no position in the message: it ends at the last character.
    const offset = position ? Number(position[1]) : ended ? text.trimEnd().length : undefined;
    const where = offset === undefined ? file : `${file}:${lineColumn(text, offset)}`;
    const cleaned = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/^JSON\.parse: /, '')
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const reason = ended ? 'the JSON ends too early (truncated file?)' : cleaned;
    throw new InputError([{ path: where, code: 'invalid_json', message: `not valid JSON: ${reason}` }]);
  }
}

export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? 'error'})`;
    throw new InputError([{ path: file, code: 'unreadable_file', message: reason, params: { errno: code ?? 'error' } }]);
  }
  return parseJson(text.replace(/^\uFEFF/, ''), file);
}
