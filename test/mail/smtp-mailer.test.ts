import type { AddressObject } from 'mailparser';
import type { MailKind, OutgoingMail } from '../../src/app/ports';
import { escapeHtml } from '../../src/export/html';
import { feedbackRequestMail } from '../../src/email/feedback-request-mail';
import { invitationMail } from '../../src/email/invitation-mail';
import { mailLang } from '../../src/email/mail-context';
import { messageIdFor } from '../../src/email/message-id';
import { noticeMail } from '../../src/email/notice-mail';
import { createMailer } from '../../src/mail/create-mailer';
import { SmtpMailer } from '../../src/mail/smtp-mailer';
import { parseWithNodeIcal } from '../calendar/parse-ics';
import { clusterOf, context, FEED, LINK, mailEvent, notice } from './mail-fixture';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server';

const FROM = 'Rencontres Loire <rdv@example.org>';

/** Every one of `parts` appears in `text`. */
const expectAll = (text: string, parts: readonly string[]) => {
  for (const part of parts) expect(text).toContain(part);
};

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));

describe('SmtpMailer', () => {
  let server: TestSmtpServer;
  let mailer: SmtpMailer;

  beforeEach(async () => {
    server = await startSmtpServer();
    mailer = new SmtpMailer(server.url, FROM);
  });
  afterEach(async () => {
    mailer.close();
    await server.close();
  });

  const send = async (mail: Omit<OutgoingMail, 'messageId'>, batch = 'b1', kind: MailKind = 'invitation') => {
    const messageId = messageIdFor({ eventId: 'rencontres-loire-2016', clusterId: 'viameca', kind, batch }, FROM);
    await mailer.send({ ...mail, messageId });
    return server.received[server.received.length - 1];
  };

  it('sends to exactly the attendees that have an email, from MAIL_FROM, with the stable Message-ID', async () => {
    const event = mailEvent();
    const got = await send(invitationMail(context(event), 'invitation'));
    expect(got.recipients.sort()).toEqual(['delegue-general.viameca@example.org', 'paul.martin@example.org']);
    expect(addresses(got.parsed.to).sort()).toEqual(['delegue-general.viameca@example.org', 'paul.martin@example.org']);
    expect(got.parsed.cc).toBeUndefined();
    expect(got.parsed.bcc).toBeUndefined();
    expect(got.sender).toBe('rdv@example.org');
    expect(got.parsed.from?.value[0]).toEqual({ name: 'Rencontres Loire', address: 'rdv@example.org' });
    expect(got.parsed.messageId).toBe(messageIdFor({ eventId: 'rencontres-loire-2016', clusterId: 'viameca', kind: 'invitation', batch: 'b1' }, FROM));
  });

  it('writes the invitation in French by default, with the event, its days, place, cap, meeting length and the link', async () => {
    const event = mailEvent();
    const got = await send(invitationMail(context(event, 'viameca', mailLang(clusterOf(event, 'viameca'))), 'invitation'));
    const text = got.parsed.text ?? '';
    expect(got.parsed.subject).toBe('Rencontres inter-clusters Loire – Rhône\u00a0: choisissez vos rendez-vous');
    expectAll(text, [
      'Bonjour',
      'jeudi 17 mars 2016, de 09:30 à 11:00',
      'vendredi 18 mars 2016, de 14:00 à 15:30',
      'Cité du design, Saint-Étienne',
      '3 rendez-vous au plus',
      'Rendez-vous de 20 minutes',
      LINK,
    ]);
    expect(got.parsed.html).toContain(`href="${escapeHtml(LINK)}"`);
    expect(got.parsed.html).toContain('<html lang="fr">');
  });

  it('writes in English for a cluster whose language is en, and a reminder says the wishes are not given yet', async () => {
    const event = mailEvent();
    clusterOf(event, 'viameca').lang = 'en';
    const lang = mailLang(clusterOf(event, 'viameca'));
    expect(lang).toBe('en');
    const got = await send(invitationMail(context(event, 'viameca', lang), 'reminder'), 'b2', 'reminder');
    expect(got.parsed.subject).toBe('Reminder — Rencontres inter-clusters Loire – Rhône: your meeting wishes');
    expectAll(got.parsed.text ?? '', [
      'Hello,',
      'You have not yet told us which clusters ViaMéca wishes to meet',
      'At most 3 meetings',
      'Thursday 17 March 2016, 09:30 to 11:00',
      LINK,
    ]);
    expect(got.parsed.html).toContain('<html lang="en">');
    expect(got.parsed.text).not.toContain('Bonjour');
  });

  it('asks for feedback on each meeting after the event, with the link', async () => {
    const got = await send(feedbackRequestMail(context(mailEvent())), 'b3', 'feedback');
    expectAll(got.parsed.text ?? '', ['s’il a bien eu lieu', 'suite', 'note', LINK]);
    expect(got.parsed.html).toContain(`href="${escapeHtml(LINK)}"`);
  });

  it("attaches the cluster's agenda to the notice, which parses and holds the cluster's meetings", async () => {
    const event = mailEvent();
    const got = await send(noticeMail(context(event), notice(event)), 'b4', 'notice');
    const [agenda] = got.parsed.attachments;
    expect(agenda.filename).toBe('agenda.ics');
    expect(agenda.contentType).toBe('text/calendar');
    expect(got.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/i);
    const calendar = parseWithNodeIcal(agenda.content.toString('utf8'));
    expect(calendar.events.map((e) => e.summary).sort()).toEqual(['Rencontre : Mécaloire', 'Rencontre : Numélink']);
    expect(calendar.events.map((e) => new Date(e.start).toISOString()).sort()).toEqual(['2016-03-17T08:30:00.000Z', '2016-03-18T13:00:00.000Z']);
    const text = got.parsed.text ?? '';
    expectAll(text, [
      'Vos rendez-vous',
      'jeudi 17 mars, 09:30–09:50 — Salle Rhône – table 1 — Mécaloire',
      'Demande mutuelle (Mécaloire\u00a0: 1er choix, ViaMéca\u00a0: 2e choix)',
      'Déplacé : Mécaloire, jeudi 17 mars, 10:00–10:20, Salle Rhône – table 1 → jeudi 17 mars, 09:30–09:50, Salle Rhône – table 1',
      'Nouveau : Numélink, vendredi 18 mars, 14:00–14:20, Salle Rhône – table 2',
      'Annulé : Plastipolis, jeudi 17 mars, 10:30–10:50, Salle Rhône – table 2',
      FEED,
    ]);
    // Names, never ids (the links hold the event's and the cluster's own ids only).
    expect(text).not.toMatch(/mecaloire|numelink|plastipolis|rhone-\d/);
    expect(text).toContain(LINK);
    expect(got.parsed.html).toContain(`href="${escapeHtml(LINK)}"`);
  });

  it('lets no hostile cluster, attendee or event name add a recipient or a header', async () => {
    const event = mailEvent();
    event.event.name = 'Rencontres\r\nBcc: spy@evil.example\r\n<script>alert("x")</script>';
    const viameca = clusterOf(event, 'viameca');
    viameca.name = 'ViaMéca\r\nBcc: spy2@evil.example\r\nX-Evil: 1';
    viameca.attendees = [{ name: 'Jeanne "Boss"\r\nBcc: spy3@evil.example', email: 'jeanne@example.org' }];
    const got = await send(noticeMail(context(event), notice(event)), 'b5', 'notice');
    expect(got.recipients).toEqual(['jeanne@example.org']);
    expect(addresses(got.parsed.to)).toEqual(['jeanne@example.org']);
    expect(got.parsed.bcc).toBeUndefined();
    expect(got.parsed.headers.has('x-evil')).toBe(false);
    const headerLines = got.raw.slice(0, got.raw.indexOf('\r\n\r\n'));
    expect(headerLines).not.toMatch(/^(Bcc|X-Evil):/im);
    expect(got.parsed.subject).toBe('Rencontres Bcc: spy@evil.example <script>alert("x")</script>\u00a0: vos rendez-vous');
    expect(got.parsed.html).not.toContain('<script>');
    expect(got.parsed.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
});

describe('SmtpMailer against a server that refuses', () => {
  it('rejects send when the server refuses the message, so that the job retries, and sends the next attempt', async () => {
    const server = await startSmtpServer({ rejectFirst: 1 });
    const mailer = createMailer({ smtpUrl: server.url, mailFrom: FROM, dataDir: '/nonexistent' });
    try {
      expect(mailer.mode).toEqual({ kind: 'smtp' });
      const mail = { ...invitationMail(context(mailEvent()), 'invitation'), messageId: '<retry.1@example.org>' };
      await expect(mailer.send(mail)).rejects.toThrow(/try again later/);
      expect(server.received).toHaveLength(0);
      await mailer.send(mail);
      expect(server.received.map((r) => r.parsed.messageId)).toEqual(['<retry.1@example.org>']);
    } finally {
      (mailer as SmtpMailer).close();
      await server.close();
    }
  });
});
