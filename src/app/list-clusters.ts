import { clusterPage, loadEvent } from './event-access';
import type { AppDeps } from './ports';

export interface ClusterStatus {
  id: string;
  name: string;
  /** The cluster's page; its token was shown once, at creation (or reissue). */
  url: string;
  submitted: boolean;
  submittedAt?: string;
}

/** Each cluster with its page and whether it has submitted its wishes. */
export async function listClusters(deps: Pick<AppDeps, 'store' | 'config'>, eventId: string): Promise<{ clusters: ClusterStatus[] }> {
  const { event } = await loadEvent(deps, eventId);
  const preferences = await deps.store.getAllPreferences(eventId);
  return {
    clusters: event.clusters.map((c) => {
      const submittedAt = preferences.get(c.id)?.submittedAt;
      return {
        id: c.id,
        name: c.name,
        url: clusterPage(deps.config.publicUrl, eventId, c.id),
        submitted: submittedAt !== undefined,
        ...(submittedAt ? { submittedAt } : {}),
      };
    }),
  };
}
