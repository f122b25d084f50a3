/**
 * Sends emails over SMTP (`SMTP_URL`) with nodemailer. A refusal or a
 * network failure rejects `send`, so that the mail job is retried.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Mailer, OutgoingMail } from '../app/ports';
import { mailMessage } from './mail-message';

/** Milliseconds an SMTP exchange may stall before `send` fails; a query of `SMTP_URL` (`?socketTimeout=…`) may set others. */
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/** Messages one mail worker sends at once, each over a connection of its own: SMTP servers throttle bursts. */
export const SMTP_CONNECTIONS = 2;

/**
 * Connections kept open and reused, each for up to 100 messages: an
 * invitation to a thousand clusters opens a few connections, not a thousand.
 */
const POOL = { pool: true, maxConnections: SMTP_CONNECTIONS, maxMessages: 100 } as const;

export class SmtpMailer implements Mailer {
  readonly mode = { kind: 'smtp' } as const;
  private readonly transport: Transporter;

  /**
   * @param smtpUrl - `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://host:465`
   * @param mailFrom - the `From` of every message
   */
  constructor(
    smtpUrl: string,
    private readonly mailFrom: string,
  ) {
    this.transport = nodemailer.createTransport({ url: smtpUrl, ...TIMEOUTS, ...POOL });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail(mailMessage(mail, this.mailFrom));
  }

  /** Closes the transport's connections. */
  close(): void {
    this.transport.close();
  }
}
