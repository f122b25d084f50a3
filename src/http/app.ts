/**
 * The Express application: security headers, CORS when configured, JSON
 * bodies with a size limit, request logs, the routes, and the one error
 * middleware.
 */
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { AppError } from '../app/errors';
import type { AppDeps } from '../app/ports';
import type { Logger } from '../logger';
import { apiCors } from './api-cors';
import { consoleRoutes } from './console-routes';
import { errorHandler, notFoundHandler } from './error-handler';
import { pageRoutes } from './page-routes';
import { apiRoutes } from './routes';

export interface HttpOptions {
  logger: Logger;
  /** Largest accepted body; larger gets 413. @defaultValue 1048576 */
  maxBodyBytes?: number;
  /** How long /healthz waits for Redis. @defaultValue 1000 */
  healthTimeoutMs?: number;
  /** Origins allowed to read the API from a browser (`CORS_ORIGINS`); none: no CORS header. @defaultValue `[]` */
  corsOrigins?: readonly string[];
  /** Express's `trust proxy` (the caller's address behind proxies, for counting failed token attempts). @defaultValue false */
  trustProxy?: boolean | number | string;
}

function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // The path only: a cluster token may be in the query string.
    const path = req.originalUrl.split('?')[0];
    res.on('finish', () =>
      logger.info({ method: req.method, path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request'),
    );
    next();
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createApp(deps: AppDeps, options: HttpOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(helmet());
  app.use(requestLog(options.logger));
  if (options.corsOrigins?.length) app.use(['/api', '/healthz'], apiCors(options.corsOrigins));

  app.get('/healthz', async (_req, res) => {
    try {
      await withTimeout(deps.store.ping(), options.healthTimeoutMs ?? 1000);
    } catch {
      throw new AppError('unavailable', 'Redis does not answer');
    }
    res.json({ status: 'ok' });
  });

  app.use('/api', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', apiRoutes(deps, options.maxBodyBytes ?? 1024 * 1024));
  app.use(pageRoutes(deps, options.logger));
  app.use(consoleRoutes(deps.config.publicUrl));
  // Browsers ask for it on every page, printable agendas included: no icon, and no 404 in their console.
  app.get('/favicon.ico', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400').status(204).end();
  });
  app.use(notFoundHandler);
  app.use(errorHandler(options.logger));
  return app;
}
