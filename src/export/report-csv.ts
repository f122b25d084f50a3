/**
 * The report as CSV for the organiser's funders: one row per published
 * meeting with what came of it, in the format of the schedule's CSV.
 */
import type { EventFile } from '../../solver/model/types';
import type { MeetingOutcome } from '../app/ports';
import { dictionary } from '../i18n/dictionary';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { eventLookup, sortMeetings } from './event-lookup';
import { assertTimeZone, formatLocal } from './local-time';
import { spreadsheetCsv } from './schedule-csv';

/**
 * Columns: start, end, table, then each cluster with its sector and region,
 * whether the meeting was held, the follow-up planned, and each side's rating and comment.
 *
 * @throws RangeError for an unknown time zone.
 */
export function reportCsv(event: EventFile, outcomes: readonly MeetingOutcome[], options: { lang?: Lang } = {}): string {
  const { exports: t } = dictionary(options.lang ?? DEFAULT_LANG);
  const r = t.report;
  const zone = event.event.timezone;
  assertTimeZone(zone);
  const lookup = eventLookup(event);
  const local = (iso: string) => formatLocal(iso, zone, 'yyyy-MM-dd HH:mm');
  const byMeeting = new Map(outcomes.map((o) => [o.meeting, o]));
  const header = [
    t.start,
    t.end,
    t.table,
    t.clusterA,
    `${r.sector} (${t.clusterA})`,
    `${r.region} (${t.clusterA})`,
    t.clusterB,
    `${r.sector} (${t.clusterB})`,
    `${r.region} (${t.clusterB})`,
    r.outcome,
    r.followUp,
    r.rating(t.clusterA),
    r.rating(t.clusterB),
    r.comment(t.clusterA),
    r.comment(t.clusterB),
  ];
  const rows = sortMeetings(outcomes.map((o) => o.meeting)).map((m) => {
    const o = byMeeting.get(m)!;
    const [a, b] = m.clusters.map((id) => lookup.cluster(id));
    return [
      local(m.start),
      local(m.end),
      lookup.tableName(m.table),
      lookup.clusterName(m.clusters[0]),
      a?.sector ?? '',
      a?.region ?? '',
      lookup.clusterName(m.clusters[1]),
      b?.sector ?? '',
      b?.region ?? '',
      r.outcomes[o.state],
      o.followUp ? r.followUps[o.followUp] : '',
      o.answers[0]?.rating ?? '',
      o.answers[1]?.rating ?? '',
      o.answers[0]?.comment ?? '',
      o.answers[1]?.comment ?? '',
    ];
  });
  return spreadsheetCsv([header, ...rows]);
}
