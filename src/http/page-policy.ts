/**
 * What the web pages (the cluster's page, the organiser console) are served
 * with: a strict Content-Security-Policy, no caching of addresses that may
 * hold a token, and their bundled assets.
 */
import type { RequestHandler } from 'express';
import { contentSecurityPolicy } from 'helmet';
import type { Asset } from './page-assets';

/**
 * Stricter than the API's defaults: no inline script or style at all, and
 * nothing from another origin. Without `upgrade-insecure-requests`, which
 * would send the script's request to https and break the page on an
 * organiser's laptop or LAN served over plain http.
 */
export const pageCsp = contentSecurityPolicy({
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

/** A page whose address may hold a token: never cache it, never send it as a referrer. */
export const privatePage: RequestHandler = (_req, res, next) => {
  res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex, nofollow' });
  next();
};

/** Serves a bundled script or stylesheet. */
export const serveAsset =
  (asset: Asset): RequestHandler =>
  (_req, res) => {
    // Revalidated each time (Express answers 304 from the ETag): a new version is picked up at once.
    res.set({ 'Content-Type': asset.contentType, 'Cache-Control': 'no-cache' }).send(asset.body);
  };
