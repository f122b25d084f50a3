/**
 * Route guards: who may call what. Tokens come from `Authorization: Bearer`
 * or, for cluster links, `?token=`.
 */
import type { Request, RequestHandler, Response } from 'express';
import { authenticate, requireCluster, requireOrganizer, requireOwnCluster, type Credentials } from '../app/authenticate';
import type { AppDeps } from '../app/ports';

function credentials(req: Request): Credentials {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
  const query = typeof req.query.token === 'string' && req.query.token !== '' ? req.query.token : undefined;
  return { bearer, query };
}

export interface Guards {
  organizer: RequestHandler<Record<string, string>>;
  /** A token of the cluster of `:eventId`; sets `res.locals.clusterId`. */
  cluster: RequestHandler<{ eventId: string }>;
  /** The token of the cluster `:clusterId` of `:eventId` (another cluster's gets 403). */
  ownCluster: RequestHandler<{ eventId: string; clusterId: string }>;
}

export function guards(deps: Pick<AppDeps, 'store' | 'config'>): Guards {
  return {
    organizer: async (req, _res, next) => {
      requireOrganizer(await authenticate(deps, credentials(req)));
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

/** The cluster that the `cluster` guard let in. */
export const clusterOf = (res: Response): string => res.locals.clusterId as string;
