/** The words of meeting windows, from codes, causes and params only: in French and English, with names. */
import type { Problem } from '../../solver';
import { dictionary } from '../../src/i18n/dictionary';
import { explainUnmet } from '../../src/i18n/explain';
import { explainEditProblem, explainProblem } from '../../src/i18n/explain-problem';

const fr = dictionary('fr');
const en = dictionary('en');
const NAMES: Record<string, string> = { 'mont-blanc': 'Mont-Blanc Industries', viameca: 'ViaMéca' };
const nameOf = (id: string) => NAMES[id] ?? id;
const names = { nameOf, tableName: (id: string) => id };

describe('the words of meeting windows', () => {
  it('says a request is unmet because of the meeting windows, with names', () => {
    const unmet = { from: 'mont-blanc', to: 'viameca', cause: { kind: 'meetingWindow' } as const };
    expect(explainUnmet(unmet, nameOf, fr.explain)).toBe(
      'Aucun tour, dans les créneaux de rencontre de Mont-Blanc Industries et ViaMéca, où tous deux sont disponibles et libres avec une table libre',
    );
    expect(explainUnmet(unmet, nameOf, en.explain)).toBe(
      'No round inside the meeting windows of Mont-Blanc Industries and ViaMéca in which both are available and free with a table left',
    );
  });

  it('refuses a meeting moved by hand outside its pair\'s meeting windows, naming the pair and the round', () => {
    const problem: Pick<Problem, 'code' | 'params'> = { code: 'outside_meeting_window', params: { a: 'mont-blanc', b: 'viameca', round: 2 } };
    expect(explainEditProblem(problem, fr, names)).toBe(
      'Mont-Blanc Industries et ViaMéca ne peuvent se rencontrer que dans leurs créneaux de rencontre\u00a0: le tour 2 n’en fait pas partie',
    );
    expect(explainEditProblem(problem, en, names)).toBe('Mont-Blanc Industries and ViaMéca may meet only inside their meeting windows: round 2 is outside them');
    expect(explainProblem(problem, fr.problems)).toBe('Ce tour est en dehors des créneaux de rencontre de ces deux clusters.');
  });

  it('says a required pair has no round inside its meeting windows, and an infeasible event names them', () => {
    const windowed = { code: 'no_common_round', params: { a: 'a', b: 'b', meetingWindows: 'constraints.meetingWindows[0]' } } as const;
    expect(explainProblem(windowed, fr.problems)).toBe('Aucun tour, dans leurs créneaux de rencontre, où les deux clusters sont disponibles.');
    expect(explainProblem(windowed, en.problems)).toBe('No round inside their meeting windows in which both clusters are available.');
    expect(explainProblem({ code: 'no_common_round', params: { a: 'a', b: 'b' } }, fr.problems)).toBe('Aucun tour où les deux clusters sont disponibles.');
    expect(explainProblem({ code: 'infeasible', params: { mustMeet: 2, locks: 0, meetingWindows: 1 } }, fr.problems)).toBe(
      'Impossible avec les tours, les tables, les maximums et les créneaux de rencontre de la journée.',
    );
  });
});
