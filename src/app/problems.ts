/**
 * Located problems from zod issues, with the same path notation as the core
 * (`requests[3].to`) and a code for programs (the cluster's page renders its
 * own words from `code` and `params`, never from `message`).
 */
import type { z } from 'zod';
import type { Problem, ProblemCode } from '../../solver';
import { AppError, invalid } from './errors';

/** `['requests', 3, 'to']` → `requests[3].to`; the empty path is `(body)`. */
export function pathOf(path: ReadonlyArray<PropertyKey>): string {
  const out = path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
  return out || '(body)';
}

type Issue = z.core.$ZodIssue;

/** zod leaves `input` out of its issues unless asked; a missing field is the one its message says is undefined. */
const isMissing = (issue: Issue): boolean => / received undefined$/.test(issue.message);

/**
 * The code of an issue. A refinement names its own code in its params
 * (`refine(check, { params: { code: 'too_many', max: 10 } })`).
 */
function issueCode(issue: Issue): ProblemCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'not_integer' : isMissing(issue) ? 'missing' : 'invalid_type';
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'empty' : 'too_small';
    case 'too_big':
      return 'too_big';
    case 'invalid_format':
      return issue.format === 'email' ? 'invalid_email' : 'invalid_format';
    case 'not_multiple_of':
      return 'not_integer';
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'custom':
      return typeof issue.params?.code === 'string' ? (issue.params.code as ProblemCode) : 'invalid_value';
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'invalid_value';
  }
}

/** The values the issue names: bounds, the expected type or options, a refinement's own params. */
function issueParams(issue: Issue): Problem['params'] {
  switch (issue.code) {
    case 'too_small':
      return { min: Number(issue.minimum) };
    case 'too_big':
      return { max: Number(issue.maximum) };
    case 'invalid_type':
      return { expected: issue.expected };
    case 'invalid_value':
      return { values: issue.values.map(String).join(', ') };
    case 'invalid_format':
      return { format: issue.format };
    case 'custom': {
      const params = Object.entries(issue.params ?? {}).filter(
        (entry): entry is [string, string | number] => entry[0] !== 'code' && (typeof entry[1] === 'string' || typeof entry[1] === 'number'),
      );
      return params.length > 0 ? Object.fromEntries(params) : undefined;
    }
    default:
      return undefined;
  }
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
