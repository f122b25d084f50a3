import { clusterAccess, clusterPage, loadEvent } from './event-access';
import type { AppDeps } from './ports';

export interface ClusterStatus {
  id: string;
  name: string;
  /** The cluster's page, without its token. */
  url: string;
  /** The private link, with its token (absent for a cluster whose token was issued before links were kept: reissue it). */
  link?: string;
  submitted: boolean;
  submittedAt?: string;
}

/** Each cluster with its page, its private link and whether it has submitted its wishes. */
export async function listClusters(deps: Pick<AppDeps, 'store' | 'config'>, eventId: string): Promise<{ clusters: ClusterStatus[] }> {
  const { event } = await loadEvent(deps, eventId);
  const [preferences, tokens] = await Promise.all([deps.store.getAllPreferences(eventId), deps.store.getLinkTokens(eventId)]);
  return {
    clusters: event.clusters.map((c) => {
      const submittedAt = preferences.get(c.id)?.submittedAt;
      return {
        id: c.id,
        name: c.name,
        url: clusterPage(deps.config.publicUrl, eventId, c.id),
        ...(tokens.has(c.id) ? { link: clusterAccess(deps.config.publicUrl, eventId, c, tokens.get(c.id)!).url } : {}),
        submitted: submittedAt !== undefined,
        ...(submittedAt ? { submittedAt } : {}),
      };
    }),
  };
}
