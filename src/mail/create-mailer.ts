/**
 * The mailer the settings ask for: SMTP with `SMTP_URL`, the outbox folder without.
 */
import type { Mailer } from '../app/ports';
import { OutboxMailer } from './outbox-mailer';
import { SmtpMailer } from './smtp-mailer';

export interface MailerSettings {
  /** `SMTP_URL`; absent: messages are written under `dataDir/outbox/`. */
  smtpUrl?: string;
  /** `MAIL_FROM` */
  mailFrom: string;
  /** `DATA_DIR` */
  dataDir: string;
}

export function createMailer(settings: MailerSettings): Mailer {
  return settings.smtpUrl
    ? new SmtpMailer(settings.smtpUrl, settings.mailFrom)
    : new OutboxMailer(settings.dataDir, settings.mailFrom);
}
