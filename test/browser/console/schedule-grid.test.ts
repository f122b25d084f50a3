import { scheduleGrid, spansDays } from '../../../src/browser/console/schedule-grid';
import { tableNamer, tablesOf } from '../../../src/browser/console/schedule-tables';
import { dictionary } from '../../../src/i18n/dictionary';
import { namesOf } from '../../../src/browser/text';
import { CLUSTERS, sampleSchedule } from './sample-schedule';

const fr = dictionary('fr');
const context = (over: Partial<Parameters<typeof scheduleGrid>[2]> = {}) => {
  const columns = tablesOf({ tables: 3 }, sampleSchedule());
  return {
    columns,
    ctx: { nameOf: namesOf(CLUSTERS), tableName: tableNamer(columns), exports: fr.exports, words: fr.console, locks: [], changes: [], ...over },
  };
};

describe('the rounds × tables grid', () => {
  it('has a row per round with its times and a column per table, each meeting with the two names', () => {
    const { columns, ctx } = context();
    const grid = scheduleGrid(sampleSchedule(), columns, ctx);
    expect(grid.columns.map((c) => c.name)).toEqual(['T1', 'T2', 'T3']);
    expect(grid.rows.map((r) => [r.label, r.time])).toEqual([
      ['Tour 1', '09:00–09:20'],
      ['Tour 2', '09:25–09:45'],
      ['Tour 3', '09:50–10:10'],
    ]);
    expect(grid.rows[0].cells.map((c) => c?.names ?? null)).toEqual([['Axelera', 'Minalogic'], ['Mont-Blanc Industries', 'Techtera'], null]);
    expect(grid.rows[1].cells[2]).toMatchObject({ index: 2, clusters: ['minalogic', 'techtera'], change: null });
    expect(grid.rows[2].cells).toEqual([null, null, null]);
  });

  it('marks locked meetings from the organiser’s locks, whatever the order of the pair', () => {
    const { columns, ctx } = context({ locks: [{ clusters: ['minalogic', 'axelera'], round: 1, table: 'T1' }] });
    const grid = scheduleGrid(sampleSchedule(), columns, ctx);
    expect(grid.rows[0].cells[0]?.locked).toBe(true);
    // Locked when solved, but since unlocked: the locks say.
    expect(grid.rows[1].cells[2]?.locked).toBe(false);
  });

  it('marks the meetings a draft moves or adds, with where a moved one was', () => {
    const { columns, ctx } = context({
      changes: [
        { clusters: ['axelera', 'minalogic'], kind: 'moved', from: { round: 3, table: 'T2' }, to: { round: 1, table: 'T1' } },
        { clusters: ['mont-blanc', 'techtera'], kind: 'added', to: { round: 1, table: 'T2' } },
        { clusters: ['axelera', 'viameca'], kind: 'cancelled', from: { round: 2, table: 'T1' } },
      ],
    });
    const [first] = scheduleGrid(sampleSchedule(), columns, ctx).rows;
    expect(first.cells[0]).toMatchObject({ change: 'moved', before: 'tour 3, table T2' });
    expect(first.cells[1]).toMatchObject({ change: 'added', before: null });
  });

  it('puts the day before the times when the event spans several days', () => {
    const schedule = sampleSchedule();
    schedule.rounds[2] = { index: 3, start: '2025-06-13T09:00:00+02:00', end: '2025-06-13T09:20:00+02:00' };
    expect(spansDays(schedule)).toBe(true);
    const { columns, ctx } = context();
    expect(scheduleGrid(schedule, columns, ctx).rows[2].time).toBe('Vendredi 13 juin, 09:00–09:20');
  });
});

describe('the tables of an event', () => {
  it('numbers a count, keeps a named list in order, and adds the tables a schedule uses otherwise', () => {
    expect(tablesOf({ tables: 2 }, null)).toEqual([
      { id: 'T1', name: 'T1' },
      { id: 'T2', name: 'T2' },
    ]);
    expect(tablesOf({ tables: [{ id: 'r1', name: 'Salle Rhône – table 1' }] }, null)).toEqual([{ id: 'r1', name: 'Salle Rhône – table 1' }]);
    const schedule = sampleSchedule();
    schedule.meetings[0].table = 'T10';
    expect(tablesOf({}, schedule).map((t) => t.id)).toEqual(['T2', 'T3', 'T10']);
  });
});
