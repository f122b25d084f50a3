import { pairLines, reportFigures } from '../../src/browser/console/report-figures';
import type { EventReport } from '../../src/browser/console/report-types';
import { dictionary } from '../../src/i18n/dictionary';

const report: EventReport = {
  planned: 18,
  held: 15,
  noShows: 3,
  followUps: { yes: 6, maybe: 2, no: 7 },
  averageRating: 4.25,
  answers: { received: 12, expected: 18 },
  bySectorPair: [
    { pair: ['Numérique', 'Santé'], planned: 4, held: 3, followUps: { yes: 1, maybe: 0, no: 2 } },
    { pair: [null, 'Santé'], planned: 6, held: 5, followUps: { yes: 2, maybe: 1, no: 2 } },
  ],
  byRegionPair: [],
};

describe('the figures of the report', () => {
  it('says each figure in French, with the maybes, one decimal and « sur »', () => {
    const values = Object.fromEntries(reportFigures(report, dictionary('fr').report).map((f) => [f.label, f.value]));
    expect(values).toEqual({
      'Rendez-vous prévus': '18',
      'Rendez-vous tenus': '15',
      Absences: '3',
      'Suites prévues': '6 (et 2 «\u00a0peut-être\u00a0»)',
      'Note moyenne': '4,3 / 5',
      'Retours reçus': '12 sur 18',
    });
  });

  it('shows a dash when nobody rated, and the follow-ups alone without maybes', () => {
    const none = { ...report, averageRating: null, followUps: { yes: 0, maybe: 0, no: 0 } };
    const values = reportFigures(none, dictionary('fr').report).map((f) => f.value);
    expect(values[3]).toBe('0');
    expect(values[4]).toBe('—');
  });

  it('speaks English through the dictionary', () => {
    const labels = reportFigures(report, dictionary('en').report).map((f) => `${f.label}: ${f.value}`);
    expect(labels).toContain('Average rating: 4.3 / 5');
    expect(labels).toContain('Feedback received: 12 of 18');
  });
});

describe('the rows by pair', () => {
  it('names a pair by its sectors, a missing one as « Non renseigné », most planned first', () => {
    expect(pairLines(report.bySectorPair, dictionary('fr').report, 'fr')).toEqual([
      { name: 'Non renseigné × Santé', planned: 6, held: 5, followUps: '2 (et 1 «\u00a0peut-être\u00a0»)' },
      { name: 'Numérique × Santé', planned: 4, held: 3, followUps: '1' },
    ]);
  });
});
