import { notFound } from './errors';
import { clusterAccess, loadEvent, type ClusterAccess } from './event-access';
import type { AppDeps } from './ports';
import { generateToken, hashToken } from './tokens';

/**
 * Gives a cluster a new private link (tokens are stored only as hashes, so a
 * lost link cannot be shown again). The old token stops working.
 */
export async function reissueToken(deps: Pick<AppDeps, 'store' | 'config'>, eventId: string, clusterId: string): Promise<ClusterAccess> {
  const { event } = await loadEvent(deps, eventId);
  const cluster = event.clusters.find((c) => c.id === clusterId);
  if (!cluster) throw notFound(`cluster "${clusterId}" in event "${eventId}"`);
  const token = generateToken();
  if (!(await deps.store.replaceToken(eventId, clusterId, hashToken(token)))) throw notFound(`event "${eventId}"`);
  return clusterAccess(deps.config.publicUrl, eventId, cluster, token);
}
