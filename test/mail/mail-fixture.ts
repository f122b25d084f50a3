/** An event with its clusters' addresses, a schedule and its changes, for the email tests. */
import { compareSchedules, scheduleFromMeetings, type ClusterInput, type EventFile, type MeetingChange, type Schedule } from '../../solver';
import { clusterCalendar } from '../../src/calendar/ics';
import type { Notice } from '../../src/email/notice-mail';
import type { MailContext } from '../../src/email/mail-context';
import { readFixture } from '../support/fixtures';

export const LINK = 'https://rdv.example.org/e/rencontres-loire-2016/c/viameca?token=s3cr3t&x=1';
export const FEED = 'https://rdv.example.org/e/rencontres-loire-2016/c/viameca/agenda.ics?token=s3cr3t';

/** `deux-sessions.json`, ViaMéca with two attendees with an email and one without. */
export function mailEvent(): EventFile {
  const event = readFixture('deux-sessions.json');
  const viameca = event.clusters.find((c) => c.id === 'viameca')!;
  viameca.attendees = [
    { name: 'Délégué général', email: 'delegue-general.viameca@example.org' },
    { name: 'Jeanne Dupont' },
    { name: 'Paul Martin', email: 'paul.martin@example.org' },
  ];
  return event;
}

export const clusterOf = (event: EventFile, id: string): ClusterInput => event.clusters.find((c) => c.id === id)!;

export function context(event: EventFile, clusterId = 'viameca', lang: 'fr' | 'en' = 'fr'): MailContext {
  return { event, cluster: clusterOf(event, clusterId), link: LINK, lang };
}

/** A schedule where ViaMéca meets Mécaloire (moved from round 2 to 1) and Numélink (new); Plastipolis is cancelled. */
export function scheduleAndChanges(event: EventFile): { schedule: Schedule; changes: MeetingChange[] } {
  const before = [
    { clusters: ['mecaloire', 'viameca'] as [string, string], round: 2, table: 'rhone-1' },
    { clusters: ['plastipolis', 'viameca'] as [string, string], round: 3, table: 'rhone-2' },
  ];
  const schedule = scheduleFromMeetings(event, [
    { clusters: ['mecaloire', 'viameca'], round: 1, table: 'rhone-1' },
    { clusters: ['numelink', 'viameca'], round: 4, table: 'rhone-2' },
    { clusters: ['axelera', 'techtera'], round: 1, table: 'rhone-2' },
  ]);
  const changes = compareSchedules(before, schedule.meetings).changes.filter((c) => c.clusters.includes('viameca'));
  return { schedule, changes };
}

export function notice(event: EventFile, clusterId = 'viameca', lang: 'fr' | 'en' = 'fr'): Notice {
  const { schedule, changes } = scheduleAndChanges(event);
  return {
    meetings: schedule.meetings.filter((m) => m.clusters.includes(clusterId)),
    changes,
    ics: clusterCalendar(event, schedule, null, clusterId, { dtstamp: new Date('2016-03-01T10:00:00Z'), lang }),
    subscriptionUrl: FEED,
  };
}
