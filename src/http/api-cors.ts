/**
 * Cross-origin access to the API (CORS), for the origins of `CORS_ORIGINS`
 * only. The app mounts it only when some are configured: by default no
 * response carries an `Access-Control-Allow-Origin`, so a page of another
 * origin can send a request but never read the answer.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Answers preflights and adds `Access-Control-Allow-Origin` for an allowed
 * `Origin` only (another origin gets no CORS header). No credentials mode:
 * the API reads tokens from `Authorization`, never from cookies.
 * @param origins exact origins, `https://app.example.org`
 */
export function apiCors(origins: readonly string[]): RequestHandler {
  return cors({
    origin: [...origins],
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-None-Match', 'If-Modified-Since'],
    exposedHeaders: ['ETag', 'Last-Modified', 'Location', 'Retry-After', 'Content-Disposition'],
    maxAge: 600,
  });
}
