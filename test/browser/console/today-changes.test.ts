import { changeLines } from '../../../src/browser/console/today-changes';
import { namesOf } from '../../../src/browser/text';
import { dictionary } from '../../../src/i18n/dictionary';
import { CLUSTERS, sampleSchedule } from './sample-schedule';

describe('what a re-planning changes, in lines with names and times', () => {
  const { rounds } = sampleSchedule();
  const words = dictionary('fr');
  const names = { nameOf: namesOf(CLUSTERS), tableName: (id: string) => id, words: words.console, exports: words.exports };

  it('names the cancelled, new and moved meetings with their times and tables', () => {
    const lines = changeLines(
      [
        { clusters: ['minalogic', 'techtera'], kind: 'added', to: { round: 3, table: 'T1' } },
        { clusters: ['axelera', 'viameca'], kind: 'cancelled', from: { round: 2, table: 'T2' } },
        { clusters: ['mont-blanc', 'techtera'], kind: 'moved', from: { round: 1, table: 'T2' }, to: { round: 3, table: 'T3' } },
      ],
      rounds,
      names,
    );
    expect(lines).toEqual({
      cancelled: ['Axelera × ViaMéca, 09:25–09:45, table T2'],
      added: ['Minalogic × Techtera, 09:50–10:10, table T1'],
      moved: ['Mont-Blanc Industries × Techtera, 09:00–09:20 → 09:50–10:10'],
    });
  });

  it('has no lines without changes', () => {
    expect(changeLines([], rounds, names)).toEqual({ cancelled: [], added: [], moved: [] });
  });
});
