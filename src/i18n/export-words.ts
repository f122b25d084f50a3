/**
 * The words of the exports: calendars, CSV and printable agendas. The
 * explanations of a meeting come from `ExplainWords`, in the same language.
 */
export interface ExportWords {
  /** BCP 47 tag for `<html lang>`, `PRODID` and `Intl`. */
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
  /** Columns and values of the report's CSV (what came of each meeting). */
  report: {
    sector: string;
    region: string;
    outcome: string;
    outcomes: { held: string; noShow: string; unknown: string };
    followUp: string;
    followUps: { yes: string; maybe: string; no: string };
    rating(cluster: string): string;
    comment(cluster: string): string;
  };
}
