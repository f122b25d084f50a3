/**
 * The words of the emails to the clusters: invitation, reminder, feedback
 * request and the notice of a new schedule. Each template gets names (never
 * ids) and values already formatted; `src/email` chooses which to use.
 */
export interface EmailWords {
  /** BCP 47 tag for `<html lang>`. */
  htmlLang: string;
  /** `Bonjour,` */
  greeting: string;
  /** Closing line, before the event's name. */
  signOff: string;
  invitationSubject(event: string): string;
  reminderSubject(event: string): string;
  feedbackSubject(event: string): string;
  noticeSubject(event: string): string;
  invitationIntro(cluster: string, event: string): string;
  /** The wishes are not given yet. */
  reminderIntro(cluster: string, event: string): string;
  /** Label of the event's days and sessions. */
  when: string;
  where: string;
  /** One session: its long date, then its start and end times. */
  session(date: string, start: string, end: string): string;
  /** `3 rendez-vous au plus` */
  cap(n: number): string;
  /** `Rendez-vous de 20 minutes` */
  meetingLength(minutes: number): string;
  /** What to do on the page before the event. */
  wishesCall: string;
  wishesLink: string;
  /** The link opens the cluster's page without a password. */
  privateLink: string;
  feedbackIntro(cluster: string, event: string): string;
  /** For each meeting: whether it took place, the follow-up, a rating. */
  feedbackAsk: string;
  feedbackLink: string;
  noticeIntro(cluster: string, event: string): string;
  yourMeetings: string;
  noMeetings: string;
  /** One meeting of the agenda. */
  meetingLine(time: string, table: string, partner: string): string;
  changes: string;
  moved(partner: string, from: string, to: string): string;
  added(partner: string, at: string): string;
  cancelled(partner: string, at: string): string;
  /** Where and when a meeting is, in a change: its time, then its table. */
  place(time: string, table: string): string;
  /** The calendar attached to the notice. */
  attached: string;
  subscribe: string;
  subscribeLink: string;
  pageLink: string;
  /** date-fns pattern of a meeting's day (`jeudi 17 mars`). */
  meetingDay: string;
}
