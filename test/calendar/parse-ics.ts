/**
 * Reads a produced calendar back with two independent parsers, ical.js (the
 * parser behind Thunderbird) and node-ical, into the same plain shape.
 *
 * ical.js knows no zone but UTC: a `TZID` resolves only through the VTIMEZONE
 * of the file itself, so it checks our VTIMEZONE. node-ical resolves IANA names
 * with the runtime's own data, so it checks the wall-clock times against it.
 */
import ICAL from 'ical.js';
import * as nodeIcal from 'node-ical';

export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  location: string | null;
  description: string | null;
  /** Instants in epoch milliseconds. */
  start: number;
  end: number;
  /** The `TZID` of DTSTART, `null` for UTC. */
  tzid: string | null;
  alarms: { action: string; trigger: string }[];
}

export interface ParsedCalendar {
  name: string | null;
  method: string | null;
  events: ParsedEvent[];
  /** Sub-component kinds of each VTIMEZONE, by TZID. */
  timezones: Record<string, string[]>;
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object' && 'val' in value) return String((value as { val: unknown }).val);
  return String(value);
}

/** Undoes TEXT escaping (RFC 5545 §3.3.11), for properties ical.js does not know the type of. */
function unescapeText(raw: string): string {
  return raw.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function parseWithIcalJs(ics: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  try {
    const timezones: Record<string, string[]> = {};
    for (const vtz of calendar.getAllSubcomponents('vtimezone')) {
      const zone = new ICAL.Timezone(vtz);
      ICAL.TimezoneService.register(zone);
      timezones[zone.tzid] = vtz.getAllSubcomponents().map((c) => c.name.toUpperCase());
    }
    const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
      const startProp = vevent.getFirstProperty('dtstart')!;
      const tzid = (startProp.getParameter('tzid') as string | undefined) ?? null;
      if (tzid && !ICAL.TimezoneService.has(tzid)) throw new Error(`no VTIMEZONE for ${tzid}`);
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        sequence: event.sequence,
        status: text(vevent.getFirstPropertyValue('status')),
        summary: event.summary,
        location: event.location ?? null,
        description: event.description ?? null,
        start: event.startDate.toJSDate().getTime(),
        end: event.endDate.toJSDate().getTime(),
        tzid,
        alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
          action: String(alarm.getFirstPropertyValue('action')),
          trigger: String(alarm.getFirstPropertyValue('trigger')),
        })),
      };
    });
    return {
      // ical.js reads X-WR-CALNAME as an unknown type and leaves it escaped.
      name: calendar.hasProperty('x-wr-calname') ? unescapeText(String(calendar.getFirstPropertyValue('x-wr-calname'))) : null,
      method: text(calendar.getFirstPropertyValue('method')),
      events,
      timezones,
    };
  } finally {
    ICAL.TimezoneService.reset();
  }
}

export function parseWithNodeIcal(ics: string): ParsedCalendar {
  const parsed = nodeIcal.sync.parseICS(ics);
  const events: ParsedEvent[] = [];
  const timezones: Record<string, string[]> = {};
  let name: string | null = null;
  let method: string | null = null;
  for (const component of Object.values(parsed)) {
    if (!component) continue;
    if (component.type === 'VCALENDAR') {
      name = text(component['WR-CALNAME']);
      method = text(component.method);
    } else if (component.type === 'VTIMEZONE') {
      timezones[component.tzid] = Object.values(component as Record<string, unknown>)
        .filter((v): v is { type: string } => typeof v === 'object' && v !== null && 'type' in v)
        .map((v) => v.type);
    } else if (component.type === 'VEVENT') {
      events.push({
        uid: component.uid,
        sequence: Number(component.sequence),
        status: component.status ?? null,
        summary: text(component.summary)!,
        location: text(component.location),
        description: text(component.description),
        start: component.start.getTime(),
        end: component.end!.getTime(),
        tzid: component.start.tz && component.start.tz !== 'Etc/UTC' ? component.start.tz : null,
        alarms: (component.alarms ?? []).map((a) => ({ action: a.action, trigger: String(a.trigger) })),
      });
    }
  }
  return { name, method, events, timezones };
}

/** Both parsers, which must agree on everything but the order of events. */
export function parseBoth(ics: string): { icaljs: ParsedCalendar; nodeical: ParsedCalendar } {
  return { icaljs: parseWithIcalJs(ics), nodeical: parseWithNodeIcal(ics) };
}

export function byUid(events: ParsedEvent[]): Map<string, ParsedEvent> {
  return new Map(events.map((e) => [e.uid, e]));
}
