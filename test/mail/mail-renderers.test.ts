import { scheduleFromMeetings } from '../../solver';
import { clusterCalendar } from '../../src/calendar/ics';
import { invitationMail } from '../../src/email/invitation-mail';
import { mailLang, recipientsOf } from '../../src/email/mail-context';
import { noticeMail } from '../../src/email/notice-mail';
import { readFixture } from '../support/fixtures';
import { clusterOf, context, FEED, LINK, mailEvent } from './mail-fixture';

describe('email renderers', () => {
  it('sends to each attendee address once, its name on one line, and to nobody without an email', () => {
    const event = mailEvent();
    const viameca = clusterOf(event, 'viameca');
    viameca.attendees = [
      { name: 'Jeanne\r\nDupont', email: 'jeanne@example.org' },
      { name: 'Jeanne D.', email: 'Jeanne@Example.org' },
      { name: 'Sans adresse' },
      { name: 'Vide', email: ' ' },
    ];
    expect(recipientsOf(viameca)).toEqual([{ name: 'Jeanne Dupont', address: 'jeanne@example.org' }]);
    expect(recipientsOf({ id: 'x', name: 'X' })).toEqual([]);
  });

  it('writes French unless the cluster chose English', () => {
    expect(mailLang({ id: 'x', name: 'X' })).toBe('fr');
    expect(mailLang({ id: 'x', name: 'X', lang: 'fr' })).toBe('fr');
    expect(mailLang({ id: 'x', name: 'X', lang: 'en' })).toBe('en');
  });

  it('gives the UTC offsets of a meeting whose wall-clock time occurs twice, the night summer time ends', () => {
    const event = readFixture('changement-heure.json');
    const [a, b] = event.clusters;
    a.attendees = [{ name: 'A', email: 'a@example.org' }];
    // Rounds of 20 + 10 minutes from 01:00: the 4th starts at 02:30 CEST, a wall-clock time that comes again an hour later (CET).
    const schedule = scheduleFromMeetings(event, [
      { clusters: [a.id, b.id], round: 4, table: 'T1' },
    ]);
    const ctx = { event, cluster: a, link: LINK, lang: 'fr' as const };
    const ics = clusterCalendar(event, schedule, null, a.id, { dtstamp: new Date('2026-10-01T00:00:00Z') });
    const mail = noticeMail(ctx, { meetings: schedule.meetings, changes: [], ics, subscriptionUrl: FEED });
    expect(mail.text).toContain(`dimanche 25 octobre, 02:30–02:50 (UTC+02:00) — table T1 — ${b.name}`);
  });

  it('refuses a link that is not http(s) or webcal(s)', () => {
    expect(() => invitationMail({ ...context(mailEvent()), link: 'javascript:alert(1)' }, 'invitation')).toThrow(RangeError);
  });
});
