/**
 * The one application error. Use cases throw it; the HTTP error middleware
 * turns it into `{ "error": { "code", "message", "details" } }` and the job
 * processor into a failure that is not retried.
 */
import type { Problem } from '../../solver';

export type ErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_many_events'
  | 'payload_too_large'
  | 'headers_too_large'
  | 'request_timeout'
  | 'unsupported_media_type'
  | 'validation_failed'
  | 'infeasible'
  | 'timed_out'
  | 'too_many_requests'
  | 'unavailable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many_events: 409,
  payload_too_large: 413,
  headers_too_large: 431,
  request_timeout: 408,
  unsupported_media_type: 415,
  validation_failed: 422,
  infeasible: 422,
  timed_out: 422,
  too_many_requests: 429,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  override name = 'AppError';
  readonly httpStatus: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Problem[] = [],
    /** For `too_many_requests`: when to try again (the `Retry-After` header). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.httpStatus = STATUS[code];
  }

  /** The message followed by every located problem, for logs and failed jobs. */
  describe(): string {
    if (this.details.length === 0) return this.message;
    return `${this.message}: ${this.details.map((p) => `${p.path}: ${p.message}`).join('; ')}`;
  }
}

export const notFound = (what: string): AppError => new AppError('not_found', `${what} not found`);

export const invalid = (message: string, problems: Problem[]): AppError =>
  new AppError('validation_failed', message, problems);
