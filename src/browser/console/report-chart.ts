/**
 * Draws the heatmap of the « Bilan » in SVG, from `heatmapOf`: built with
 * `createElementNS`, every name set as `textContent`, colours as attributes
 * (the page's policy allows no inline style).
 */
import type { ReportWords } from '../../i18n/report-words';
import { BLANK, heatmapOf, shadeColors } from './report-heatmap';
import type { PairRow } from './report-types';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function heatmapChart(rows: readonly PairRow[], t: ReportWords, locale: string): SVGSVGElement {
  const map = heatmapOf(rows, t.notGiven, locale);
  const size = map.cellSize;
  const root = svg('svg', {
    role: 'img',
    'aria-label': t.chartLabel,
    class: 'heatmap',
    viewBox: `0 0 ${map.width} ${map.height}`,
    width: map.width,
    height: map.height,
    'font-family': 'system-ui, sans-serif',
  });
  map.labels.forEach((label, i) => {
    const row = svg('text', { x: map.left - 8, y: map.top + i * size + size / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', 'font-size': 12, fill: '#1d2430', class: 'row-label' }, label);
    row.appendChild(svg('title', {}, map.sectors[i]));
    const cx = map.left + i * size + size / 2;
    const column = svg('text', { transform: `translate(${cx} ${map.top - 8}) rotate(-45)`, 'font-size': 12, fill: '#1d2430', class: 'column-label' }, label);
    column.appendChild(svg('title', {}, map.sectors[i]));
    root.append(row, column);
  });
  for (const c of map.cells) {
    const cell = svg('g', { class: 'cell', 'data-row': map.sectors[c.row], 'data-column': map.sectors[c.column] });
    const box = { x: c.x, y: c.y, width: size, height: size, stroke: '#ffffff', 'stroke-width': 2 };
    // A pair that had no meeting planned stays blank: only pairs that met carry figures.
    if (c.planned === 0) {
      cell.appendChild(svg('rect', { ...box, fill: BLANK }));
    } else {
      const colors = shadeColors(c.shade);
      cell.append(
        svg('title', {}, t.cellTitle(map.sectors[c.row], map.sectors[c.column], c.held, c.followUps)),
        svg('rect', { ...box, fill: colors.fill }),
        svg('text', { x: c.x + size / 2, y: c.y + size / 2 - 2, 'text-anchor': 'middle', 'font-size': 18, 'font-weight': 700, fill: colors.text, class: 'held' }, String(c.held)),
        svg('text', { x: c.x + size / 2, y: c.y + size - 8, 'text-anchor': 'middle', 'font-size': 11, fill: colors.text, class: 'follow-ups' }, String(c.followUps)),
      );
    }
    root.appendChild(cell);
  }
  return root;
}
