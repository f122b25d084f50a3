/**
 * A mail job retried against a real SMTP server and a real Redis: a refused
 * attempt sends nothing and records nothing, the retry sends the message, and
 * any later retry of the same job sends no duplicate.
 */
import { sendMailJob, type MailJobDeps } from '../../src/app/send-mail-job';
import { createMailer } from '../../src/mail/create-mailer';
import { smallEvent, startHarness, type Harness } from '../http/harness';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server';

let h: Harness;
let smtp: TestSmtpServer;
let deps: MailJobDeps;

beforeAll(async () => {
  smtp = await startSmtpServer({ rejectFirst: 1 });
  h = await startHarness('mail-retry');
  const event = smallEvent('retry-day');
  event.clusters[0].attendees = [{ name: 'Claire Martin\r\nBcc: intrus@evil.test', email: 'claire@axelera.test' }];
  event.clusters[0].name = 'Axelera\r\nX-Injected: oui';
  await h.organizer.post('/api/events').send(event).expect(201);
  deps = { ...h.deps, mailer: createMailer({ smtpUrl: smtp.url, mailFrom: 'ARDE <rdv@arde.test>', dataDir: h.config.dataDir }), mailFrom: 'ARDE <rdv@arde.test>' };
});

afterAll(async () => {
  deps.mailer.close();
  await h.stop();
  await smtp.close();
});

const job = { eventId: 'retry-day', clusterId: 'axelera', kind: 'invitation', batch: 'request-1' };

describe('a retried mail job', () => {
  it('sends nothing and records nothing when the SMTP server refuses it', async () => {
    await expect(sendMailJob(deps, job)).rejects.toThrow();
    expect(smtp.received).toHaveLength(0);
    expect((await h.deps.life.getMailLog('retry-day')).get('axelera')).toBeUndefined();
  });

  it('sends the message on the retry, and never again for the same request', async () => {
    expect(await sendMailJob(deps, job)).toBe('sent');
    expect(await sendMailJob(deps, job)).toBe('already_sent');
    expect(smtp.received).toHaveLength(1);
    expect((await h.deps.life.getMailLog('retry-day')).get('axelera')?.invitation).toEqual(expect.any(String));
  });

  it('a hostile name with CRLF adds no recipient and no header', () => {
    const [mail] = smtp.received;
    expect(mail.recipients).toEqual(['claire@axelera.test']);
    expect(mail.parsed.headers.has('x-injected')).toBe(false);
    expect(mail.parsed.bcc).toBeUndefined();
    expect(mail.raw).not.toMatch(/^Bcc:/m);
  });

  it('another request sends it again', async () => {
    expect(await sendMailJob(deps, { ...job, batch: 'request-2' })).toBe('sent');
    expect(smtp.received).toHaveLength(2);
  });

  it('skips a cluster without an address, and an event that is gone', async () => {
    expect(await sendMailJob(deps, { ...job, clusterId: 'minalogic' })).toBe('unreachable');
    expect(await sendMailJob(deps, { ...job, eventId: 'no-such-event' })).toBe('gone');
    expect(smtp.received).toHaveLength(2);
  });
});
