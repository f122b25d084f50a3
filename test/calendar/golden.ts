/**
 * Byte-for-byte comparison with a golden file of test/fixtures-golden.
 * `UPDATE_GOLDEN=1` rewrites the file instead, for an intended change.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

export const GOLDEN_DIR = join(__dirname, '..', 'fixtures-golden');

export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  const bytes = Buffer.from(actual, 'utf8');
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`missing golden file ${name}: run with UPDATE_GOLDEN=1`);
    writeFileSync(path, bytes);
  }
  const expected = readFileSync(path);
  // Compare as text first for a readable diff, then as bytes.
  expect(actual).toBe(expected.toString('utf8'));
  expect(bytes.equals(expected)).toBe(true);
}
