/** Why an edit by hand was refused: from the checker's codes and params, with names, never from its English message. */
import { editProblemText, editProblemTexts, type EditContext } from '../../../src/browser/console/edit-problem-text';
import { namesOf } from '../../../src/browser/text';
import { dictionary } from '../../../src/i18n/dictionary';
import type { Problem } from '../../../solver';
import { CLUSTERS, sampleSchedule } from './sample-schedule';

const context = (lang: 'fr' | 'en' = 'fr'): EditContext => ({
  words: dictionary(lang),
  nameOf: namesOf(CLUSTERS),
  tableName: (id) => (id === 'r1' ? 'Salle Rhône – table 1' : id),
  meetings: sampleSchedule().meetings,
  locks: [{ clusters: ['minalogic', 'techtera'], round: 2, table: 'T3' }],
});

describe('why an edit by hand is refused', () => {
  it('names the cluster that already meets in that round', () => {
    const problem: Problem = { path: 'meetings[0].round', code: 'cluster_busy', message: 'cluster "mont-blanc" already meets in round 3', params: { cluster: 'mont-blanc', round: 3 } };
    expect(editProblemText(problem, context())).toBe('Mont-Blanc Industries a déjà une rencontre au tour 3');
    expect(editProblemText(problem, context('en'))).toBe('Mont-Blanc Industries already has a meeting in round 3');
  });

  it.each<[Pick<Problem, 'path' | 'code' | 'params'>, string]>([
    [{ path: 'meetings[1].table', code: 'table_taken', params: { table: 'T2', round: 1 } }, 'Au tour 1, table T2 est déjà occupée'],
    [{ path: 'meetings[1].table', code: 'table_taken', params: { table: 'r1', round: 2 } }, 'Au tour 2, Salle Rhône – table 1 est déjà occupée'],
    [{ path: 'meetings[1].clusters', code: 'over_cap', params: { cluster: 'axelera', cap: 3 } }, 'Axelera dépasserait son maximum de 3 rencontres'],
    [{ path: 'meetings[1].round', code: 'unavailable', params: { cluster: 'viameca', round: 2 } }, 'ViaMéca n’est pas disponible au tour 2'],
    [{ path: 'meetings[1].clusters', code: 'never_meet', params: { a: 'axelera', b: 'viameca' } }, 'Axelera et ViaMéca ne doivent pas se rencontrer'],
    [{ path: 'meetings[1].round', code: 'unknown_round', params: { round: '9', rounds: 3 } }, 'Il n’y a pas de tour 9\u00a0: la journée en compte 3'],
    [{ path: 'constraints.mustMeet[0]', code: 'missing', params: { a: 'axelera', b: 'techtera' } }, 'Axelera et Techtera doivent se rencontrer\u00a0: l’organisateur l’impose'],
  ])('says %j in French with names', (problem, text) => {
    expect(editProblemText(problem, context())).toBe(text);
  });

  it('says a broken lock with the names of its pair, from the locks', () => {
    expect(editProblemText({ path: 'locks[0]', code: 'mismatch' }, context())).toBe(
      'La rencontre verrouillée Minalogic × Techtera doit rester à sa place. Déverrouillez-la d’abord.',
    );
    expect(editProblemText({ path: 'meetings[2].locked', code: 'not_locked' }, context())).toContain('Minalogic × Techtera');
  });

  it('names the meeting of a problem that only has words for next to a field', () => {
    expect(editProblemText({ path: 'meetings[0].table', code: 'empty' }, context())).toBe('Axelera × Minalogic\u00a0: Ce champ ne doit pas être vide.');
  });

  it('says each reason once, though the checker reports a rule for both clusters of a meeting', () => {
    const busy = { path: 'meetings[0].round', code: 'cluster_busy' as const, params: { cluster: 'axelera', round: 2 } };
    expect(editProblemTexts([busy, { ...busy, path: 'meetings[3].round' }], context())).toEqual(['Axelera a déjà une rencontre au tour 2']);
  });
});
