/**
 * The cluster's agenda as text, in the page's language and with names: the
 * meetings' `why` and the unmet requests' `cause` through the shared
 * explanations. Free of the DOM; `agenda.ts` puts it on the page.
 */
import type { Dictionary } from '../i18n/dictionary';
import { explainMeeting, explainUnmet, type NameOf } from '../i18n/explain';
import type { AgendaView } from './api-types';
import { dayLabel, wallDate, wallTime } from './text';

export interface MeetingLines {
  /** `14:00–14:20`, with the day first when the agenda spans several days. */
  when: string;
  /** `Tour 1 · table T3` */
  where: string;
  partner: string;
  locked: boolean;
  reasons: string[];
}

export interface AgendaLines {
  /** `3 rencontres`, or that there is none. */
  summary: string;
  meetings: MeetingLines[];
  /** Each unmet request: the partner's name and why. */
  unmet: { partner: string; reason: string }[];
}

export interface AgendaContext {
  words: Dictionary;
  nameOf: NameOf;
  /** A table's name from its id (the id when the event does not name its tables). */
  tableName(id: string): string;
}

export function agendaLines(agenda: AgendaView, { words, nameOf, tableName }: AgendaContext): AgendaLines {
  const { page, exports, explain } = words;
  const multiDay = new Set(agenda.meetings.map((m) => wallDate(m.start))).size > 1;
  const meetings = agenda.meetings.map(
    (m): MeetingLines => ({
      when: `${multiDay ? `${dayLabel(wallDate(m.start), page.intlLocale)}, ` : ''}${wallTime(m.start)}–${wallTime(m.end)}`,
      where: `${exports.roundNumber(m.round)} · ${exports.tableLabel(tableName(m.table))}`,
      partner: m.partner.name,
      locked: m.locked,
      reasons: explainMeeting(m.why, nameOf, explain),
    }),
  );
  return {
    summary: meetings.length === 0 ? page.noMeetings : exports.meetingCount(meetings.length),
    meetings,
    unmet: agenda.unmet.map((u) => ({ partner: nameOf(u.to), reason: explainUnmet(u, nameOf, explain) })),
  };
}
