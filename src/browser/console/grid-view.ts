/**
 * The rounds × tables grid as an HTML table: a row per round with its times,
 * a column per table, each meeting with the two clusters' names, its badges
 * (locked, moved, new) and its buttons (« Verrouiller » or « Déverrouiller »,
 * « Déplacer », « Supprimer »). It scrolls inside its own box on a phone.
 */
import type { ConsoleWords } from '../../i18n/console-words';
import { el } from '../dom';
import type { Grid, GridCell } from './schedule-grid';

export interface GridActions {
  toggleLock(cell: GridCell): void;
  move(cell: GridCell): void;
  remove(cell: GridCell): void;
}

/** What identifies a control across a redraw, so that the focus can come back to it. */
export const focusKey = (action: string, cell: Pick<GridCell, 'clusters'>) => `${action}:${cell.clusters[0]}|${cell.clusters[1]}`;

function meetingCell(cell: GridCell, id: string, words: ConsoleWords, actions: GridActions): HTMLTableCellElement {
  const t = words.schedule;
  const button = (text: string, action: string, onClick: () => void, className = 'secondary') => {
    const b = el('button', { type: 'button', class: `${className} small-button`, 'aria-describedby': id, 'data-focus-key': focusKey(action, cell), text });
    b.addEventListener('click', onClick);
    return b;
  };
  const badges = [
    cell.locked ? el('span', { class: 'badge locked', text: t.lockedBadge }) : null,
    cell.change === 'moved' ? el('span', { class: 'badge moved', text: t.movedBadge }) : null,
    cell.change === 'added' ? el('span', { class: 'badge added', text: t.addedBadge }) : null,
  ].filter((b): b is HTMLSpanElement => b !== null);
  const classes = ['meeting-cell', cell.locked ? 'locked' : '', cell.change ?? ''].filter(Boolean).join(' ');
  return el('td', { class: classes }, [
    el('p', { class: 'pair', id }, [el('span', { text: cell.names[0] }), el('span', { class: 'times', 'aria-hidden': 'true', text: '×' }), el('span', { text: cell.names[1] })]),
    badges.length || cell.before ? el('p', { class: 'badges' }, [...badges, cell.before ? el('span', { class: 'before', text: t.movedFrom(cell.before) }) : null]) : null,
    el('div', { class: 'cell-actions' }, [
      button(cell.locked ? t.unlock : t.lock, 'lock', () => actions.toggleLock(cell), cell.locked ? 'primary' : 'secondary'),
      cell.locked ? null : button(t.move, 'move', () => actions.move(cell)),
      cell.locked ? null : button(t.remove, 'remove', () => actions.remove(cell), 'remove'),
    ]),
  ]);
}

export function gridTable(grid: Grid, draft: boolean, words: ConsoleWords, actions: GridActions): HTMLElement {
  const t = words.schedule;
  const head = el('tr', {}, [el('th', { scope: 'col', text: t.roundHeader }), ...grid.columns.map((c) => el('th', { scope: 'col', text: c.name }))]);
  const body = grid.rows.map((row, r) =>
    el('tr', {}, [
      el('th', { scope: 'row' }, [el('span', { class: 'round-label', text: row.label }), el('span', { class: 'round-time', text: row.time })]),
      ...row.cells.map((cell, c) =>
        cell ? meetingCell(cell, `cell-${r + 1}-${c + 1}`, words, actions) : el('td', { class: 'free' }, [el('span', { class: 'visually-hidden', text: t.free })]),
      ),
    ]),
  );
  // Focusable, so that a keyboard can scroll it (axe: scrollable-region-focusable).
  return el('div', { class: 'grid-scroll', role: 'region', 'aria-labelledby': 'grid-caption', tabindex: '0' }, [
    el('table', { class: 'grid' }, [
      el('caption', { id: 'grid-caption', text: t.gridCaption(draft) }),
      el('thead', {}, [head]),
      el('tbody', {}, body),
    ]),
  ]);
}
