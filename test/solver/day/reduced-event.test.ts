import { isAvailable, normalizeEvent } from '../../../solver';
import type { EventFile } from '../../../solver/model/types';
import { windowsOfRounds } from '../../../solver/day/reduced-event';
import { formatInZone, wallClockToInstant } from '../../../solver/time/zoned-time';

/** The rounds a cluster with these windows is available in. */
function roundsOf(event: EventFile, availability: EventFile['clusters'][number]['availability']): number[] {
  const normal = normalizeEvent({ ...event, clusters: [{ id: 'c', name: 'C', availability }] });
  return normal.slots.filter((s) => isAvailable(normal, 'c', s)).map((s) => s.index);
}

describe('windowsOfRounds', () => {
  const night: EventFile = {
    event: { id: 'nuit', name: 'Nuit', timezone: 'Europe/Paris', sessions: [{ date: '2026-10-25', start: '01:30', end: '04:00' }, { date: '2026-10-25', start: '09:00', end: '10:00' }], meetingMinutes: 20, changeoverMinutes: 5 },
    clusters: [{ id: 'c', name: 'C' }],
  };
  const slots = normalizeEvent(night).slots;

  it('holds exactly the rounds of every run of rounds on an ordinary stretch, across sessions', () => {
    const day = { ...night, event: { ...night.event, sessions: [{ date: '2026-11-19', start: '14:00', end: '15:40' }, { date: '2026-11-19', start: '16:00', end: '17:00' }] } };
    const grid = normalizeEvent(day).slots;
    for (let i = 0; i < grid.length; i++) {
      for (let j = i; j < grid.length; j++) {
        const wanted = grid.slice(i, j + 1).filter((s) => s.index !== i + 2);
        expect(roundsOf(day, windowsOfRounds(wanted, grid, 'Europe/Paris'))).toEqual(wanted.map((s) => s.index));
      }
    }
  });

  it('never gives a round that was not asked for, the night the clocks go back', () => {
    for (let i = 0; i < slots.length; i++) {
      for (let j = i; j < slots.length; j++) {
        const wanted = slots.slice(i, j + 1).map((s) => s.index);
        const got = roundsOf(night, windowsOfRounds(slots.slice(i, j + 1), slots, 'Europe/Paris'));
        expect(got.filter((r) => !wanted.includes(r))).toEqual([]);
      }
    }
    // The rounds after a given one, as a re-plan asks: all of them are held, but round 6 when it comes first: it starts
    // in the repeated hour's second pass (02:35+01:00 reads as 02:35+02:00), and so does every instant since round 5
    // started, so no window can start there. Round 5 can: its window starts at 02:59+02:00, after round 4's start.
    const secondPass = slots.filter((s) => wallClockToInstant('2026-10-25', formatInZone(s.startMs, 'Europe/Paris').slice(11, 16), 'Europe/Paris') !== s.startMs);
    expect(secondPass.map((s) => s.index)).toEqual([5, 6]);
    for (let k = 0; k < slots.length; k++) {
      const wanted = slots.slice(k).map((s) => s.index);
      const lost = k === 5 ? [6] : [];
      expect(roundsOf(night, windowsOfRounds(slots.slice(k), slots, 'Europe/Paris'))).toEqual(wanted.filter((r) => !lost.includes(r)));
    }
  });
});
