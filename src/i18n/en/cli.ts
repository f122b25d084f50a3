import type { CliWords } from '../cli-words';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const cliEn: CliWords = {
  locale: 'en',
  objective: { fair: 'fair', total: 'total' },
  tables: (n) => (n === undefined ? 'unlimited tables' : plural(n, 'table', 'tables')),
  heading: (event, rounds, tables, objective) => `${event} — ${plural(rounds, 'round', 'rounds')}, ${tables}, objective "${objective}"`,
  round: (i, day, time, n) => `Round ${i}  ${day} ${time}  (${plural(n, 'meeting', 'meetings')})`,
  value: (v) => `value ${v}`,
  locked: '[locked]',
  clustersWith: (clusters, meetings) => `${clusters} with ${meetings}`,
  meetingsPerCluster: (parts) => `Meetings per cluster: ${parts}`,
  withoutMeeting: (names) => `Without a meeting: ${names}`,
  unmetRequests: (n) => `Unmet requests (${n}):`,
  colon: ': ',
  proven: 'proven optimal',
  notProven: (gap) => `not proven optimal (at most ${gap} below the bound)`,
  totals: (t) =>
    `Value ${t.value} / upper bound ${t.upperBound} — ${t.proof}; ${t.covered}/${t.clusters} clusters covered, ` +
    `${plural(t.meetings, 'meeting', 'meetings')}, ${plural(t.idleRounds, 'idle round', 'idle rounds')}, ${t.solveMs} ms`,
  scheduleWritten: (file) => `Schedule written to ${file}`,
  calendarsWritten: (dir, eventFile, n) => `Calendars written to ${dir}: ${eventFile} and ${plural(n, 'cluster agenda', 'cluster agendas')}`,
  csvWritten: (file, n) => `CSV written to ${file} (${plural(n, 'meeting', 'meetings')})`,
  organiser: {
    added: (name) => `Organiser account "${name}" created. Its token:`,
    rotated: (name) => `New token of the account "${name}" (the old one no longer works):`,
    revoked: (name) => `Token of the account "${name}" revoked: it opens nothing any more. Its events stay; "rotate" gives it a new token.`,
    tokenOnce: 'It will not be shown again: hand it to the organiser over a safe channel.',
    line: (a) =>
      `${a.name}  ${a.revoked ? 'revoked' : 'active'}  ${plural(a.events, 'event', 'events')}  created ${a.createdAt}` +
      (a.rotatedAt ? `, token renewed ${a.rotatedAt}` : ''),
    none: 'No organiser account (only ORGANIZER_TOKEN opens the console).',
  },
};
