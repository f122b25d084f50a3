/**
 * iCalendar feeds of a schedule: one per cluster (its own meetings) and one
 * for the organiser (every meeting), with stable UIDs and SEQUENCEs from the
 * calendar ledger, times in the event's zone with a matching VTIMEZONE, and
 * cancelled meetings published as `STATUS:CANCELLED`.
 */
import ical, {
  escape,
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalEventData,
} from 'ical-generator';
import { pairKey, pairOfKey, type EventFile, type Meeting, type Schedule } from '../../solver';
import { eventLookup, sortMeetings, type EventLookup } from '../export/event-lookup';
import { assertTimeZone, inZone, isRepeatedWallTime, parseInstant } from '../export/local-time';
import { dictionary } from '../i18n/dictionary';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { samePlace, updateLedger, type CalendarLedger, type LedgerEntry } from './ledger';
import { meetingDescription, meetingLocation, meetingSummary, type CalendarWords } from './meeting-text';
import { vtimezone } from './vtimezone';

export interface CalendarOptions {
  /**
   * DTSTAMP of every event: when this calendar was produced. Comes from the caller,
   * never from the clock here. A time that only changes with the schedule (for
   * example when it was stored) keeps the output, hence an ETag, byte-stable.
   */
  dtstamp: Date;
  /** Language of summaries, locations and descriptions (with the reasons of each meeting). @defaultValue `'fr'` */
  lang?: Lang;
  /**
   * Suggested refresh interval of a subscription, in seconds
   * (`REFRESH-INTERVAL` and `X-PUBLISHED-TTL`); `0` leaves them out.
   * @defaultValue 3600
   */
  refreshSeconds?: number;
}

/** Minutes before a meeting when a cluster's calendar app shows a reminder. */
export const ALARM_MINUTES = 5;

/** Control characters are not allowed in iCalendar text (RFC 5545 §3.3.11); CR and LF are escaped instead. */
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function clean(text: string): string {
  return text.replace(controlChars, '');
}

interface Item {
  clusters: [string, string];
  entry: LedgerEntry;
  meeting: Meeting | null;
}

/**
 * The agenda of one cluster: its meetings, and those of its meetings that a
 * re-solve cancelled.
 *
 * @param ledger - the ledger updated with this schedule ({@link updateLedger});
 *   `null` publishes the schedule as a first version (SEQUENCE 0, nothing cancelled).
 * @throws RangeError for an unknown cluster or time zone;
 *   Error when `ledger` was not updated with `schedule`.
 */
export function clusterCalendar(
  event: EventFile,
  schedule: Schedule,
  ledger: CalendarLedger | null,
  clusterId: string,
  options: CalendarOptions,
): string {
  const lookup = eventLookup(event);
  if (!lookup.cluster(clusterId)) throw new RangeError(`unknown cluster "${clusterId}"`);
  const words = dictionary(options.lang ?? DEFAULT_LANG);
  const items = ledgerItems(event, schedule, ledger, options.dtstamp).filter((i) =>
    i.clusters.includes(clusterId),
  );
  const name = words.exports.clusterCalendarName(event.event.name, lookup.clusterName(clusterId));
  return render(event, lookup, items, clusterId, name, options, words);
}

/**
 * The organiser's calendar of the whole event: every meeting with both clusters
 * in its summary, and every cancelled one. No alarms: they would all ring at once.
 *
 * @param ledger - as for {@link clusterCalendar}
 * @throws as {@link clusterCalendar}
 */
export function eventCalendar(
  event: EventFile,
  schedule: Schedule,
  ledger: CalendarLedger | null,
  options: CalendarOptions,
): string {
  const lookup = eventLookup(event);
  const words = dictionary(options.lang ?? DEFAULT_LANG);
  const items = ledgerItems(event, schedule, ledger, options.dtstamp);
  return render(event, lookup, items, null, words.exports.eventCalendarName(event.event.name), options, words);
}

/** Pairs each entry of the ledger with its meeting, checking that the ledger matches the schedule. */
function ledgerItems(
  event: EventFile,
  schedule: Schedule,
  ledger: CalendarLedger | null,
  dtstamp: Date,
): Item[] {
  const current = ledger ?? updateLedger(null, event, schedule, dtstamp);
  if (current.eventId !== event.event.id || schedule.eventId !== event.event.id) {
    throw new Error(`ledger, schedule and event must belong to the same event`);
  }
  const meetings = new Map(schedule.meetings.map((m) => [pairKey(m.clusters[0], m.clusters[1]), m]));
  const stale = (key: string) =>
    new Error(`calendar ledger is not up to date for pair ${key}: call updateLedger first`);
  for (const key of meetings.keys()) {
    if (current.entries[key]?.status !== 'confirmed') throw stale(key);
  }
  return Object.entries(current.entries).map(([key, entry]) => {
    const meeting = meetings.get(key);
    if (entry.status === 'confirmed' && (!meeting || !samePlace(entry, meeting))) throw stale(key);
    const clusters = meeting?.clusters ?? pairOfKey(key);
    return { clusters, entry, meeting: entry.status === 'confirmed' ? meeting! : null };
  });
}

function yearsOf(items: Item[], zone: string): { from: number; to: number } | null {
  const years = items.flatMap((i) => [i.entry.start, i.entry.end]).map((iso) => inZone(iso, zone).getFullYear());
  return years.length ? { from: Math.min(...years), to: Math.max(...years) } : null;
}

function render(
  event: EventFile,
  lookup: EventLookup,
  items: Item[],
  viewer: string | null,
  calendarName: string,
  options: CalendarOptions,
  words: CalendarWords,
): string {
  const t = words.exports;
  const zone = event.event.timezone;
  assertTimeZone(zone);
  const years = yearsOf(items, zone);
  const refresh = options.refreshSeconds ?? 3600;

  const calendar = ical({
    prodId: { company: 'maillage', product: 'maillage', language: t.htmlLang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes NAME and X-WR-CALNAME without escaping them. Calendar
    // lists show one line, and some readers take X-WR-CALNAME raw: no line breaks.
    name: escape(clean(calendarName).replace(/\s*[\r\n]+\s*/g, ' '), false),
    // A generator without a calendar zone name: DTSTAMP and LAST-MODIFIED stay in UTC.
    timezone: { name: null, generator: (tzid) => (years ? vtimezone(tzid, years) : null) },
    ttl: refresh > 0 ? refresh : null,
  });

  const ordered = sortMeetings(
    items.map((i) => ({ ...i, start: i.entry.start, table: i.entry.table })),
  );
  for (const item of ordered) {
    const { entry, meeting } = item;
    const cancelled = meeting === null;
    const place = meeting ?? { clusters: item.clusters, round: entry.round, table: entry.table };
    const summary = clean(meetingSummary(lookup, item.clusters, viewer, cancelled, t));
    const data: ICalEventData = {
      id: entry.uid,
      sequence: entry.sequence,
      stamp: options.dtstamp,
      ...times(entry, zone),
      summary,
      location: clean(meetingLocation(event, lookup, entry.table, t)),
      description: clean(meetingDescription(lookup, place, viewer, cancelled, words)),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      lastModified: parseInstant(entry.updatedAt),
    };
    if (!cancelled && viewer !== null) {
      data.alarms = [{ type: ICalAlarmType.display, trigger: ALARM_MINUTES * 60, description: summary }];
    }
    calendar.createEvent(data);
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  return `${calendar.toString()}\r\n`;
}

/**
 * Start and end as `TZDate`s in the event zone, which ical-generator writes as wall
 * clock under `TZID` (given a plain `Date`, it would use the machine's zone); in UTC instead when a wall-clock time occurs twice (the night
 * summer time ends) and would be ambiguous, or when the zone is UTC itself.
 */
function times(entry: LedgerEntry, zone: string): Pick<ICalEventData, 'start' | 'end' | 'timezone'> {
  const start = parseInstant(entry.start);
  const end = parseInstant(entry.end);
  if (zone === 'UTC' || isRepeatedWallTime(start, zone) || isRepeatedWallTime(end, zone)) {
    return { start, end, timezone: null };
  }
  return { start: inZone(start, zone), end: inZone(end, zone), timezone: zone };
}
