import { clusterAccess, clusterPage, loadEvent } from './event-access';
import type { AppConfig, AppDeps, MailRecord, StoredAbsence } from './ports';
import { isReachable } from './request-mail';

export interface ClusterStatus {
  id: string;
  name: string;
  /** The cluster's page, without its token. */
  url: string;
  /** The private link, with its token (absent for a cluster whose token was issued before links were kept: reissue it). */
  link?: string;
  submitted: boolean;
  submittedAt?: string;
  /** When each kind of email last went to it. */
  mail: MailRecord;
  /** At least one of its attendees has an email. */
  reachable: boolean;
  /** Marked absent on the day. */
  absence?: StoredAbsence;
  /** It has given feedback on its meetings. */
  answered: boolean;
}

export interface ClusterList {
  clusters: ClusterStatus[];
  /** Where emails go (see {@link AppConfig.mailMode}). */
  mailMode: AppConfig['mailMode'];
}

/** Each cluster with its page, its private link, whether it has submitted its wishes, the emails it was sent, its absence and its feedback. */
export async function listClusters(deps: Pick<AppDeps, 'store' | 'life' | 'config'>, eventId: string): Promise<ClusterList> {
  const { event } = await loadEvent(deps, eventId);
  const [preferences, tokens, mail, absences, feedback] = await Promise.all([
    deps.store.getAllPreferences(eventId),
    deps.store.getLinkTokens(eventId),
    deps.life.getMailLog(eventId),
    deps.life.getAbsences(eventId),
    deps.life.getAllFeedback(eventId),
  ]);
  return {
    mailMode: deps.config.mailMode,
    clusters: event.clusters.map((c) => {
      const submittedAt = preferences.get(c.id)?.submittedAt;
      return {
        id: c.id,
        name: c.name,
        url: clusterPage(deps.config.publicUrl, eventId, c.id),
        ...(tokens.has(c.id) ? { link: clusterAccess(deps.config.publicUrl, eventId, c, tokens.get(c.id)!).url } : {}),
        submitted: submittedAt !== undefined,
        ...(submittedAt ? { submittedAt } : {}),
        mail: mail.get(c.id) ?? {},
        reachable: isReachable(c),
        ...(absences.has(c.id) ? { absence: absences.get(c.id)! } : {}),
        answered: feedback.has(c.id),
      };
    }),
  };
}
