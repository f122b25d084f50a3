import { AppError } from './errors';
import { clusterAccess, requireValidEvent, type ClusterAccess } from './event-access';
import type { AppDeps } from './ports';
import { generateToken, hashToken } from './tokens';

export interface CreatedEvent {
  id: string;
  /** Each cluster's private link (the organiser can copy it again from the list of clusters). */
  clusters: ClusterAccess[];
}

/**
 * Stores a new event file, owned by `organiser`, and gives each cluster a
 * private token. 422 if invalid, 409 if the id is taken or the organiser
 * already has its most events.
 */
export async function createEvent(deps: Pick<AppDeps, 'store' | 'config'>, input: unknown, organiser: string): Promise<CreatedEvent> {
  const event = requireValidEvent(input);
  const id = event.event.id;
  const tokens = event.clusters.map((cluster) => ({ cluster, token: generateToken() }));
  const hashes = Object.fromEntries(tokens.map(({ cluster, token }) => [cluster.id, hashToken(token)]));
  const links = Object.fromEntries(tokens.map(({ cluster, token }) => [cluster.id, token]));
  const max = deps.config.maxEventsPerOrganiser;
  switch (await deps.store.createEvent(event, hashes, links, { organiser, maxEvents: max })) {
    case 'taken':
      throw new AppError('conflict', `event "${id}" already exists (replace it with PUT /api/events/${id})`);
    case 'too_many':
      throw new AppError('too_many_events', `an organiser can keep at most ${max} events: delete one first`, [
        { path: 'event.id', code: 'too_many', message: `at most ${max} events per organiser`, params: { max, items: 'events' } },
      ]);
  }
  return { id, clusters: tokens.map(({ cluster, token }) => clusterAccess(deps.config.publicUrl, id, cluster, token)) };
}
