/**
 * The cluster's private page (`/e/:eventId/c/:clusterId?token=…`), its
 * bundled script and stylesheet, and the cluster-facing overview it reads
 * (`/api/events/:eventId/overview`). The HTML comes from the renderers of
 * src/web.
 */
import { Router, type RequestHandler } from 'express';
import { authenticate, requireOwnCluster } from '../app/authenticate';
import { calendarBase } from '../app/event-access';
import { getOverview } from '../app/get-overview';
import type { AppDeps } from '../app/ports';
import { MAX_REQUESTS } from '../app/submit-preferences';
import { langOf } from '../i18n/lang';
import type { Logger } from '../logger';
import { clusterPageHtml, pageHref } from '../web/cluster-page';
import { errorPageHtml } from '../web/error-page';
import { ASSET_PATHS } from '../web/layout';
import { clientAddress, clusterOf, guards } from './auth';
import { sendRetryAfter, toAppError } from './error-handler';
import { loadPageAssets } from './page-assets';
import { pageCsp, privatePage, serveAsset } from './page-policy';

const queryString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function pageRoutes(deps: AppDeps, logger: Logger): Router {
  const { cluster } = guards(deps);
  const assets = loadPageAssets();
  const publicUrl = deps.config.publicUrl;
  const basePath = new URL(publicUrl).pathname.replace(/\/+$/, '');
  const webcalBase = calendarBase(publicUrl);
  const r = Router();

  r.get(ASSET_PATHS.css, serveAsset(assets.css));
  r.get(ASSET_PATHS.js, serveAsset(assets.js));

  r.get('/api/events/:eventId/overview', cluster, async (req, res) => {
    res.json(await getOverview(deps, req.params.eventId, clusterOf(res)));
  });

  const page: RequestHandler<{ eventId: string; clusterId: string }> = async (req, res) => {
    const { eventId, clusterId } = req.params;
    const lang = langOf(req.query.lang);
    const token = queryString(req.query.token);
    try {
      requireOwnCluster(await authenticate(deps, { query: token, address: clientAddress(req) }), eventId, clusterId);
      const overview = await getOverview(deps, eventId, clusterId);
      res.type('html').send(clusterPageHtml({ overview, lang, token: token as string, basePath, calendarBase: webcalBase, maxRequests: MAX_REQUESTS }));
    } catch (error) {
      const appError = toAppError(error);
      if (appError.httpStatus >= 500) logger.error({ err: error, method: req.method, path: req.path }, appError.message);
      // A refused token is not repeated; after a failure of the service, the link opens the page again.
      const linkToken = appError.httpStatus >= 500 ? token : undefined;
      const switchHref = pageHref(basePath, eventId, clusterId, linkToken, lang === 'en' ? 'fr' : 'en');
      sendRetryAfter(res, appError);
      res
        .status(appError.httpStatus)
        .type('html')
        .send(errorPageHtml({ error: appError, lang, missingToken: token === undefined, basePath, switchHref }));
    }
  };
  r.get('/e/:eventId/c/:clusterId', privatePage, pageCsp, page);
  return r;
}
