/**
 * An {@link OutgoingMail} as nodemailer's message, the same for SMTP and for
 * the outbox, so that both write the same MIME message.
 */
import type Mail from 'nodemailer/lib/mailer';
import type { OutgoingMail } from '../app/ports';

/** The message from `mailFrom` (`MAIL_FROM`); nodemailer encodes every header, names included. */
export function mailMessage(mail: OutgoingMail, mailFrom: string): Mail.Options {
  if (mail.to.length === 0) throw new Error(`email ${mail.messageId} has no recipient`);
  return {
    from: mailFrom,
    to: mail.to.map((a) => ({ name: a.name, address: a.address })),
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    attachments: mail.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  };
}
