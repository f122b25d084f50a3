/**
 * Located problems from zod issues, with the same path notation as the core
 * (`requests[3].to`).
 */
import type { z } from 'zod';
import type { Problem } from '../../solver';
import { AppError, invalid } from './errors';

/** `['requests', 3, 'to']` → `requests[3].to`; the empty path is `(body)`. */
export function pathOf(path: ReadonlyArray<PropertyKey>): string {
  const out = path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
  return out || '(body)';
}

export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: 'unknown field' }))
      : [{ path: pathOf(issue.path), message: issue.message.replace(/^Invalid input: /, '') }],
  );
}

/** Parses `input` or throws a 422 listing every problem. */
export function parseBody<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid(`invalid ${what}`, zodProblems(parsed.error));
  return parsed.data;
}

/** Parses a query string or throws a 400 listing every problem. */
export function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.output<T> {
  const parsed = schema.safeParse(query ?? {});
  if (!parsed.success) throw new AppError('bad_request', 'invalid query parameters', zodProblems(parsed.error));
  return parsed.data;
}
