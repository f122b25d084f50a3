/**
 * The code and the values of a zod issue, for every problem that a schema
 * finds, in the core and in the shell alike.
 */
import type { z } from 'zod';
import type { Problem, ProblemCode } from './types';

type Issue = z.core.$ZodIssue;

/** zod leaves `input` out of its issues unless asked; a missing field is the one its message says is undefined. */
const isMissing = (issue: Issue): boolean => / received undefined$/.test(issue.message);

/**
 * The code of an issue. A refinement names its own code in its params
 * (`refine(check, { params: { code: 'too_many', max: 10 } })`).
 */
export function issueCode(issue: Issue): ProblemCode {
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
export function issueParams(issue: Issue): Problem['params'] {
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

