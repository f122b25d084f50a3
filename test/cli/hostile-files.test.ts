/** Files that once broke the CLI's located lines, found by the fuzz tests (test/fuzz). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from './run-cli';

const temp = tempDir('hostile-files');
afterAll(() => temp.remove());

const write = (name: string, text: string): string => {
  const file = join(temp.dir, name);
  writeFileSync(file, text);
  return file;
};

describe('maillage validate on hostile files', () => {
  it("keeps a JSON syntax error on one line, without the file's text and with control characters escaped", async () => {
    const file = write('control.json', '\n\u0000');
    const { code, err } = await cli('validate', file);
    expect(code).toBe(2);
    expect(err).toBe(`${file}: not valid JSON: Unexpected token '\\u0000'`);
    const quoting = write('quoting.json', '{"secret": "line\\nbreak", "a": }');
    const other = await cli('validate', quoting);
    expect(other.code).toBe(2);
    expect(other.err.split('\n')).toHaveLength(1);
    expect(other.err).not.toContain('secret');
  });

  it('names an unknown field whose key is blank or spans lines, quoted on one line', async () => {
    const { code, err } = await cli('validate', write('keys.json', '{" ": 1, "a\\nb": 2}'));
    expect(code).toBe(2);
    expect(err.split('\n')).toEqual(expect.arrayContaining(['[" "]: unknown field', '["a\\nb"]: unknown field']));
  });
});
