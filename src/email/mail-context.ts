/**
 * What every email to a cluster is rendered from, and who receives it.
 */
import type { ClusterInput, EventFile } from '../../solver';
import type { Lang } from '../i18n/lang';
import type { MailAddress } from '../app/ports';
import { oneLine } from './one-line';

export interface MailContext {
  /** The organiser's event file. */
  event: EventFile;
  /** The cluster the email goes to. */
  cluster: ClusterInput;
  /** The cluster's private link to its page. */
  link: string;
  lang: Lang;
}

/** The cluster's attendees that have an email, each with its name (on one line), each address once. */
export function recipientsOf(cluster: ClusterInput): MailAddress[] {
  const seen = new Set<string>();
  const out: MailAddress[] = [];
  for (const a of cluster.attendees ?? []) {
    const address = oneLine(a.email ?? '');
    if (address === '' || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    out.push({ name: oneLine(a.name), address });
  }
  return out;
}

/** The language of the cluster's emails: English when it chose it, French otherwise. */
export function mailLang(cluster: ClusterInput): Lang {
  return cluster.lang === 'en' ? 'en' : 'fr';
}
