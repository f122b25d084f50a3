import { cancelledMeetings, scheduleSummary } from '../../../src/browser/console/schedule-summary';
import { namesOf } from '../../../src/browser/text';
import { dictionary } from '../../../src/i18n/dictionary';
import { CLUSTERS, sampleSchedule } from './sample-schedule';

describe('the summary under the grid', () => {
  const summary = scheduleSummary(sampleSchedule(), CLUSTERS, namesOf(CLUSTERS), dictionary('fr').explain, 'fr');

  it('counts the meetings of each cluster, by name, with its partners in the order of the rounds', () => {
    expect(summary.perCluster.map((c) => [c.name, c.count, c.partners])).toEqual([
      ['Axelera', 1, ['Minalogic']],
      ['Minalogic', 2, ['Axelera', 'Techtera']],
      ['Mont-Blanc Industries', 1, ['Techtera']],
      ['Techtera', 2, ['Mont-Blanc Industries', 'Minalogic']],
      ['ViaMéca', 0, []],
    ]);
  });

  it('names the clusters left without a meeting', () => {
    expect(summary.without).toEqual(['ViaMéca']);
  });

  it('gives each unmet request with its cause in French, with names', () => {
    expect(summary.unmet).toEqual([
      { from: 'ViaMéca', to: 'Axelera', reason: 'Axelera a atteint son maximum de 1 rencontre avec des partenaires plus demandés' },
    ]);
  });

  it('lists the cancelled changes only', () => {
    const cancelled = { clusters: ['a', 'b'] as [string, string], kind: 'cancelled' as const, from: { round: 1, table: 'T1' } };
    expect(cancelledMeetings([{ clusters: ['c', 'd'], kind: 'added', to: { round: 1, table: 'T2' } }, cancelled])).toEqual([cancelled]);
  });
});
