/** What every command needs: output streams, usage errors and strict option parsing. */
import { parseArgs } from 'node:util';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export class UsageError extends Error {}

/** Parses options strictly, turning parse errors into usage errors. */
export function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}
