/** The readable summary printed by `maillage solve`, in the reader's language, with names. */
import type { EventFile, Schedule } from '../../solver';
import { eventLookup } from '../export/event-lookup';
import { formatLocal } from '../export/local-time';
import { dictionary } from '../i18n/dictionary';
import { explainUnmet } from '../i18n/explain';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { terminalText } from './terminal-text';

/**
 * The rounds with their meetings, the meetings per cluster, the unmet requests
 * with their causes, and the value against its bound. Names go through
 * {@link terminalText}: one line each, no control character.
 * @param lang - @defaultValue `'fr'`
 */
export function formatSummary(event: EventFile, schedule: Schedule, lang: Lang = DEFAULT_LANG): string {
  const { cli: t, explain } = dictionary(lang);
  const { stats } = schedule;
  const names = eventLookup(event);
  const lookup = { clusterName: (id: string) => terminalText(names.clusterName(id)), tableName: (id: string) => terminalText(names.tableName(id)) };
  const zone = event.event.timezone;
  const number = new Intl.NumberFormat(t.locale).format;
  const tables = event.event.tables;
  const lines: string[] = [];
  const tableCount = tables === undefined ? undefined : typeof tables === 'number' ? tables : tables.length;
  lines.push(t.heading(terminalText(event.event.name), stats.rounds, t.tables(tableCount), t.objective[stats.objective]));
  lines.push('');

  const byRound = new Map<number, Schedule['meetings']>();
  for (const m of schedule.meetings) byRound.set(m.round, [...(byRound.get(m.round) ?? []), m]);
  const width = Math.max(2, ...schedule.meetings.map((m) => lookup.tableName(m.table).length));
  for (const round of schedule.rounds) {
    const meetings = byRound.get(round.index) ?? [];
    const time = `${formatLocal(round.start, zone, 'HH:mm')}–${formatLocal(round.end, zone, 'HH:mm')}`;
    lines.push(t.round(round.index, formatLocal(round.start, zone, 'yyyy-MM-dd'), time, meetings.length));
    for (const m of meetings) {
      const [a, b] = m.clusters.map(lookup.clusterName);
      const lock = m.locked ? `  ${t.locked}` : '';
      lines.push(`  ${lookup.tableName(m.table).padEnd(width)}  ${a} ↔ ${b}  ${t.value(number(m.value))}${lock}`);
    }
  }
  lines.push('');

  const count = new Map(event.clusters.map((c) => [c.id, 0]));
  for (const m of schedule.meetings) for (const id of m.clusters) count.set(id, (count.get(id) ?? 0) + 1);
  const histogram = new Map<number, number>();
  for (const n of count.values()) histogram.set(n, (histogram.get(n) ?? 0) + 1);
  const parts = [...histogram.entries()].sort((x, y) => y[0] - x[0]).map(([n, k]) => t.clustersWith(k, n));
  lines.push(t.meetingsPerCluster(parts.join(', ')));
  const without = [...count.entries()].filter(([, n]) => n === 0).map(([id]) => lookup.clusterName(id));
  if (without.length > 0) lines.push(t.withoutMeeting(without.join(', ')));
  lines.push('');

  if (schedule.unmet.length > 0) {
    lines.push(t.unmetRequests(schedule.unmet.length));
    for (const u of schedule.unmet) {
      const pair = `${lookup.clusterName(u.from)} → ${lookup.clusterName(u.to)}`;
      lines.push(`  ${pair}${t.colon}${explainUnmet(u, lookup.clusterName, explain)}`);
    }
    lines.push('');
  }
  const proof = stats.optimal ? t.proven : t.notProven(number(stats.upperBound - stats.value));
  lines.push(
    t.totals({
      value: number(stats.value),
      upperBound: number(stats.upperBound),
      proof,
      covered: stats.covered,
      clusters: event.clusters.length,
      meetings: stats.meetings,
      idleRounds: stats.idleRounds,
      solveMs: number(stats.solveMs),
    }),
  );
  return lines.join('\n');
}
