/**
 * The one error middleware: every error becomes
 * `{ "error": { "code", "message", "details" } }`, with no stack trace.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { AppError } from '../app/errors';
import type { Logger } from '../logger';

const REDIS_DOWN = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

/**
 * Replies of a Redis that cannot take the command now: full (`OOM`, with the
 * `noeviction` policy), loading its data, a replica or a primary without its
 * replicas during a failover, a script running too long.
 */
const REDIS_BUSY = /^(OOM|LOADING|READONLY|MISCONF|BUSY|MASTERDOWN|NOREPLICAS|TRYAGAIN|CLUSTERDOWN) /;

type RedisError = { name?: string; code?: string; message?: string; previousErrors?: RedisError[] };

const isRedisBusy = (error: RedisError): boolean => error.name === 'ReplyError' && REDIS_BUSY.test(error.message ?? '');

function isRedisDown(error: RedisError): boolean {
  return (
    error.name === 'MaxRetriesPerRequestError' ||
    // ioredis: the connection closed after part of a transaction or pipeline was answered.
    error.name === 'AbortError' ||
    (error.code !== undefined && REDIS_DOWN.has(error.code)) ||
    error.message === 'Connection is closed.' ||
    isRedisBusy(error) ||
    // A MULTI that Redis discarded because it refused one of its commands.
    (error.message?.startsWith('EXECABORT ') === true && (error.previousErrors ?? []).some(isRedisBusy))
  );
}

/** Errors of the body parser (they carry a `type`), of Redis, and the rest. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as RedisError & {
    type?: string;
    status?: number;
    limit?: number;
  };
  switch (e.type) {
    case 'entity.parse.failed':
      return new AppError('invalid_json', `malformed JSON: ${e.message ?? 'cannot be parsed'}`);
    case 'entity.too.large':
      return new AppError('payload_too_large', `the body is larger than the limit of ${e.limit} bytes`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', e.message ?? 'unsupported body encoding');
  }
  if (isRedisDown(e)) return new AppError('unavailable', 'the store is unreachable; try again later');
  // Thrown by the store (src/store/replica-wait.ts): the write may or may not have been kept.
  if (e.name === 'ReplicaWaitError') {
    return new AppError('unavailable', 'too few Redis replicas confirmed the write, which may not have been kept; try again later');
  }
  if (e.status !== undefined && e.status >= 400 && e.status < 500) return new AppError('bad_request', e.message ?? 'bad request');
  return new AppError('internal', 'internal error');
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const appError = toAppError(error);
    if (appError.httpStatus >= 500) logger.error({ err: error, method: req.method, path: req.originalUrl.split('?')[0] }, appError.message);
    if (res.headersSent) return next(error);
    sendRetryAfter(res, appError);
    res.status(appError.httpStatus).json({
      error: { code: appError.code, message: appError.message, details: appError.details },
    });
  };
}

/** `Retry-After` for an error that says when to try again (429). */
export function sendRetryAfter(res: Response, error: AppError): void {
  if (error.retryAfterSeconds !== undefined) res.set('Retry-After', String(error.retryAfterSeconds));
}

export const notFoundHandler: RequestHandler = (req) => {
  throw new AppError('not_found', `no route for ${req.method} ${req.path}`);
};

function hasBody(req: Request): boolean {
  const length = req.get('content-length');
  return length === undefined ? req.get('transfer-encoding') !== undefined : Number(length) > 0;
}

/** A body that is not JSON is refused rather than ignored. */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (hasBody(req) && !req.is(['application/json', 'application/*+json'])) {
    throw new AppError('unsupported_media_type', 'the body must be JSON (Content-Type: application/json)');
  }
  next();
};

/** The same for a route that also takes CSV (`POST /api/events/import`). */
export const requireJsonOrCsvBody: RequestHandler = (req, _res, next) => {
  if (hasBody(req) && !req.is(['application/json', 'application/*+json', 'text/csv'])) {
    throw new AppError('unsupported_media_type', 'the body must be JSON (Content-Type: application/json) or CSV (Content-Type: text/csv)');
  }
  next();
};
