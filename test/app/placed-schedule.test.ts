/** Meetings placed by hand are judged by the independent checker: meeting windows included. */
import { solve, type EventFile } from '../../solver';
import { placedSchedule } from '../../src/app/placed-schedule';

const DAY = '2026-06-11';

/** Three rounds from 09:00 (20 + 5 minutes); Minalogic and ViaMéca may meet only in round 2 or 3. */
function event(): EventFile {
  return {
    event: {
      id: 'fenetres-a-la-main',
      name: 'Rencontres croisées',
      timezone: 'Europe/Paris',
      sessions: [{ date: DAY, start: '09:00', end: '10:10' }],
      meetingMinutes: 20,
      changeoverMinutes: 5,
      tables: 2,
    },
    clusters: [
      { id: 'minalogic', name: 'Minalogic' },
      { id: 'viameca', name: 'ViaMéca' },
      { id: 'techtera', name: 'Techtera' },
    ],
    requests: [
      { from: 'minalogic', to: 'viameca', priority: 1 },
      { from: 'techtera', to: 'viameca', priority: 2 },
    ],
    constraints: { meetingWindows: [{ clusters: ['viameca', 'minalogic'], windows: [{ date: DAY, start: '09:25', end: '10:10' }] }] },
  };
}

describe('placedSchedule with meeting windows', () => {
  it('accepts a meeting moved by hand within its pair\'s meeting windows', () => {
    const base = solve(event()).schedule!;
    const moved = base.meetings.map((m) => ({ clusters: m.clusters, round: m.round, table: m.table }));
    const target = moved.find((m) => m.clusters.includes('minalogic'))!;
    const other = moved.find((m) => m !== target)!;
    target.round = other.round === 2 ? 3 : 2;
    expect(placedSchedule(event(), moved, [], base)).toMatchObject({ ok: true });
  });

  it('refuses a meeting moved by hand outside its pair\'s meeting windows, with its path and round', () => {
    const placed = [{ clusters: ['minalogic', 'viameca'] as const, round: 1, table: 'T1' }];
    expect(placedSchedule(event(), placed, [], null)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'meetings[0].round', code: 'outside_meeting_window', params: { a: 'minalogic', b: 'viameca', round: 1 } })],
    });
  });
});
