/**
 * The clusters part's messages in words: what a sending queued, and when a
 * message was last sent to a cluster. Free of the DOM.
 */
import type { Lang } from '../../i18n/lang';
import type { ConsoleWords } from '../../i18n/console-words';
import { dateTimeLabel } from '../text';
import type { ClusterStatus, MailQueued } from './console-api-types';

/** `12 messages en file d'envoi.`, then the unreachable clusters by name, in alphabetical order. */
export function queuedText(result: MailQueued, nameOf: (id: string) => string, words: ConsoleWords, lang: Lang): string {
  const t = words.clusters;
  const names = result.unreachable.map(nameOf).sort((a, b) => a.localeCompare(b, lang));
  return [t.queued(result.queued), names.length ? t.unreachableNamed(names.join(', ')) : ''].filter(Boolean).join(' ');
}

/** When `kind` was last sent to the cluster, on the event's clock, or « — ». */
export function sentText(cluster: Pick<ClusterStatus, 'mail'>, kind: 'invitation' | 'reminder', timezone: string, words: ConsoleWords): string {
  const at = cluster.mail?.[kind];
  return at ? dateTimeLabel(at, words.intlLocale, timezone) : words.clusters.never;
}

/** The names of the clusters no address reaches, in alphabetical order. */
export function unreachableNames(clusters: readonly Pick<ClusterStatus, 'name' | 'reachable'>[], lang: Lang): string[] {
  return clusters
    .filter((c) => c.reachable === false)
    .map((c) => c.name)
    .sort((a, b) => a.localeCompare(b, lang));
}
