/**
 * Reading an event that must exist, and the links that open its clusters.
 */
import { validateEvent, type EventFile } from '../../solver';
import { invalid, notFound } from './errors';
import type { AppDeps, StoredEvent } from './ports';

export async function loadEvent(deps: Pick<AppDeps, 'store'>, eventId: string): Promise<StoredEvent> {
  const stored = await deps.store.getEvent(eventId);
  if (!stored) throw notFound(`event "${eventId}"`);
  return stored;
}

/** The event file, or a 422 listing every problem with its path. */
export function requireValidEvent(input: unknown): EventFile {
  const result = validateEvent(input);
  if (!result.ok) throw invalid('invalid event file', result.problems);
  return result.event;
}

/** The `webcal://` form of the service's public base URL, which calendar apps subscribe to. */
export const calendarBase = (publicUrl: string): string => publicUrl.replace(/^https?:/i, 'webcal:');

/** The cluster's private page, without its token. */
export function clusterPage(publicUrl: string, eventId: string, clusterId: string): string {
  return `${publicUrl}/e/${encodeURIComponent(eventId)}/c/${encodeURIComponent(clusterId)}`;
}

export interface ClusterAccess {
  id: string;
  name: string;
  token: string;
  /** The private link: the cluster's page with its token. */
  url: string;
}

export function clusterAccess(publicUrl: string, eventId: string, cluster: { id: string; name: string }, token: string): ClusterAccess {
  return { id: cluster.id, name: cluster.name, token, url: `${clusterPage(publicUrl, eventId, cluster.id)}?token=${token}` };
}
