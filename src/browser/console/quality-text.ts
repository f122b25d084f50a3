/**
 * How good a schedule is, in words: proven optimal, or how far at most from
 * the best possible one (from its value and its upper bound). Free of the DOM.
 */
import type { ScheduleStats } from '../../../solver/model/types';
import type { ConsoleWords } from '../../i18n/console-words';

/**
 * The gap `(upperBound − value) / upperBound` in percent, rounded up to one
 * decimal so that « à au plus » stays true; 0 when the bound is reached.
 */
export function gapPercent(stats: Pick<ScheduleStats, 'value' | 'upperBound'>): number {
  if (stats.upperBound <= 0 || stats.value >= stats.upperBound) return 0;
  const gap = ((stats.upperBound - stats.value) / stats.upperBound) * 100;
  // The small epsilon keeps 0.4 from becoming 0.5 through floating-point noise.
  return Math.ceil(gap * 10 - 1e-9) / 10;
}

/** `Planning optimal (prouvé)`, or `à au plus 0,4 % du meilleur planning possible`. */
export function qualityText(stats: Pick<ScheduleStats, 'value' | 'upperBound' | 'optimal'>, words: ConsoleWords): string {
  if (stats.optimal) return words.schedule.optimal;
  const gap = gapPercent(stats);
  if (gap === 0) return words.schedule.atBound;
  return words.schedule.gap(new Intl.NumberFormat(words.intlLocale, { maximumFractionDigits: 1 }).format(gap));
}
