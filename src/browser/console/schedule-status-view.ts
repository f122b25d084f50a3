/**
 * Above the grid: whether the draft or the published schedule is shown (with
 * « Publier le planning » for a draft), its quality in words, and what the
 * draft changes against the published schedule.
 */
import type { ScheduleStats } from '../../../solver/model/types';
import type { ConsoleWords } from '../../i18n/console-words';
import { el } from '../dom';
import type { ScheduleChanges } from './console-api-types';
import { qualityText } from './quality-text';
import { placeText, type GridContext } from './schedule-grid';
import { cancelledMeetings } from './schedule-summary';

export function versionView(draft: boolean, publish: HTMLButtonElement, w: ConsoleWords): HTMLElement {
  const t = w.schedule;
  return el('div', { class: `version ${draft ? 'is-draft' : 'is-published'}` }, [
    el('p', { class: 'version-label' }, [el('span', { class: `badge ${draft ? 'draft' : 'ok'}`, text: draft ? t.draft : t.published })]),
    el('p', { class: 'muted', text: draft ? t.draftHint : t.publishedHint }),
    draft ? el('div', { class: 'actions' }, [publish]) : null,
    draft ? el('p', { class: 'hint', id: 'publish-hint', text: t.publishHint }) : null,
  ]);
}

export function qualityView(stats: ScheduleStats, clusters: number, w: ConsoleWords): HTMLElement {
  const t = w.schedule;
  return el('dl', { class: 'quality' }, [
    el('div', {}, [el('dt', { text: t.qualityLabel }), el('dd', { class: 'quality-text', text: qualityText(stats, w) })]),
    el('div', {}, [el('dt', { class: 'visually-hidden', text: t.statsLabel }), el('dd', { text: t.stats(stats.meetings, stats.covered, clusters) })]),
  ]);
}

/** The counts of moved, new, cancelled and kept meetings, and the cancelled ones with where they were. */
export function changesView(changes: ScheduleChanges, names: Pick<GridContext, 'nameOf' | 'tableName' | 'exports' | 'words'>): HTMLElement {
  const t = names.words.schedule;
  const cancelled = cancelledMeetings(changes.changes);
  return el('section', { class: 'changes card', 'aria-labelledby': 'changes-title' }, [
    el('h3', { id: 'changes-title', text: t.changesTitle }),
    el('p', { class: 'changes-counts', text: changes.changes.length ? t.changesCounts(changes.counts) : t.noChanges }),
    cancelled.length
      ? el('div', {}, [
          el('h4', { text: t.cancelledTitle }),
          el(
            'ul',
            { class: 'cancelled' },
            cancelled.map((c) =>
              el('li', { text: t.cancelledItem(names.nameOf(c.clusters[0]), names.nameOf(c.clusters[1]), c.from ? placeText(c.from, names) : '') }),
            ),
          ),
        ])
      : null,
  ]);
}
