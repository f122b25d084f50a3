/** A small schedule of three rounds and three tables, for the console's view tests. */
import type { Schedule } from '../../../solver';

export const CLUSTERS = [
  { id: 'axelera', name: 'Axelera' },
  { id: 'minalogic', name: 'Minalogic' },
  { id: 'techtera', name: 'Techtera' },
  { id: 'mont-blanc', name: 'Mont-Blanc Industries' },
  { id: 'viameca', name: 'ViaMéca' },
];

const round = (index: number, start: string, end: string) => ({ index, start: `2025-06-12T${start}:00+02:00`, end: `2025-06-12T${end}:00+02:00` });
const rounds = [round(1, '09:00', '09:20'), round(2, '09:25', '09:45'), round(3, '09:50', '10:10')];
const at = (r: number) => ({ start: rounds[r - 1].start, end: rounds[r - 1].end });

export function sampleSchedule(): Schedule {
  return {
    eventId: 'demo-day',
    rounds,
    meetings: [
      { clusters: ['axelera', 'minalogic'], round: 1, table: 'T1', ...at(1), value: 9, reasons: [], why: [{ kind: 'request', from: 'axelera', to: 'minalogic', priority: 1 }] },
      { clusters: ['mont-blanc', 'techtera'], round: 1, table: 'T2', ...at(1), value: 3, reasons: [], why: [{ kind: 'competence', offeredBy: 'techtera', soughtBy: 'mont-blanc', term: 'textiles' }] },
      { clusters: ['minalogic', 'techtera'], round: 2, table: 'T3', ...at(2), value: 2, reasons: [], why: [{ kind: 'locked' }], locked: true },
    ],
    unmet: [{ from: 'viameca', to: 'axelera', reason: 'axelera reached its cap', cause: { kind: 'cap', cluster: 'axelera', cap: 1 } }],
    stats: { objective: 'fair', value: 14, covered: 4, upperBound: 15, optimal: false, idleRounds: 0, rounds: 3, meetings: 3, solveMs: 12 },
  };
}
