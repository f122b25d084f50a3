/**
 * The `Message-ID` of an email to a cluster: the same for the same request,
 * so that a receiving server can tell a message sent again.
 */
import { createHash } from 'node:crypto';
import type { MailKind } from '../app/ports';

/** What names one email: see `MailJobData`. */
export interface MailIdentity {
  eventId: string;
  clusterId: string;
  kind: MailKind;
  batch: string;
}

/** The domain of `MAIL_FROM`'s address (`maillage <no-reply@rdv.example.org>`), `localhost` when it has none usable. */
export function mailDomain(mailFrom: string): string {
  const address = /<([^<>]*)>/.exec(mailFrom)?.[1] ?? mailFrom;
  const domain = address.slice(address.lastIndexOf('@') + 1).trim().toLowerCase();
  return address.includes('@') && /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/.test(domain) ? domain : 'localhost';
}

/**
 * `<maillage.notice.3f2a…@rdv.example.org>`: the kind, then a hash of the ids
 * and the batch (which may hold any character), at the domain of `mailFrom`.
 */
export function messageIdFor(job: MailIdentity, mailFrom: string): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([job.eventId, job.clusterId, job.kind, job.batch]))
    .digest('hex')
    .slice(0, 40);
  return `<maillage.${job.kind}.${hash}@${mailDomain(mailFrom)}>`;
}
