/**
 * Who is calling: an organiser (the token of an account of `maillage
 * organiser`, or `ORGANIZER_TOKEN`, the default account) or one cluster of one
 * event (its private token). 401 for no, an unknown or a revoked token, 403
 * for a valid token that does not open what is asked, 404 for another
 * organiser's event (as if it did not exist).
 */
import { AppError, notFound } from './errors';
import { DEFAULT_ORGANISER, ownerOf, type AppDeps } from './ports';
import { hashToken, sameHash, sameSecret } from './tokens';

export type Principal = { kind: 'organizer'; organiser: string } | { kind: 'cluster'; eventId: string; clusterId: string };

export interface Credentials {
  /** From `Authorization: Bearer …` */
  bearer?: string;
  /** From `?token=…`: accepted for cluster tokens only, so that an organiser's never sits in a URL. */
  query?: string;
  /** The caller's address, for counting failed attempts. */
  address: string;
}

/** The characters of a token that failed attempts are counted against (with the address). */
export const TOKEN_PREFIX_LENGTH = 8;

/**
 * The caller of a token, or 401; 429 with the seconds to wait when its
 * address or its token's first characters have failed too often lately.
 */
export async function authenticate(deps: Pick<AppDeps, 'store' | 'organisers' | 'guesses' | 'config'>, credentials: Credentials): Promise<Principal> {
  const token = credentials.bearer ?? credentials.query;
  if (!token) throw new AppError('unauthorized', 'missing token: send "Authorization: Bearer <token>"');
  const keys = { address: credentials.address, tokenPrefix: token.slice(0, TOKEN_PREFIX_LENGTH) };
  const wait = await deps.guesses.retryAfter(keys);
  if (wait > 0) throw new AppError('too_many_requests', `too many failed attempts: try again in ${wait} s`, [], wait);
  const principal = await identify(deps, credentials, token);
  if (!principal) {
    await deps.guesses.failed(keys);
    throw new AppError('unauthorized', 'invalid token');
  }
  return principal;
}

async function identify(deps: Pick<AppDeps, 'store' | 'organisers' | 'config'>, credentials: Credentials, token: string): Promise<Principal | null> {
  const hash = hashToken(token);
  if (credentials.bearer !== undefined) {
    if (sameSecret(token, deps.config.organizerToken)) return { kind: 'organizer', organiser: DEFAULT_ORGANISER };
    const organiser = await deps.organisers.findOrganiser(hash);
    if (organiser) return { kind: 'organizer', organiser };
  }
  const owner = await deps.store.findTokenOwner(hash);
  // The global index only says where to look: the event's own hash decides.
  const stored = owner && (await deps.store.getTokenHash(owner.eventId, owner.clusterId));
  if (!owner || !stored || !sameHash(stored, hash)) return null;
  return { kind: 'cluster', eventId: owner.eventId, clusterId: owner.clusterId };
}

/** The organiser account calling. */
export function requireOrganizer(principal: Principal): string {
  if (principal.kind !== 'organizer') throw new AppError('forbidden', 'this needs an organiser token');
  return principal.organiser;
}

/** 404 when `eventId` exists but belongs to another organiser than `organiser`, exactly as when it does not exist. */
export async function requireOwnEvent(deps: Pick<AppDeps, 'store'>, organiser: string, eventId: string): Promise<void> {
  const owner = await deps.store.getEventOwner(eventId);
  if (owner !== null && ownerOf(owner) !== organiser) throw notFound(`event "${eventId}"`);
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
