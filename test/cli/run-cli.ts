/**
 * Runs the CLI in-process, as `maillage <argv>` would, with its output captured,
 * and gives each test file a temporary directory.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventFile, Schedule } from '../../solver';
import { run } from '../../src/cli/main';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function cli(...argv: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export const fixture = (name: string): string => join(__dirname, '../../fixtures', name);

export const readJson = <T = EventFile | Schedule>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** A fresh directory under the system's temporary one, and a way to remove it. */
export function tempDir(label: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `maillage-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Without a ledger, `DTSTAMP` and `LAST-MODIFIED` say when a file was made: everything else must match. */
export const withoutRunTime = (ics: string): string => ics.replace(/^(DTSTAMP|LAST-MODIFIED):.*$/gm, '$1:…');
