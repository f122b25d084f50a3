import { notFound } from './errors';
import { clusterAccess, loadEvent, type ClusterAccess } from './event-access';
import type { AppDeps } from './ports';
import { generateToken, hashToken } from './tokens';

/** Gives a cluster a new private link, e.g. when the old one went to the wrong person: the old token stops working. */
export async function reissueToken(deps: Pick<AppDeps, 'store' | 'config'>, eventId: string, clusterId: string): Promise<ClusterAccess> {
  const { event } = await loadEvent(deps, eventId);
  const cluster = event.clusters.find((c) => c.id === clusterId);
  if (!cluster) throw notFound(`cluster "${clusterId}" in event "${eventId}"`);
  const token = generateToken();
  if (!(await deps.store.replaceToken(eventId, clusterId, hashToken(token), token))) throw notFound(`event "${eventId}"`);
  return clusterAccess(deps.config.publicUrl, eventId, cluster, token);
}
