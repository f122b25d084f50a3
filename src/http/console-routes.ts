/**
 * The organiser console (`/`, `?lang=en` for English) and its bundled script
 * and stylesheet. The page holds no data: its code reads the API with the
 * token the organiser types.
 */
import { Router } from 'express';
import { langOf } from '../i18n/lang';
import { consolePageHtml } from '../web/console-page';
import { CONSOLE_ASSET_PATHS } from '../web/layout';
import { loadBundle } from './page-assets';
import { pageCsp, privatePage, serveAsset } from './page-policy';

export function consoleRoutes(publicUrl: string): Router {
  const assets = loadBundle('console');
  const basePath = new URL(publicUrl).pathname.replace(/\/+$/, '');
  const r = Router();
  r.get(CONSOLE_ASSET_PATHS.css, serveAsset(assets.css));
  r.get(CONSOLE_ASSET_PATHS.js, serveAsset(assets.js));
  r.get('/', privatePage, pageCsp, (req, res) => {
    res.type('html').send(consolePageHtml({ lang: langOf(req.query.lang), basePath }));
  });
  return r;
}
