/**
 * Route guards: who may call what. Tokens come from `Authorization: Bearer`
 * or, for cluster links, `?token=`.
 */
import type { Request, RequestHandler, Response } from 'express';
import { authenticate, requireCluster, requireOrganizer, requireOwnCluster, requireOwnEvent, type Credentials } from '../app/authenticate';
import type { AppDeps } from '../app/ports';

/** The caller's address (behind the proxies that `trust proxy` names). */
export const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? '';

function credentials(req: Request): Credentials {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
  const query = typeof req.query.token === 'string' && req.query.token !== '' ? req.query.token : undefined;
  return { bearer, query, address: clientAddress(req) };
}

export interface Guards {
  /** An organiser's token, and `:eventId`, when the path has one, its own; sets `res.locals.organiser`. */
  organizer: RequestHandler<Record<string, string>>;
  /** A token of the cluster of `:eventId`; sets `res.locals.clusterId`. */
  cluster: RequestHandler<{ eventId: string }>;
  /** The token of the cluster `:clusterId` of `:eventId` (another cluster's gets 403). */
  ownCluster: RequestHandler<{ eventId: string; clusterId: string }>;
}

export function guards(deps: Pick<AppDeps, 'store' | 'organisers' | 'guesses' | 'config'>): Guards {
  return {
    organizer: async (req, res, next) => {
      const organiser = requireOrganizer(await authenticate(deps, credentials(req)));
      if (req.params.eventId !== undefined) await requireOwnEvent(deps, organiser, req.params.eventId);
      res.locals.organiser = organiser;
      next();
    },
    cluster: async (req, res, next) => {
      res.locals.clusterId = requireCluster(await authenticate(deps, credentials(req)), req.params.eventId);
      next();
    },
    ownCluster: async (req, res, next) => {
      const { eventId, clusterId } = req.params;
      res.locals.clusterId = requireOwnCluster(await authenticate(deps, credentials(req)), eventId, clusterId);
      next();
    },
  };
}

/** The organiser account that the `organizer` guard let in. */
export const organiserOf = (res: Response): string => res.locals.organiser as string;

/** The cluster that the `cluster` guard let in. */
export const clusterOf = (res: Response): string => res.locals.clusterId as string;
