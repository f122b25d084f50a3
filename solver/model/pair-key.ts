/** The one key of an unordered pair of cluster ids, used everywhere a pair is looked up. */

/** Separator that no id can contain (ids are `[A-Za-z0-9_.-]`). */
const SEPARATOR = '|';

/** Key of the pair {a, b}, ids in ascending order: `pairKey('b', 'a') === pairKey('a', 'b')`. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}${SEPARATOR}${b}` : `${b}${SEPARATOR}${a}`;
}

/** The two ids of a key, in ascending order. */
export function pairOfKey(key: string): [string, string] {
  const at = key.indexOf(SEPARATOR);
  return [key.slice(0, at), key.slice(at + 1)];
}
