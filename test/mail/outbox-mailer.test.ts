import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { invitationMail } from '../../src/email/invitation-mail';
import { messageIdFor } from '../../src/email/message-id';
import { noticeMail } from '../../src/email/notice-mail';
import { createMailer } from '../../src/mail/create-mailer';
import { outboxFileName } from '../../src/mail/outbox-mailer';
import { parseWithNodeIcal } from '../calendar/parse-ics';
import { context, LINK, mailEvent, notice } from './mail-fixture';

const FROM = 'maillage <no-reply@localhost>';

describe('OutboxMailer', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-outbox-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes one parseable .eml per message under DATA_DIR/outbox without SMTP_URL', async () => {
    const mailer = createMailer({ mailFrom: FROM, dataDir });
    const folder = join(dataDir, 'outbox');
    expect(mailer.mode).toEqual({ kind: 'outbox', folder });
    const event = mailEvent();
    const ids = ['invitation', 'notice'].map((kind) =>
      messageIdFor({ eventId: event.event.id, clusterId: 'viameca', kind: kind as 'invitation' | 'notice', batch: 'batch 1/2' }, FROM),
    );
    await mailer.send({ ...invitationMail(context(event), 'invitation'), messageId: ids[0] });
    await mailer.send({ ...noticeMail(context(event), notice(event)), messageId: ids[1] });

    const files = (await readdir(folder)).sort();
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatch(/^[A-Za-z0-9._@-]+\.eml$/);
    const parsed = await Promise.all(files.map(async (f) => simpleParser(await readFile(join(folder, f)))));
    expect(parsed.map((p) => p.messageId).sort()).toEqual([...ids].sort());
    for (const p of parsed) {
      expect(p.from?.value[0].address).toBe('no-reply@localhost');
      expect(p.text).toContain(LINK);
    }
    const withAgenda = parsed.find((p) => p.attachments.length > 0)!;
    expect(parseWithNodeIcal(withAgenda.attachments[0].content.toString('utf8')).events).toHaveLength(2);
  });

  it('names the file after the time and the message id, with safe characters only', () => {
    const name = outboxFileName({ messageId: '<a/b\\..c d@x.org>' }, new Date('2026-12-03T13:25:10.123Z'));
    expect(name).toBe('20261203T132510123Z-a_b_..c_d@x.org.eml');
  });

  it('rejects a message without recipients and writes nothing', async () => {
    const mailer = createMailer({ mailFrom: FROM, dataDir });
    const mail = { ...invitationMail(context(mailEvent()), 'invitation'), to: [], messageId: '<none@localhost>' };
    await expect(mailer.send(mail)).rejects.toThrow(/no recipient/);
    await expect(readdir(join(dataDir, 'outbox'))).rejects.toThrow();
  });
});
