/** Under the grid: the meetings per cluster, the clusters without a meeting, the unmet requests and why. */
import type { ConsoleWords } from '../../i18n/console-words';
import { el, note } from '../dom';
import type { ScheduleSummary } from './schedule-summary';

export function summaryView(summary: ScheduleSummary, words: ConsoleWords, colon: string): HTMLElement[] {
  const t = words.schedule;
  return [
    el('section', { class: 'summary-part', 'aria-labelledby': 'per-cluster-title' }, [
      el('h3', { id: 'per-cluster-title', text: t.perClusterTitle }),
      el(
        'ul',
        { class: 'plain per-cluster' },
        summary.perCluster.map((c) =>
          el('li', {}, [
            el('strong', { text: c.name }),
            el('span', { class: 'count', text: ` — ${t.perClusterItem(c.count)}` }),
            c.partners.length ? el('span', { class: 'muted', text: `${colon}${c.partners.join(', ')}` }) : null,
          ]),
        ),
      ),
    ]),
    el('section', { class: 'summary-part', 'aria-labelledby': 'without-title' }, [
      el('h3', { id: 'without-title', text: t.withoutTitle(summary.without.length) }),
      summary.without.length ? el('ul', { class: 'plain chips' }, summary.without.map((name) => el('li', { text: name }))) : note(t.allCovered),
    ]),
    el('section', { class: 'summary-part', 'aria-labelledby': 'unmet-title' }, [
      el('h3', { id: 'unmet-title', text: t.unmetTitle(summary.unmet.length) }),
      summary.unmet.length
        ? el(
            'ul',
            { class: 'plain unmet' },
            summary.unmet.map((u) => el('li', {}, [el('strong', { text: t.unmetPair(u.from, u.to) }), el('p', { class: 'muted small', text: u.reason })])),
          )
        : note(t.noUnmet),
    ]),
  ];
}
