/** Problems of the API on the form: placed from their path, worded from their code, never from their message. */
import type { Problem } from '../../solver';
import { locate, problemMessage } from '../../src/browser/problem-view';
import { dictionary } from '../../src/i18n/dictionary';

const fr = dictionary('fr');
const en = dictionary('en');

describe('the words of a problem', () => {
  it('shows an error for a duplicate partner from its code', () => {
    const problem: Problem = { path: 'requests[1].to', code: 'duplicate', message: '"minalogic" appears twice (also requests[0])', params: { cluster: 'minalogic' } };
    expect(problemMessage(problem, fr)).toBe('Ce choix figure déjà plus haut.');
    expect(problemMessage(problem, en)).toBe('This is already chosen above.');
  });

  it('does not depend on the English message: a reworded one reads the same', () => {
    const a: Problem = { path: 'declines[0]', code: 'also_requested', message: '"avia" is also requested (requests[1])' };
    const b: Problem = { ...a, message: 'a new wording' };
    expect(problemMessage(b, fr)).toBe(problemMessage(a, fr));
    expect(problemMessage(a, fr)).toBe('Ce cluster figure aussi dans vos partenaires souhaités.');
  });

  it('fills in the values a problem names', () => {
    expect(problemMessage({ code: 'too_many', params: { max: 10 } }, fr)).toBe('Au plus 10 partenaires.');
    expect(problemMessage({ code: 'too_big', params: { max: 5 } }, en)).toBe('At most 5.');
  });

  it('still says something when a problem lacks the values its words use', () => {
    expect(problemMessage({ code: 'too_many' }, fr)).toBe('Trop de partenaires.');
  });

  it('reads a code it does not know as an invalid value rather than failing', () => {
    expect(problemMessage({ code: 'from_a_newer_server' as Problem['code'] }, fr)).toBe('Cette valeur n’est pas acceptée.');
  });

  it('has French words that differ from the English for every code', () => {
    for (const code of Object.keys(fr.problems) as Problem['code'][]) {
      expect([code, problemMessage({ code }, fr)]).not.toEqual([code, problemMessage({ code }, en)]);
    }
  });
});

describe('the field of a problem', () => {
  it.each([
    ['requests[2].to', { list: 'requests', index: 2, part: 'to' }],
    ['requests[0].priority', { list: 'requests', index: 0, part: 'priority' }],
    ['requests', { list: 'requests', index: null, part: null }],
    ['declines[1]', { list: 'declines', index: 1, part: null }],
    ['availability[3].end', { list: 'availability', index: 3, part: 'end' }],
    ['(body)', { list: null, index: null, part: null }],
  ])('locates %s', (path, at) => {
    expect(locate(path)).toEqual(at);
  });
});
