/**
 * The notice of a published schedule: the cluster's meetings, what changed
 * in its agenda, its calendar attached, and its links.
 */
import { computeRounds, type Meeting, type MeetingChange, type MeetingPlace } from '../../solver';
import { eventLookup, sortMeetings } from '../export/event-lookup';
import { assertTimeZone, formatLocal, isRepeatedWallTime, parseInstant } from '../export/local-time';
import { explainMeeting } from '../i18n/explain';
import { composeMail, mailParts, type RenderedMail } from './compose-mail';
import type { ListItem } from './mail-body';
import type { MailContext } from './mail-context';
import { oneLine } from './one-line';

export interface Notice {
  /** The cluster's meetings in the new schedule. */
  meetings: readonly Meeting[];
  /** What changed in the cluster's agenda (`compareSchedules`, the cluster's changes only). */
  changes: readonly MeetingChange[];
  /** The cluster's calendar, attached as `agenda.ics`. */
  ics: string;
  /** The URL of the cluster's calendar feed. */
  subscriptionUrl: string;
}

/** The MIME type of the attached calendar. */
export const AGENDA_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';

/** Lists the cluster's meetings (time in the event's zone, table, partner, why), then what changed, with its links. */
export function noticeMail(ctx: MailContext, notice: Notice): RenderedMail {
  const { words, event, cluster } = mailParts(ctx);
  const t = words.email;
  const zone = ctx.event.event.timezone;
  assertTimeZone(zone);
  const lookup = eventLookup(ctx.event);
  const nameOf = (id: string) => oneLine(lookup.clusterName(id));
  const tableOf = (table: string) => oneLine(words.exports.tableLabel(lookup.tableName(table)));
  const partnerOf = (clusters: readonly [string, string]) => nameOf(clusters[0] === ctx.cluster.id ? clusters[1] : clusters[0]);
  const time = (start: string, end: string) => {
    const range = `${formatLocal(start, zone, t.meetingDay, ctx.lang)}, ${formatLocal(start, zone, 'HH:mm')}–${formatLocal(end, zone, 'HH:mm')}`;
    // Where a wall-clock time occurs twice (the night summer time ends), the offsets tell the two apart.
    if (![start, end].some((iso) => isRepeatedWallTime(parseInstant(iso), zone))) return range;
    const offsets = [...new Set([start, end].map((iso) => `UTC${formatLocal(iso, zone, 'xxx')}`))];
    return `${range} (${offsets.join(' → ')})`;
  };

  const meetings: ListItem[] = sortMeetings(notice.meetings).map((m) => ({
    text: t.meetingLine(time(m.start, m.end), tableOf(m.table), partnerOf(m.clusters)),
    details: explainMeeting(m.why, nameOf, words.explain),
  }));

  const rounds = new Map(computeRounds(ctx.event).map((r) => [r.index, r]));
  const place = (p: MeetingPlace | undefined) => {
    if (!p) return '';
    const round = rounds.get(p.round);
    return t.place(round ? time(round.start, round.end) : words.exports.roundNumber(p.round), tableOf(p.table));
  };
  const changes: ListItem[] = notice.changes.map((c) => {
    const partner = partnerOf(c.clusters);
    if (c.kind === 'moved') return { text: t.moved(partner, place(c.from), place(c.to)) };
    if (c.kind === 'added') return { text: t.added(partner, place(c.to)) };
    return { text: t.cancelled(partner, place(c.from)) };
  });

  return composeMail(
    ctx,
    t.noticeSubject(event),
    [
      { kind: 'paragraph', text: t.noticeIntro(cluster, event) },
      { kind: 'heading', text: t.yourMeetings },
      meetings.length ? { kind: 'list', items: meetings } : { kind: 'paragraph', text: t.noMeetings },
      ...(changes.length ? [{ kind: 'heading' as const, text: t.changes }, { kind: 'list' as const, items: changes }] : []),
      { kind: 'paragraph', text: t.attached },
      { kind: 'paragraph', text: t.subscribe },
      { kind: 'link', label: t.subscribeLink, href: notice.subscriptionUrl },
      { kind: 'link', label: t.pageLink, href: ctx.link },
      { kind: 'paragraph', text: t.privateLink },
    ],
    [{ filename: 'agenda.ics', content: notice.ics, contentType: AGENDA_CONTENT_TYPE }],
  );
}

