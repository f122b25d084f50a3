/**
 * Who is calling: the organiser (the `ORGANIZER_TOKEN`) or one cluster of one
 * event (its private token). 401 for no or an unknown token, 403 for a valid
 * token that does not open what is asked.
 */
import { AppError } from './errors';
import type { AppDeps } from './ports';
import { hashToken, sameHash, sameSecret } from './tokens';

export type Principal = { kind: 'organizer' } | { kind: 'cluster'; eventId: string; clusterId: string };

export interface Credentials {
  /** From `Authorization: Bearer …` */
  bearer?: string;
  /** From `?token=…`: accepted for cluster tokens only, so the organiser's never sits in a URL. */
  query?: string;
}

export async function authenticate(deps: Pick<AppDeps, 'store' | 'config'>, credentials: Credentials): Promise<Principal> {
  const token = credentials.bearer ?? credentials.query;
  if (!token) throw new AppError('unauthorized', 'missing token: send "Authorization: Bearer <token>"');
  if (credentials.bearer !== undefined && sameSecret(token, deps.config.organizerToken)) return { kind: 'organizer' };
  const hash = hashToken(token);
  const owner = await deps.store.findTokenOwner(hash);
  // The global index only says where to look: the event's own hash decides.
  const stored = owner && (await deps.store.getTokenHash(owner.eventId, owner.clusterId));
  if (!owner || !stored || !sameHash(stored, hash)) throw new AppError('unauthorized', 'invalid token');
  return { kind: 'cluster', eventId: owner.eventId, clusterId: owner.clusterId };
}

export function requireOrganizer(principal: Principal): void {
  if (principal.kind !== 'organizer') throw new AppError('forbidden', 'this needs the organiser token');
}

/** The cluster whose token opened `eventId`. */
export function requireCluster(principal: Principal, eventId: string): string {
  if (principal.kind !== 'cluster') throw new AppError('forbidden', 'this needs a cluster token');
  if (principal.eventId !== eventId) throw new AppError('forbidden', 'this token belongs to another event');
  return principal.clusterId;
}

/** `clusterId` of `eventId`, which only that cluster's own token opens. */
export function requireOwnCluster(principal: Principal, eventId: string, clusterId: string): string {
  if (requireCluster(principal, eventId) !== clusterId) throw new AppError('forbidden', 'this token belongs to another cluster');
  return clusterId;
}
