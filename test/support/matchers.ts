/** Small helpers shared by the tests. */
import type { Problem } from '../../solver/model/types';

/** Freezes `value` and everything inside it, to prove that a function does not write to its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** A matcher for one problem at `path` whose message contains `text`. */
export const problem = (path: string, text = ''): Problem =>
  expect.objectContaining({ path, message: expect.stringContaining(text) }) as Problem;
