import { validateLocks } from '../../solver';
import { AppError, invalid, notFound } from './errors';
import { clusterAccess, loadEvent, requireValidEvent, type ClusterAccess } from './event-access';
import { resolveEvent } from './merge-preferences';
import type { AppDeps } from './ports';
import { generateToken, hashToken } from './tokens';

export interface ReplacedEvent {
  id: string;
  /** Clusters new to the event, with their private links. */
  added: ClusterAccess[];
  /** Ids of the clusters that left the event; their tokens and wishes are gone. */
  removed: string[];
}

/**
 * Replaces an event file. Clusters that stay keep their tokens and wishes.
 * Refused (409) when a locked meeting or a cluster's wish no longer fits.
 */
export async function replaceEvent(deps: Pick<AppDeps, 'store' | 'config'>, eventId: string, input: unknown): Promise<ReplacedEvent> {
  const event = requireValidEvent(input);
  if (event.event.id !== eventId) {
    throw invalid('invalid event file', [{ path: 'event.id', code: 'mismatch', message: `must be "${eventId}", the id in the URL`, params: { expected: eventId } }]);
  }
  const current = await loadEvent(deps, eventId);
  const [preferences, locks] = await Promise.all([deps.store.getAllPreferences(eventId), deps.store.getLocks(eventId)]);
  const merged = resolveEvent(event, preferences, { declinesAsNeverMeet: true });
  if (!merged.ok) throw new AppError('conflict', "the new event file conflicts with the clusters' wishes", merged.problems);
  const staleLocks = validateLocks(merged.event, locks);
  if (staleLocks.length > 0) {
    throw new AppError('conflict', 'locked meetings do not fit the new event file: change the locks first', staleLocks);
  }

  const before = new Set(current.event.clusters.map((c) => c.id));
  const after = new Set(event.clusters.map((c) => c.id));
  const added = event.clusters.filter((c) => !before.has(c.id)).map((cluster) => ({ cluster, token: generateToken() }));
  const removed = [...before].filter((id) => !after.has(id));
  const addTokens = Object.fromEntries(added.map(({ cluster, token }) => [cluster.id, hashToken(token)]));
  const addLinks = Object.fromEntries(added.map(({ cluster, token }) => [cluster.id, token]));

  const written = await deps.store.replaceEvent(eventId, event, current.revision, { addTokens, removeClusters: removed, addLinks });
  if (written === 'missing') throw notFound(`event "${eventId}"`);
  if (written === 'conflict') throw new AppError('conflict', 'the event changed meanwhile: try again');
  return {
    id: eventId,
    added: added.map(({ cluster, token }) => clusterAccess(deps.config.publicUrl, eventId, cluster, token)),
    removed,
  };
}
