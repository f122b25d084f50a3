/**
 * The words of the event's « Bilan » in the console: its figures, its tables
 * by pair of sectors and of regions, the heatmap, the download and the
 * request for feedback. Names come from the report's data.
 */
export interface ReportWords {
  /** The screen's heading. */
  title: string;
  loading: string;
  notFound: string;
  figuresTitle: string;
  planned: string;
  held: string;
  noShows: string;
  followUps: string;
  /** `4 (et 2 « peut-être »)`: follow-ups planned, with the maybes when there are some. */
  followUpsValue(yes: number, maybe: number): string;
  averageRating: string;
  /** A rating with one decimal in the reader's locale, or a dash when nobody rated. */
  ratingValue(rating: number | null): string;
  answers: string;
  /** `12 sur 18` */
  answersValue(received: number, expected: number): string;
  bySectorTitle: string;
  byRegionTitle: string;
  /** Column heads of the tables by pair. */
  pair: string;
  plannedColumn: string;
  heldColumn: string;
  followUpsColumn: string;
  /** `Santé × Numérique` */
  pairName(a: string, b: string): string;
  /** A sector or region that was not given. */
  notGiven: string;
  noPairs: string;
  chartTitle: string;
  /** The heatmap's accessible name. */
  chartLabel: string;
  chartHint: string;
  /** What a cell says on hover: `Santé × Numérique : 3 tenus, 1 suite prévue`. */
  cellTitle(a: string, b: string, held: number, followUps: number): string;
  downloadTitle: string;
  downloadCsv: string;
  downloadFailed: string;
  askTitle: string;
  askHint: string;
  ask: string;
  asking: string;
  /** After « Demander les retours »: how many were sent, and how many clusters have no address. */
  asked(queued: number, unreachable: number): string;
  askFailed: string;
}
