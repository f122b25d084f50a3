import { CELL, cutLabel, heatmapOf, shadeColors } from '../../src/browser/console/report-heatmap';
import type { PairRow } from '../../src/browser/console/report-types';

const row = (a: string | null, b: string | null, held: number, yes = 0, planned = held): PairRow => ({
  pair: [a, b],
  planned,
  held,
  followUps: { yes, maybe: 0, no: 0 },
});

const cellOf = (map: ReturnType<typeof heatmapOf>, a: string, b: string) =>
  map.cells.find((c) => map.sectors[c.row] === a && map.sectors[c.column] === b)!;

describe('the heatmap of the report', () => {
  const rows = [row('Santé', 'Numérique', 4, 2, 5), row('Numérique', 'Numérique', 1), row('Agro', 'Santé', 2, 1), row(null, 'Santé', 1)];
  const map = heatmapOf(rows, 'Non renseigné', 'fr');

  it('puts the same sectors on both axes, by name, with the missing sector last under its words', () => {
    expect(map.sectors).toEqual(['Agro', 'Numérique', 'Santé', 'Non renseigné']);
    expect(map.cells).toHaveLength(16);
  });

  it('fills a pair on both sides of the diagonal with its meetings held and follow-ups planned', () => {
    expect(cellOf(map, 'Santé', 'Numérique')).toMatchObject({ planned: 5, held: 4, followUps: 2 });
    expect(cellOf(map, 'Numérique', 'Santé')).toMatchObject({ planned: 5, held: 4, followUps: 2 });
    expect(cellOf(map, 'Numérique', 'Numérique')).toMatchObject({ held: 1, followUps: 0 });
    expect(cellOf(map, 'Non renseigné', 'Santé')).toMatchObject({ held: 1 });
    expect(cellOf(map, 'Agro', 'Agro')).toMatchObject({ planned: 0, held: 0, followUps: 0, shade: 0 });
  });

  it('shades each cell by its meetings held against the most held', () => {
    expect(cellOf(map, 'Santé', 'Numérique').shade).toBe(1);
    expect(cellOf(map, 'Agro', 'Santé').shade).toBe(0.5);
  });

  it('adds up a pair that comes in both orders', () => {
    const twice = heatmapOf([row('A', 'B', 1, 1), row('B', 'A', 2)], '—', 'fr');
    expect(cellOf(twice, 'A', 'B')).toMatchObject({ planned: 3, held: 3, followUps: 1 });
    expect(cellOf(twice, 'B', 'A')).toMatchObject({ held: 3, followUps: 1 });
  });

  it('lays the cells on a grid right of and below the labels, inside the drawing', () => {
    const a = cellOf(map, 'Agro', 'Agro');
    const last = cellOf(map, 'Non renseigné', 'Non renseigné');
    expect([a.x, a.y]).toEqual([map.left, map.top]);
    expect([last.x, last.y]).toEqual([map.left + 3 * CELL, map.top + 3 * CELL]);
    expect(last.x + CELL).toBeLessThanOrEqual(map.width);
    expect(last.y + CELL).toBeLessThanOrEqual(map.height);
  });

  it('shades nothing when no meeting was held, and draws nothing without pairs', () => {
    expect(heatmapOf([row('A', 'B', 0, 0, 3)], '—', 'fr').cells.every((c) => c.shade === 0)).toBe(true);
    expect(heatmapOf([], '—', 'fr')).toMatchObject({ sectors: [], cells: [] });
  });

  it('keeps hostile names as they are, and cuts only the drawn label of a long one', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const long = 'Industries et technologies de la santé';
    const m = heatmapOf([row(evil, long, 1)], '—', 'fr');
    expect(m.sectors).toEqual([evil, long]);
    expect(m.labels[1]).toBe(cutLabel(long));
    expect(Array.from(m.labels[1])).toHaveLength(22);
    expect(m.labels[1].endsWith('…')).toBe(true);
  });

  it('does not change the rows it is given', () => {
    const input = [row('B', 'B', 1), row('A', 'B', 2)];
    const copy = JSON.parse(JSON.stringify(input));
    heatmapOf(input, '—', 'fr');
    expect(input).toEqual(copy);
  });

  it('writes light text on dark cells and dark text on light ones', () => {
    expect(shadeColors(0)).toEqual({ fill: '#eef2f8', text: '#1d2430' });
    expect(shadeColors(1)).toEqual({ fill: '#1f3a68', text: '#ffffff' });
  });
});
