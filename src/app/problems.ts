/**
 * Located problems from zod issues, with the same path notation as the core
 * (`requests[3].to`) and a code for programs (the cluster's page renders its
 * own words from `code` and `params`, never from `message`).
 */
import { z } from 'zod';
import { formatPath, issueCode, issueParams, type Problem } from '../../solver';
import { AppError, invalid } from './errors';

/** `['requests', 3, 'to']` → `requests[3].to`, odd keys quoted (see `formatPath`); the empty path is `(body)`. */
export function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return formatPath(path, '(body)');
}

export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), code: 'unknown_field', message: 'unknown field', params: { field: key } }));
    }
    const params = issueParams(issue);
    return [{ path: pathOf(issue.path), code: issueCode(issue), message: issue.message.replace(/^Invalid input: /, ''), ...(params ? { params } : {}) }];
  });
}

/** An instant of a body, ISO 8601 with its offset (`now` of a solve, the ends of an absence). */
export const instantSchema = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time with its offset, e.g. 2026-11-19T15:00:00+01:00' });

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
