/**
 * The words of a calendar event: summary, location and description of a
 * meeting, as plain text (iCalendar escaping is done when the file is written).
 */
import type { ClusterInput, EventFile, MeetingWhy } from '../../solver/model/types';
import { formatAttendee, type EventLookup } from '../export/event-lookup';
import type { Dictionary } from '../i18n/dictionary';
import { explainMeeting } from '../i18n/explain';
import type { ExportWords } from '../i18n/export-words';

/** The words a calendar event needs: the exports' and the explanations', in one language. */
export type CalendarWords = Pick<Dictionary, 'exports' | 'explain'>;

/** Where and when a meeting takes place, from the schedule or from the ledger (a cancelled one: no `why`, no `value`). */
export interface MeetingPlace {
  clusters: [string, string];
  round: number;
  table: string;
  why?: readonly MeetingWhy[];
  value?: number;
}

/** `Hôtel de Région, Lyon — table T4`, or `Table T4` without a venue. */
export function meetingLocation(file: EventFile, lookup: EventLookup, table: string, t: ExportWords): string {
  const label = t.tableLabel(lookup.tableName(table));
  const venue = file.event.location?.trim();
  return venue ? `${venue} — ${label}` : label.charAt(0).toUpperCase() + label.slice(1);
}

function clusterLines(cluster: ClusterInput | undefined, name: string, t: ExportWords): string[] {
  const lines = [name];
  if (cluster?.offers?.length) lines.push(`${t.offers}${t.colon}${cluster.offers.join(', ')}`);
  if (cluster?.seeks?.length) lines.push(`${t.seeks}${t.colon}${cluster.seeks.join(', ')}`);
  if (cluster?.attendees?.length) {
    lines.push(`${t.attendees}${t.colon}${cluster.attendees.map(formatAttendee).join(', ')}`);
  }
  return lines;
}

/** `Pourquoi cette rencontre :` and one line per reason, rendered from `why` with the clusters' names. */
function reasonLines(why: readonly MeetingWhy[] | undefined, lookup: EventLookup, words: CalendarWords): string[] {
  const t = words.exports;
  const reasons = explainMeeting(why ?? [], lookup.clusterName, words.explain);
  return reasons.length ? ['', `${t.why}${t.colon.trimEnd()}`, ...reasons.map((r) => `- ${r}`)] : [];
}

/**
 * Description of a meeting.
 * @param viewer - the cluster whose agenda this is: only its partner is described;
 *   `null` for the organiser's calendar: both clusters are.
 */
export function meetingDescription(
  lookup: EventLookup,
  meeting: MeetingPlace,
  viewer: string | null,
  cancelled: boolean,
  words: CalendarWords,
): string {
  const t = words.exports;
  const head = `${t.roundNumber(meeting.round)} — ${t.tableLabel(lookup.tableName(meeting.table))}`;
  if (cancelled) return `${t.cancelledNote}\n${head}`;
  const described = meeting.clusters.filter((id) => id !== viewer);
  const lines = [head, ...reasonLines(meeting.why, lookup, words)];
  for (const id of described) lines.push('', ...clusterLines(lookup.cluster(id), lookup.clusterName(id), t));
  if (viewer === null && meeting.value !== undefined) lines.push('', `${t.value}${t.colon}${new Intl.NumberFormat(t.htmlLang).format(meeting.value)}`);
  return lines.join('\n');
}

/** Summary: the partner's name for a cluster's agenda, both names for the organiser's. */
export function meetingSummary(
  lookup: EventLookup,
  clusters: [string, string],
  viewer: string | null,
  cancelled: boolean,
  t: ExportWords,
): string {
  if (viewer !== null) {
    const partner = lookup.clusterName(clusters[0] === viewer ? clusters[1] : clusters[0]);
    return cancelled ? t.cancelledMeetingWith(partner) : t.meetingWith(partner);
  }
  const [a, b] = clusters.map((id) => lookup.clusterName(id));
  return cancelled ? t.cancelledMeetingBetween(a, b) : t.meetingBetween(a, b);
}
