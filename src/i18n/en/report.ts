import type { ReportWords } from '../report-words';

const rating = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const reportEn: ReportWords = {
  title: 'Event report',
  loading: 'Loading the report…',
  notFound: 'No report: this event does not exist, or its schedule is not published yet.',
  figuresTitle: 'In figures',
  planned: 'Meetings planned',
  held: 'Meetings held',
  noShows: 'No-shows',
  followUps: 'Follow-ups planned',
  followUpsValue: (yes, maybe) => (maybe ? `${yes} (and ${maybe} “maybe”)` : String(yes)),
  averageRating: 'Average rating',
  ratingValue: (r) => (r === null ? '—' : `${rating.format(r)} / 5`),
  answers: 'Feedback received',
  answersValue: (received, expected) => `${received} of ${expected}`,
  bySectorTitle: 'By pair of sectors',
  byRegionTitle: 'By pair of regions',
  pair: 'Pair',
  plannedColumn: 'Planned',
  heldColumn: 'Held',
  followUpsColumn: 'Follow-ups planned',
  pairName: (a, b) => `${a} × ${b}`,
  notGiven: 'Not given',
  noPairs: 'No meetings planned.',
  chartTitle: 'Meeting map',
  chartLabel: 'Map of the meetings held by pair of sectors',
  chartHint: 'The darker a cell, the more meetings were held between those two sectors; the lower figure counts the follow-ups planned.',
  cellTitle: (a, b, held, follow) => `${a} × ${b}: ${held} held, ${follow === 1 ? '1 follow-up' : `${follow} follow-ups`} planned`,
  downloadTitle: 'Download',
  downloadCsv: 'Download the report (CSV)',
  downloadFailed: 'The report could not be downloaded. Try again.',
  askTitle: 'Feedback from the clusters',
  askHint: 'Emails the clusters that had meetings and have not answered yet.',
  ask: 'Ask for feedback',
  asking: 'Sending the requests…',
  asked: (queued, unreachable) =>
    [
      queued === 0 ? 'No request to send.' : queued === 1 ? '1 feedback request sent.' : `${queued} feedback requests sent.`,
      unreachable === 0 ? '' : unreachable === 1 ? '1 cluster has no email address.' : `${unreachable} clusters have no email address.`,
    ]
      .filter(Boolean)
      .join(' '),
  askFailed: 'The requests could not be sent. Try again.',
};
