/** The place and the words of a problem of an imported sheet, from its params and code only. */
import type { Problem } from '../../solver';
import { dictionary } from '../../src/i18n/dictionary';
import { explainProblem } from '../../src/i18n/explain-problem';
import { sheetPlace } from '../../src/i18n/sheet-place';

const fr = dictionary('fr');
const en = dictionary('en');

describe('the place of a problem in a sheet', () => {
  it('names the line and the column of a cell', () => {
    const params = { line: 7, column: 'offers' };
    expect(sheetPlace(params, fr.console.places)).toBe('ligne 7, colonne «\u00a0offers\u00a0»');
    expect(sheetPlace(params, en.console.places)).toBe('line 7, column “offers”');
  });

  it('names the column as the sheet’s header writes it', () => {
    expect(sheetPlace({ line: 7, column: 'offers', heading: 'Compétences' }, fr.console.places)).toBe('ligne 7, colonne «\u00a0Compétences\u00a0»');
  });

  it('names the line alone when the problem has no column', () => {
    expect(sheetPlace({ line: 4, reason: 'unclosed_quote' }, fr.console.places)).toBe('ligne 4');
  });

  it('has no place in the sheet for a problem of the settings', () => {
    expect(sheetPlace({ other: 'settings.sessions[0]' }, fr.console.places)).toBeNull();
    expect(sheetPlace(undefined, en.console.places)).toBeNull();
  });
});

describe('the words of a problem of a sheet', () => {
  const say = (problem: Pick<Problem, 'code' | 'params'>) => [explainProblem(problem, fr.problems), explainProblem(problem, en.problems)];

  it('says that a required column is missing', () => {
    expect(say({ code: 'missing_column', params: { line: 1, column: 'id' } })).toEqual([
      'Cette colonne obligatoire manque à la ligne d’en-tête.',
      'This required column is missing from the header line.',
    ]);
  });

  it('says what is wrong with the quotes of a malformed line', () => {
    expect(say({ code: 'invalid_csv', params: { line: 4, reason: 'unclosed_quote' } })).toEqual(['Un guillemet ouvert ici n’est jamais fermé.', 'A quote opened here is never closed.']);
    expect(explainProblem({ code: 'invalid_csv', params: { line: 4, reason: 'misplaced_quote' } }, fr.problems)).toMatch(/^Un guillemet est mal placé/);
    expect(explainProblem({ code: 'invalid_csv', params: { line: 4 } }, fr.problems)).toBe('Cette ligne ne peut pas être lue.');
  });

  it('names the first line of a duplicate id, and the first heading of a column given twice', () => {
    expect(say({ code: 'duplicate', params: { id: 'axelera', firstLine: 4, line: 7, column: 'id' } })).toEqual(['Figure déjà à la ligne 4.', 'Already on line 4.']);
    expect(say({ code: 'duplicate', params: { line: 1, column: 'offers', heading: 'Compétences', firstHeading: 'Offres' } })).toEqual([
      'Fait double emploi avec la colonne «\u00a0Offres\u00a0».',
      'Same column as “Offres”.',
    ]);
    expect(explainProblem({ code: 'duplicate', params: { cluster: 'minalogic' } }, fr.problems)).toBe('Ce choix figure déjà plus haut.');
  });
});
