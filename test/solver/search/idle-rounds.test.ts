/**
 * The objective's last criterion: among equally good schedules, fewer idle
 * rounds between a cluster's meetings within a session (1, 2, 3 beats 1, 4, 7).
 */
import { checkSchedule, solve } from '../../../solver';
import type { EventFile, RequestInput, Schedule } from '../../../solver/model/types';

/** One session of `rounds` rounds of 20 + 5 minutes from 09:00. */
function starEvent(rounds: number, hubs: string[], spokesPerHub: number, tables?: number): EventFile {
  const end = 9 * 60 + (rounds - 1) * 25 + 20;
  const clusters = hubs.flatMap((hub) => [hub, ...Array.from({ length: spokesPerHub }, (_, k) => `${hub}-s${k + 1}`)]);
  const requests: RequestInput[] = hubs.flatMap((hub) =>
    Array.from({ length: spokesPerHub }, (_, k) => ({ from: `${hub}-s${k + 1}`, to: hub, priority: 1 + k })),
  );
  return {
    event: {
      id: 'idle',
      name: 'Idle rounds',
      timezone: 'Europe/Paris',
      sessions: [{ date: '2026-06-11', start: '09:00', end: `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}` }],
      meetingMinutes: 20,
      changeoverMinutes: 5,
      ...(tables === undefined ? {} : { tables }),
    },
    clusters: clusters.map((id) => ({ id, name: id })),
    requests,
  };
}

function solved(event: EventFile): Schedule {
  const result = solve(event, { seed: 1 });
  expect(result.status).toBe('optimal');
  expect(checkSchedule(event, result.schedule!)).toEqual([]);
  return result.schedule!;
}

const roundsOf = (schedule: Schedule, id: string) =>
  schedule.meetings.filter((m) => m.clusters.includes(id)).map((m) => m.round).sort((a, b) => a - b);

describe('idle rounds between a cluster\'s meetings', () => {
  it('puts a hub\'s three meetings in consecutive rounds of a long session', () => {
    const schedule = solved(starEvent(7, ['hub'], 3));
    const rounds = roundsOf(schedule, 'hub');
    expect(rounds).toHaveLength(3);
    expect(rounds[2] - rounds[0]).toBe(2);
    expect(schedule.stats.idleRounds).toBe(0);
  });

  it('leaves no idle round for two hubs sharing two tables', () => {
    const schedule = solved(starEvent(7, ['a', 'b'], 3, 2));
    for (const hub of ['a', 'b']) {
      const rounds = roundsOf(schedule, hub);
      expect(rounds).toHaveLength(3);
      expect(rounds[2] - rounds[0]).toBe(2);
    }
    expect(schedule.stats.idleRounds).toBe(0);
  });

  it('gathers a hub\'s other meetings around a locked one', () => {
    const event = starEvent(7, ['hub'], 3);
    const result = solve(event, { seed: 1, locks: [{ clusters: ['hub', 'hub-s2'], round: 5, table: 'T1' }] });
    expect(result.status).toBe('optimal');
    expect(checkSchedule(event, result.schedule!, [{ clusters: ['hub', 'hub-s2'], round: 5, table: 'T1' }])).toEqual([]);
    const rounds = roundsOf(result.schedule!, 'hub');
    expect(rounds).toContain(5);
    expect(rounds[2] - rounds[0]).toBe(2);
    expect(result.schedule!.stats.idleRounds).toBe(0);
  });

  it('never trades value or coverage for fewer idle rounds', () => {
    // One table: the hubs take turns (waiting before a first meeting is not
    // idle), and all six meetings are still held.
    const schedule = solved(starEvent(6, ['a', 'b'], 3, 1));
    expect(schedule.stats.meetings).toBe(6);
    expect(schedule.stats.covered).toBe(8);
    const spans = ['a', 'b'].map((hub) => roundsOf(schedule, hub)).map((r) => r[2] - r[0] - 2);
    expect(schedule.stats.idleRounds).toBe(spans[0] + spans[1]);
    expect(schedule.stats.idleRounds).toBe(0);
  });
});
