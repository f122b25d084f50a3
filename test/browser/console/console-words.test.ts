/**
 * The console's words, as a person reads them: every French sentence with
 * French typography (a non-breaking space before « : ; ? ! » and inside
 * « »). That each language has every word is the type checker's job.
 */
import { dictionary } from '../../../src/i18n/dictionary';

/** Every sentence of a part of the dictionary, its templates filled in with sample values. */
function sentences(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') return [[path, String((node as (...args: unknown[]) => unknown)(2, 'Axelera', 'Minalogic'))]];
  if (node && typeof node === 'object') {
    if (path.endsWith('.counts')) return [];
    return Object.entries(node).flatMap(([key, value]) => sentences(value, `${path}.${key}`));
  }
  return [];
}

const fr = sentences(dictionary('fr').console, 'console');
const frEdit = sentences(dictionary('fr').editProblems, 'editProblems');
const withCounts = dictionary('fr').console.schedule.changesCounts({ moved: 1, added: 2, cancelled: 0, kept: 3 });

describe('the console’s French', () => {
  it.each([...fr, ...frEdit, ['changesCounts', withCounts]])('%s has a non-breaking space before « : ; ? ! » and inside « »', (_path, text) => {
    expect(text).not.toMatch(/ [:;?!]/);
    expect(text).not.toMatch(/\S[:;?!](\s|$)/);
    expect(text).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
  });
});
