/**
 * The heatmap of the « Bilan » as data: the sectors on both axes, and for
 * each pair its cell's place, its shade (meetings held against the most
 * held) and its two figures. Free of the DOM: `report-chart.ts` draws it.
 */
import type { PairRow } from './report-types';

export interface HeatmapCell {
  row: number;
  column: number;
  x: number;
  y: number;
  /** Meetings planned between the two sectors: a cell without any is left blank. */
  planned: number;
  held: number;
  /** Follow-ups planned (« oui »). */
  followUps: number;
  /** From 0 (no meeting held) to 1 (the most held of any pair). */
  shade: number;
}

export interface Heatmap {
  /** The sectors' names, in the order of both axes; a missing sector under `notGiven`, last. */
  sectors: string[];
  /** Labels as drawn: long names are cut (the full name is in the cell's title). */
  labels: string[];
  cells: HeatmapCell[];
  cellSize: number;
  /** Room on the left for the row labels, and on top (and right) for the slanted column labels. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Geometry of the drawing, in SVG user units. */
export const CELL = 56;
const CHAR = 7;
const LONGEST = 22;
const MARGIN = 8;

/** A label of at most `LONGEST` characters, cut with an ellipsis. */
export function cutLabel(name: string): string {
  const chars = Array.from(name);
  return chars.length <= LONGEST ? name : `${chars.slice(0, LONGEST - 1).join('').trimEnd()}…`;
}

export function heatmapOf(rows: readonly PairRow[], notGiven: string, locale: string): Heatmap {
  const named = new Set<string>();
  let missing = false;
  for (const r of rows) {
    for (const side of r.pair) {
      if (side === null) missing = true;
      else named.add(side);
    }
  }
  const sides: (string | null)[] = [...named].sort((a, b) => a.localeCompare(b, locale));
  if (missing) sides.push(null);
  const index = new Map(sides.map((s, i) => [s, i]));

  const counts = new Map<string, { planned: number; held: number; followUps: number }>();
  const key = (i: number, j: number) => `${i},${j}`;
  for (const r of rows) {
    const i = index.get(r.pair[0])!;
    const j = index.get(r.pair[1])!;
    // The API may split a pair over two rows (a, b) and (b, a): add them up, both ways.
    for (const k of i === j ? [key(i, i)] : [key(i, j), key(j, i)]) {
      const c = counts.get(k) ?? { planned: 0, held: 0, followUps: 0 };
      counts.set(k, { planned: c.planned + r.planned, held: c.held + r.held, followUps: c.followUps + r.followUps.yes });
    }
  }
  const most = Math.max(0, ...[...counts.values()].map((c) => c.held));

  const sectors = sides.map((s) => s ?? notGiven);
  const labels = sectors.map(cutLabel);
  const longest = Math.max(0, ...labels.map((l) => Array.from(l).length));
  const left = MARGIN + longest * CHAR + MARGIN;
  // Column labels are slanted at 45°: they need about 0.71 of their length upwards.
  const slant = Math.ceil(longest * CHAR * 0.71);
  const top = MARGIN + slant + MARGIN;
  const cells: HeatmapCell[] = [];
  sides.forEach((_, row) =>
    sides.forEach((__, column) => {
      const c = counts.get(key(row, column)) ?? { planned: 0, held: 0, followUps: 0 };
      cells.push({ row, column, x: left + column * CELL, y: top + row * CELL, ...c, shade: most ? c.held / most : 0 });
    }),
  );
  return { sectors, labels, cells, cellSize: CELL, left, top, width: left + sides.length * CELL + slant + MARGIN, height: top + sides.length * CELL + MARGIN };
}

const LIGHT = [0xee, 0xf2, 0xf8];
const DARK = [0x1f, 0x3a, 0x68];

/** The fill of a cell where no meeting was planned. */
export const BLANK = '#fafbfc';

/** The cell's fill for a shade, from light grey-blue to the console's dark blue, and the text colour that reads on it. */
export function shadeColors(shade: number): { fill: string; text: string } {
  const hex = LIGHT.map((l, i) => Math.round(l + (DARK[i] - l) * shade).toString(16).padStart(2, '0')).join('');
  return { fill: `#${hex}`, text: shade > 0.45 ? '#ffffff' : '#1d2430' };
}
