import { currentRound, roundTables } from '../../../src/browser/console/today-round';
import { tablesOf } from '../../../src/browser/console/schedule-tables';
import { namesOf } from '../../../src/browser/text';
import { CLUSTERS, sampleSchedule } from './sample-schedule';

describe('the round in progress', () => {
  const { rounds } = sampleSchedule();

  it('is the round whose start has come and whose end has not', () => {
    expect(currentRound(rounds, '2025-06-12T09:00:00+02:00')?.index).toBe(1);
    expect(currentRound(rounds, '2025-06-12T09:30:00+02:00')?.index).toBe(2);
    // The same instant written in UTC.
    expect(currentRound(rounds, '2025-06-12T07:55:00Z')?.index).toBe(3);
  });

  it('is none between two rounds, before the first and after the last', () => {
    expect(currentRound(rounds, '2025-06-12T09:20:00+02:00')).toBeNull();
    expect(currentRound(rounds, '2025-06-12T08:59:00+02:00')).toBeNull();
    expect(currentRound(rounds, '2025-06-12T10:10:00+02:00')).toBeNull();
  });

  it('does not reorder the rounds it is given', () => {
    const copy = [...rounds].reverse();
    const before = JSON.stringify(copy);
    currentRound(copy, '2025-06-12T09:30:00+02:00');
    expect(JSON.stringify(copy)).toBe(before);
  });
});

describe('who is at which table in a round', () => {
  const schedule = sampleSchedule();
  const nameOf = namesOf(CLUSTERS);

  it('lists the round’s meetings by table, in the tables’ order, with names', () => {
    const tables = tablesOf({ tables: [{ id: 'T2', name: 'Salon bleu' }, { id: 'T1', name: 'Salon rouge' }] }, schedule);
    expect(roundTables(schedule, 1, tables, nameOf)).toEqual([
      { table: 'Salon bleu', names: ['Mont-Blanc Industries', 'Techtera'] },
      { table: 'Salon rouge', names: ['Axelera', 'Minalogic'] },
    ]);
  });

  it('is empty for a round without meetings', () => {
    expect(roundTables(schedule, 3, tablesOf({ tables: 3 }, schedule), nameOf)).toEqual([]);
  });
});
