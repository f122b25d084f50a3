/**
 * Without `SMTP_URL`: each email is written as an `.eml` file (the MIME
 * message nodemailer would send) under `<DATA_DIR>/outbox/`, for a person to
 * read or a mail client to open.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Mailer, OutgoingMail } from '../app/ports';
import { mailMessage } from './mail-message';

/** `20261203T132510123Z-maillage.notice.3f2a…@localhost.eml`: time order, then the message, safe characters only. */
export function outboxFileName(mail: Pick<OutgoingMail, 'messageId'>, at: Date): string {
  const time = at.toISOString().replace(/[-:]/g, '').replace('.', '');
  const id = mail.messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._@-]/g, '_').slice(0, 150);
  return `${time}-${id}.eml`;
}

export class OutboxMailer implements Mailer {
  readonly mode: { kind: 'outbox'; folder: string };

  /**
   * @param dataDir - `DATA_DIR`; messages go to its `outbox/` folder, made when needed
   * @param now - the clock, for the file names. @defaultValue `() => new Date()`
   */
  constructor(
    dataDir: string,
    private readonly mailFrom: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.mode = { kind: 'outbox', folder: join(dataDir, 'outbox') };
  }

  async send(mail: OutgoingMail): Promise<void> {
    const message = await new MailComposer(mailMessage(mail, this.mailFrom)).compile().build();
    const folder = this.mode.folder;
    await mkdir(folder, { recursive: true });
    const file = join(folder, outboxFileName(mail, this.now()));
    // Written aside, then renamed: a reader of the folder never sees half a message.
    const partial = `${file}.partial`;
    await writeFile(partial, message);
    await rename(partial, file);
  }

  /** Files only: nothing to close. */
  close(): void {}
}
