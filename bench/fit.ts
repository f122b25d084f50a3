/** How time grows with size: the exponent of a power law fitted on log–log. */

/**
 * The exponent k of y ≈ c · x^k, by least squares on (log x, log y). Points
 * with a non-positive coordinate are ignored; fewer than two distinct x give NaN.
 */
export function fitExponent(points: readonly { x: number; y: number }[]): number {
  const logs = points.filter((p) => p.x > 0 && p.y > 0).map((p) => [Math.log(p.x), Math.log(p.y)] as const);
  const n = logs.length;
  const meanX = logs.reduce((s, [x]) => s + x, 0) / n;
  const meanY = logs.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = logs.reduce((s, [x]) => s + (x - meanX) ** 2, 0);
  const sxy = logs.reduce((s, [x, y]) => s + (x - meanX) * (y - meanY), 0);
  return n >= 2 && sxx > 0 ? sxy / sxx : NaN;
}
