/**
 * The cluster's private page (`/e/:eventId/c/:clusterId?token=…`), its
 * bundled script and stylesheet, and the cluster-facing overview it reads
 * (`/api/events/:eventId/overview`). The HTML comes from the renderers of
 * src/web.
 */
import { Router, type RequestHandler } from 'express';
import { contentSecurityPolicy } from 'helmet';
import { authenticate, requireOwnCluster } from '../app/authenticate';
import { getOverview } from '../app/get-overview';
import type { AppDeps } from '../app/ports';
import { MAX_REQUESTS } from '../app/submit-preferences';
import { langOf } from '../i18n/lang';
import type { Logger } from '../logger';
import { clusterPageHtml, pageHref } from '../web/cluster-page';
import { errorPageHtml } from '../web/error-page';
import { ASSET_PATHS } from '../web/layout';
import { clusterOf, guards } from './auth';
import { toAppError } from './error-handler';
import { loadPageAssets, type Asset } from './page-assets';

/**
 * Stricter than the API's defaults: no inline script or style at all. Without
 * `upgrade-insecure-requests`, which would send the script's request to https
 * and break the page on an organiser's laptop or LAN served over plain http.
 */
const pageCsp = contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
});

/** The page's address holds the cluster's token: never cache it, never send it as a referrer. */
const privatePage: RequestHandler = (_req, res, next) => {
  res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex, nofollow' });
  next();
};

const serve =
  (asset: Asset): RequestHandler =>
  (_req, res) => {
    // Revalidated each time (Express answers 304 from the ETag): a new version is picked up at once.
    res.set({ 'Content-Type': asset.contentType, 'Cache-Control': 'no-cache' }).send(asset.body);
  };

const queryString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function pageRoutes(deps: AppDeps, logger: Logger): Router {
  const { cluster } = guards(deps);
  const assets = loadPageAssets();
  const publicUrl = deps.config.publicUrl;
  const basePath = new URL(publicUrl).pathname.replace(/\/+$/, '');
  const calendarBase = publicUrl.replace(/^https?:/i, 'webcal:');
  const r = Router();

  r.get(ASSET_PATHS.css, serve(assets.css));
  r.get(ASSET_PATHS.js, serve(assets.js));

  r.get('/api/events/:eventId/overview', cluster, async (req, res) => {
    res.json(await getOverview(deps, req.params.eventId, clusterOf(res)));
  });

  const page: RequestHandler<{ eventId: string; clusterId: string }> = async (req, res) => {
    const { eventId, clusterId } = req.params;
    const lang = langOf(req.query.lang);
    const token = queryString(req.query.token);
    try {
      requireOwnCluster(await authenticate(deps, { query: token }), eventId, clusterId);
      const overview = await getOverview(deps, eventId, clusterId);
      res.type('html').send(clusterPageHtml({ overview, lang, token: token as string, basePath, calendarBase, maxRequests: MAX_REQUESTS }));
    } catch (error) {
      const appError = toAppError(error);
      if (appError.httpStatus >= 500) logger.error({ err: error, method: req.method, path: req.path }, appError.message);
      const switchHref = pageHref(basePath, eventId, clusterId, token, lang === 'en' ? 'fr' : 'en');
      res
        .status(appError.httpStatus)
        .type('html')
        .send(errorPageHtml({ error: appError, lang, missingToken: token === undefined, basePath, switchHref }));
    }
  };
  r.get('/e/:eventId/c/:clusterId', privatePage, pageCsp, page);
  return r;
}
