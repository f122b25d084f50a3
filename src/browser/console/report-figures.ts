/** The « Bilan » as text: its figures and its rows by pair, with names. Free of the DOM. */
import type { ReportWords } from '../../i18n/report-words';
import type { EventReport, PairRow } from './report-types';

export interface Figure {
  label: string;
  value: string;
}

export interface PairLine {
  /** `Santé × Numérique`, a missing sector as « Non renseigné ». */
  name: string;
  planned: number;
  held: number;
  /** Follow-ups planned, with the maybes. */
  followUps: string;
}

export function reportFigures(report: EventReport, t: ReportWords): Figure[] {
  return [
    { label: t.planned, value: String(report.planned) },
    { label: t.held, value: String(report.held) },
    { label: t.noShows, value: String(report.noShows) },
    { label: t.followUps, value: t.followUpsValue(report.followUps.yes, report.followUps.maybe) },
    { label: t.averageRating, value: t.ratingValue(report.averageRating) },
    { label: t.answers, value: t.answersValue(report.answers.received, report.answers.expected) },
  ];
}

/** The name of one side of a pair. */
export const sideName = (side: string | null, t: ReportWords): string => side ?? t.notGiven;

/** The rows by pair, most meetings planned first, then by name. */
export function pairLines(rows: readonly PairRow[], t: ReportWords, locale: string): PairLine[] {
  return rows
    .map((r) => ({
      name: t.pairName(sideName(r.pair[0], t), sideName(r.pair[1], t)),
      planned: r.planned,
      held: r.held,
      followUps: t.followUpsValue(r.followUps.yes, r.followUps.maybe),
    }))
    .sort((a, b) => b.planned - a.planned || a.name.localeCompare(b.name, locale));
}
