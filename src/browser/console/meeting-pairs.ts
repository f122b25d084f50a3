/** Pairs of clusters, whichever order they come in. Free of the DOM. */

/** One key for `{a, b}` in either order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The key of a meeting's or a lock's pair. */
export function keyOf(item: { clusters: readonly [string, string] | readonly string[] }): string {
  return pairKey(item.clusters[0], item.clusters[1]);
}
