/**
 * User-facing words of the exports (calendars, CSV, printable agendas).
 * French by default: the events are French regional days.
 */

/** Language of an export. */
export type Lang = 'fr' | 'en';

/** The default language of every export. */
export const DEFAULT_LANG: Lang = 'fr';

export interface Labels {
  /** BCP 47 tag for `<html lang>` and `Intl`. */
  htmlLang: string;
  meetingWith(partner: string): string;
  cancelledMeetingWith(partner: string): string;
  meetingBetween(a: string, b: string): string;
  cancelledMeetingBetween(a: string, b: string): string;
  cancelledNote: string;
  clusterCalendarName(eventName: string, clusterName: string): string;
  eventCalendarName(eventName: string): string;
  /** `table T4` for a short name like an id; a name with spaces (`Salle Rhône – table 1`) as it is. */
  tableLabel(tableName: string): string;
  round: string;
  roundNumber(index: number): string;
  table: string;
  time: string;
  start: string;
  end: string;
  partner: string;
  why: string;
  offers: string;
  seeks: string;
  attendees: string;
  value: string;
  reasons: string;
  clusterA: string;
  clusterB: string;
  idOf(column: string): string;
  iso(column: string): string;
  agendaTitle: string;
  gridTitle: string;
  clusterIndex: string;
  noMeetings: string;
  meetingCount(n: number): string;
  free: string;
  /** Name of the other language, for the switch link. */
  otherLanguage: string;
  /** `d MMMM yyyy` style pattern for date-fns, with the weekday. */
  longDate: string;
  /** French typography puts a space before a colon. */
  colon: string;
}

/** Names that read well without a `table` prefix. */
const selfDescribing = /^table|\s/i;

const fr: Labels = {
  htmlLang: 'fr',
  meetingWith: (p) => `Rencontre : ${p}`,
  cancelledMeetingWith: (p) => `Rencontre annulée : ${p}`,
  meetingBetween: (a, b) => `Rencontre : ${a} × ${b}`,
  cancelledMeetingBetween: (a, b) => `Rencontre annulée : ${a} × ${b}`,
  cancelledNote: 'Cette rencontre a été annulée par une nouvelle planification.',
  clusterCalendarName: (e, c) => `${e} — ${c}`,
  eventCalendarName: (e) => `${e} — toutes les rencontres`,
  tableLabel: (t) => (selfDescribing.test(t) ? t : `table ${t}`),
  round: 'Tour',
  roundNumber: (i) => `Tour ${i}`,
  table: 'Table',
  time: 'Horaire',
  start: 'Début',
  end: 'Fin',
  partner: 'Partenaire',
  why: 'Pourquoi cette rencontre',
  offers: 'Propose',
  seeks: 'Recherche',
  attendees: 'Participants',
  value: 'Valeur',
  reasons: 'Raisons',
  clusterA: 'Cluster A',
  clusterB: 'Cluster B',
  idOf: (c) => `${c} (id)`,
  iso: (c) => `${c} (ISO 8601)`,
  agendaTitle: 'Programme des rencontres',
  gridTitle: 'Grille des rencontres',
  clusterIndex: 'Index des clusters',
  noMeetings: 'Aucune rencontre programmée.',
  meetingCount: (n) => (n <= 1 ? `${n} rencontre` : `${n} rencontres`),
  free: 'libre',
  otherLanguage: 'English',
  longDate: 'EEEE d MMMM yyyy',
  colon: ' : ',
};

const en: Labels = {
  htmlLang: 'en',
  meetingWith: (p) => `Meeting: ${p}`,
  cancelledMeetingWith: (p) => `Cancelled meeting: ${p}`,
  meetingBetween: (a, b) => `Meeting: ${a} × ${b}`,
  cancelledMeetingBetween: (a, b) => `Cancelled meeting: ${a} × ${b}`,
  cancelledNote: 'This meeting was cancelled when the schedule was revised.',
  clusterCalendarName: (e, c) => `${e} — ${c}`,
  eventCalendarName: (e) => `${e} — all meetings`,
  tableLabel: (t) => (selfDescribing.test(t) ? t : `table ${t}`),
  round: 'Round',
  roundNumber: (i) => `Round ${i}`,
  table: 'Table',
  time: 'Time',
  start: 'Start',
  end: 'End',
  partner: 'Partner',
  why: 'Why this meeting',
  offers: 'Offers',
  seeks: 'Seeks',
  attendees: 'Attendees',
  value: 'Value',
  reasons: 'Reasons',
  clusterA: 'Cluster A',
  clusterB: 'Cluster B',
  idOf: (c) => `${c} (id)`,
  iso: (c) => `${c} (ISO 8601)`,
  agendaTitle: 'Meeting schedule',
  gridTitle: 'Meeting grid',
  clusterIndex: 'Cluster index',
  noMeetings: 'No meetings scheduled.',
  meetingCount: (n) => (n === 1 ? '1 meeting' : `${n} meetings`),
  free: 'free',
  otherLanguage: 'Français',
  longDate: 'EEEE d MMMM yyyy',
  colon: ': ',
};

/** The words of `lang`; anything but `'en'` gives French. */
export function labels(lang: Lang = DEFAULT_LANG): Labels {
  return lang === 'en' ? en : fr;
}
