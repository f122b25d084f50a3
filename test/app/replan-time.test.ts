/**
 * When a solve re-plans the rest of the day: at the `now` asked for, else at
 * the server's clock while the event is in progress or has absences, and
 * never otherwise.
 */
import type { EventFile } from '../../solver';
import { replanTime } from '../../src/app/run-solve-job';

const event: EventFile = {
  event: {
    id: 'apres-midi',
    name: 'Après-midi interclusters',
    timezone: 'Europe/Paris',
    sessions: [{ date: '2026-11-19', start: '14:00', end: '17:00' }],
    meetingMinutes: 20,
  },
  clusters: [
    { id: 'axelera', name: 'Axelera' },
    { id: 'minalogic', name: 'Minalogic' },
  ],
};
const at = (hhmm: string) => new Date(`2026-11-19T${hhmm}:00+01:00`);

describe('the time of a re-plan', () => {
  it('is the time asked for, whatever the clock', () => {
    expect(replanTime(event, [], '2026-11-19T15:00:00+01:00', at('09:00'))).toBe('2026-11-19T15:00:00+01:00');
  });

  it('is the server’s clock while the event is in progress', () => {
    expect(replanTime(event, [], undefined, at('15:10'))).toBe(at('15:10').toISOString());
  });

  it('is the server’s clock when the event has absences, even before it starts', () => {
    expect(replanTime(event, [{ cluster: 'axelera' }], undefined, at('09:00'))).toBe(at('09:00').toISOString());
  });

  it('is none before the event and after it without absences: every round stays open', () => {
    expect(replanTime(event, [], undefined, at('09:00'))).toBeUndefined();
    expect(replanTime(event, [], undefined, at('18:00'))).toBeUndefined();
  });
});
