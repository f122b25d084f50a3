/**
 * Meeting windows (`constraints.meetingWindows`): a pair meets only in a round
 * lying wholly inside one of its windows, whether the meeting is wished,
 * required or locked.
 */
import { checkSchedule, solve, type SolveOptions } from '../../solver';
import { deriveRules } from '../../solver/check/check-rules';
import { pairKey } from '../../solver/model/pair-key';
import type { EventFile, LockedMeeting, RequestInput, Schedule } from '../../solver/model/types';
import { mulberry32, randomEvent, type RandomEventOptions } from '../../bench/random-event';
import { bruteForce } from '../support/brute-force';
import { withMeetingWindows } from '../support/meeting-windows';

const EPSILON = 1e-9;
const DAY = '2026-06-11';
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
/** Round k (1-based) of the grid below: 20 + 5 minutes from 09:00. */
const round = (k: number) => ({ date: DAY, start: hhmm(9 * 60 + (k - 1) * 25), end: hhmm(9 * 60 + (k - 1) * 25 + 20) });
/** From the start of round `first` to the end of round `last`. */
const rounds = (first: number, last: number) => ({ date: DAY, start: round(first).start, end: round(last).end });

/** One session of `count` rounds of 20 + 5 minutes from 09:00; clusters named by their ids. */
function eventOf(count: number, ids: string[], requests: RequestInput[], extra: Partial<EventFile['event']> = {}): EventFile {
  return {
    event: { id: 'fenetres', name: 'Fenêtres', timezone: 'Europe/Paris', sessions: [rounds(1, count)], meetingMinutes: 20, changeoverMinutes: 5, ...extra },
    clusters: ids.map((id) => ({ id, name: id.toUpperCase() })),
    requests,
  };
}

const SAFETY: SolveOptions = { now: () => performance.now(), timeLimitMs: 10_000 };

/** Solves, and requires a schedule that the independent checker accepts. */
function solved(event: EventFile, options: SolveOptions = {}): Schedule {
  const result = solve(event, { ...SAFETY, ...options });
  expect(result.problems).toEqual([]);
  expect(checkSchedule(event, result.schedule!, options.locks ? [...options.locks] : undefined)).toEqual([]);
  return result.schedule!;
}

const meetingOf = (schedule: Schedule, a: string, b: string) => schedule.meetings.find((m) => pairKey(m.clusters[0], m.clusters[1]) === pairKey(a, b));

/** Meetings of pairs with windows, and how many of them lie outside, by the checker's rules. */
function windowedMeetings(event: EventFile, schedule: Schedule): { met: number; outside: number } {
  const rules = deriveRules(event);
  const windowed = new Set((event.constraints?.meetingWindows ?? []).map((m) => pairKey(m.clusters[0], m.clusters[1])));
  let met = 0;
  let outside = 0;
  for (const m of schedule.meetings) {
    if (!windowed.has(pairKey(m.clusters[0], m.clusters[1]))) continue;
    met++;
    if (!rules.insideMeetingWindow(m.clusters[0], m.clusters[1], rules.grid[m.round - 1])) outside++;
  }
  return { met, outside };
}

describe('meeting windows', () => {
  it('meets a wished pair only inside its meeting window, at the cost of value elsewhere', () => {
    // Everyone wants a; a–b may meet only in round 2, where a would rather meet c.
    const event = eventOf(3, ['a', 'b', 'c', 'd'], [
      { from: 'b', to: 'a', priority: 1 },
      { from: 'c', to: 'a', priority: 1 },
      { from: 'd', to: 'a', priority: 1 },
    ]);
    event.constraints = { meetingWindows: [{ clusters: ['b', 'a'], windows: [round(2)] }] };
    const schedule = solved(event);
    expect(meetingOf(schedule, 'a', 'b')?.round).toBe(2);
    expect(schedule.meetings).toHaveLength(3);
    expect(schedule.stats.optimal).toBe(true);
  });

  it('places a mustMeet pair inside its meeting window', () => {
    // "Their expert arrives at 09:50": a and b must meet, in round 3 or 4.
    const event = eventOf(4, ['a', 'b', 'c'], [{ from: 'a', to: 'c', priority: 1 }]);
    event.constraints = { mustMeet: [['a', 'b']], meetingWindows: [{ clusters: ['a', 'b'], windows: [rounds(3, 4)] }] };
    for (const method of ['auto', 'heuristic'] as const) {
      const meeting = meetingOf(solved(event, { method }), 'a', 'b');
      expect(meeting?.why).toContainEqual({ kind: 'mustMeet' });
      expect([3, 4]).toContain(meeting?.round);
    }
  });

  it('rejects a mustMeet pair whose meeting windows hold no round in which both are available', () => {
    const event = eventOf(3, ['a', 'b', 'c'], []);
    // b leaves after round 2; the window starts with round 3, and the other is one minute short of round 1.
    event.clusters[1].availability = [rounds(1, 2)];
    event.constraints = {
      mustMeet: [['a', 'b']],
      meetingWindows: [{ clusters: ['a', 'b'], windows: [rounds(3, 3), { date: DAY, start: '09:00', end: '09:19' }] }],
    };
    const result = solve(event);
    expect(result.status).toBe('invalid');
    expect(result.problems).toEqual([
      {
        path: 'constraints.mustMeet[0]',
        code: 'no_common_round',
        message: '"a" and "b" have no round inside their meeting windows (constraints.meetingWindows[0]) in which both are available',
        params: { a: 'a', b: 'b', meetingWindows: 'constraints.meetingWindows[0]' },
      },
    ]);
  });

  it('reports required meetings that their windows keep from fitting together as infeasible, not a crash', () => {
    // a must meet b and c, both only in round 1.
    const event = eventOf(3, ['a', 'b', 'c'], []);
    event.constraints = {
      mustMeet: [['a', 'b'], ['a', 'c']],
      meetingWindows: [
        { clusters: ['a', 'b'], windows: [round(1)] },
        { clusters: ['c', 'a'], windows: [round(1)] },
      ],
    };
    expect(bruteForce(event)).toBeNull();
    for (const method of ['auto', 'heuristic'] as const) {
      const result = solve(event, { method });
      expect(result.status).toBe('infeasible');
      expect(result.schedule).toBeNull();
      expect(result.problems).toEqual([
        expect.objectContaining({
          path: 'constraints.mustMeet',
          code: 'infeasible',
          message: expect.stringContaining('inside the meeting windows'),
          params: { mustMeet: 2, locks: 0, meetingWindows: 2 },
        }),
      ]);
    }
  });

  describe('locks', () => {
    const event = eventOf(3, ['a', 'b', 'c'], [{ from: 'a', to: 'b', priority: 1 }], { tables: 2 });
    event.constraints = { meetingWindows: [{ clusters: ['a', 'b'], windows: [rounds(2, 3)] }] };

    it('refuses a lock outside the pair\'s meeting windows, with its path', () => {
      const result = solve(event, { locks: [{ clusters: ['b', 'a'], round: 1, table: 'T1' }] });
      expect(result.status).toBe('invalid');
      expect(result.problems).toEqual([
        { path: 'locks[0].round', code: 'outside_meeting_window', message: 'round 1 is outside the meeting windows of "b" and "a"', params: { a: 'b', b: 'a', round: 1 } },
      ]);
    });

    it('keeps a lock inside the pair\'s meeting windows', () => {
      const locks: LockedMeeting[] = [{ clusters: ['a', 'b'], round: 3, table: 'T2' }];
      expect(meetingOf(solved(event, { locks }), 'a', 'b')).toMatchObject({ round: 3, table: 'T2', locked: true });
    });
  });

  describe('unmet causes', () => {
    it('says the meeting window is why a wished pair is unmet when a round outside it would do', () => {
      // a and b are both there in rounds 1–3, but their window is round 1, when b is not there yet.
      const event = eventOf(3, ['a', 'b'], [{ from: 'a', to: 'b', priority: 1 }]);
      event.clusters[1].availability = [rounds(2, 3)];
      event.constraints = { meetingWindows: [{ clusters: ['a', 'b'], windows: [round(1)] }] };
      const schedule = solved(event);
      expect(schedule.unmet).toEqual([
        {
          from: 'a',
          to: 'b',
          cause: { kind: 'meetingWindow' },
          reason: 'no round inside the meeting windows of a and b in which both are available and free with a table left',
        },
      ]);
    });

    it('says the meeting window is why a wished pair is unmet when its only round inside is taken', () => {
      // a must meet c in round 1, the only round of a–b's window; round 2 is free for both.
      const event = eventOf(2, ['a', 'b', 'c'], [{ from: 'a', to: 'b', priority: 1 }]);
      event.constraints = { mustMeet: [['a', 'c']], meetingWindows: [{ clusters: ['a', 'b'], windows: [round(1)] }, { clusters: ['a', 'c'], windows: [round(1)] }] };
      const schedule = solved(event);
      expect(meetingOf(schedule, 'a', 'c')?.round).toBe(1);
      expect(schedule.unmet.map((u) => u.cause)).toEqual([{ kind: 'meetingWindow' }]);
    });

    it('keeps the older causes when the window is not what matters', () => {
      // No common round at all: the window changes nothing.
      const apart = eventOf(2, ['a', 'b'], [{ from: 'a', to: 'b', priority: 1 }]);
      apart.clusters[0].availability = [round(1)];
      apart.clusters[1].availability = [round(2)];
      apart.constraints = { meetingWindows: [{ clusters: ['a', 'b'], windows: [round(1)] }] };
      expect(solved(apart).unmet.map((u) => u.cause)).toEqual([{ kind: 'noCommonRound' }]);
      // A pair that must not meet: neverMeet says why, whatever its windows.
      const never = eventOf(2, ['a', 'b'], [{ from: 'a', to: 'b', priority: 1 }]);
      never.constraints = { neverMeet: [['a', 'b']], meetingWindows: [{ clusters: ['a', 'b'], windows: [round(1)] }] };
      expect(solved(never).unmet.map((u) => u.cause)).toEqual([{ kind: 'neverMeet' }]);
    });
  });

  it('never places a pair outside its meeting windows on random events, by the independent checker', () => {
    const rand = mulberry32(1010);
    const failures: string[] = [];
    let met = 0;
    for (let k = 0; k < 30; k++) {
      const seed = 50_000 + k;
      const options: RandomEventOptions = {
        clusters: 15 + Math.floor(rand() * 50),
        rounds: 2 + Math.floor(rand() * 6),
        tables: rand() < 0.25 ? undefined : 2 + Math.floor(rand() * 20),
        cap: 1 + Math.floor(rand() * 4),
        partialAvailability: rand() < 0.5 ? rand() * 0.5 : 0,
        sessions: rand() < 0.3 ? 2 : 1,
        mustMeet: Math.floor(rand() * 4),
        neverMeet: Math.floor(rand() * 6),
        objective: k % 2 === 0 ? 'fair' : 'total',
      };
      const event = withMeetingWindows(randomEvent(seed, options), seed, 0.5);
      for (const method of ['heuristic', 'auto'] as const) {
        const result = solve(event, { seed, method, ...SAFETY, timeLimitMs: 4_000 });
        const where = `seed ${seed} ${method} ${JSON.stringify(options)}`;
        if (!result.schedule) {
          // Random required pairs with windows may not fit together; the event itself is valid.
          if (result.status !== 'infeasible') failures.push(`${where}: status ${result.status} ${JSON.stringify(result.problems)}`);
          continue;
        }
        const problems = checkSchedule(event, result.schedule);
        if (problems.length > 0) failures.push(`${where}: ${JSON.stringify(problems.slice(0, 3))}`);
        const windowed = windowedMeetings(event, result.schedule);
        if (windowed.outside > 0) failures.push(`${where}: ${windowed.outside} meetings outside their windows`);
        met += windowed.met;
      }
    }
    expect(failures).toEqual([]);
    // Not vacuous: many pairs with windows do meet.
    expect(met).toBeGreaterThan(150);
  });

  describe('against brute force on tiny random events', () => {
    const rand = mulberry32(3030);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
    const cases = Array.from({ length: 200 }, (_, k) => {
      const seed = 60_000 + k;
      const options: RandomEventOptions = {
        clusters: 3 + (k % 5),
        rounds: 1 + Math.floor(rand() * 3),
        tables: pick([1, 2, 3, undefined]),
        cap: pick([1, 2, 3]),
        requestsPerCluster: pick([1, 2, 3]),
        terms: pick([0, 3, 6]),
        partialAvailability: pick([0, 0, 0.3, 0.6]),
        sessions: pick([1, 1, 2] as const),
        objective: k % 2 === 0 ? 'fair' : 'total',
        mustMeet: pick([0, 0, 1, 2]),
        neverMeet: pick([0, 0, 1, 3]),
      };
      const event = withMeetingWindows(randomEvent(seed, options), seed, pick([0.3, 0.6, 1]));
      return { seed, options, event, best: bruteForce(event) };
    });

    it('covers windows that bind: many tiny events lose value to them', () => {
      const withWindows = cases.filter((c) => (c.event.constraints?.meetingWindows ?? []).length > 0);
      expect(withWindows.length).toBeGreaterThan(150);
      const lost = withWindows.filter(({ event, best }) => {
        const { meetingWindows: _, ...rest } = event.constraints!;
        const free = bruteForce({ ...event, constraints: rest });
        return best !== null && free !== null && free.value > best.value + EPSILON;
      });
      expect(lost.length).toBeGreaterThan(20);
    });

    it('proves the brute-force optimum, and says infeasible exactly when brute force finds no schedule', () => {
      const failures: string[] = [];
      for (const { seed, options, event, best } of cases) {
        const result = solve(event, { seed });
        const where = `seed ${seed} ${JSON.stringify(options)}`;
        if (best === null) {
          if (result.status !== 'infeasible') failures.push(`${where}: brute force finds no schedule, solver says ${result.status}`);
          continue;
        }
        if (result.status !== 'optimal' || !result.schedule) {
          failures.push(`${where}: status ${result.status} ${JSON.stringify(result.problems)}, expected optimal`);
          continue;
        }
        const { stats } = result.schedule;
        const problems = checkSchedule(event, result.schedule);
        if (problems.length > 0) failures.push(`${where}: checker: ${JSON.stringify(problems)}`);
        const fair = (event.event.objective ?? 'fair') === 'fair';
        if (Math.abs(stats.value - best.value) > EPSILON || (fair && stats.covered !== best.covered)) {
          failures.push(`${where}: got ${stats.covered}/${stats.value}, brute force ${best.covered}/${best.value}`);
        }
        if (stats.idleRounds < best.idleRounds) failures.push(`${where}: ${stats.idleRounds} idle rounds, below the minimum ${best.idleRounds}`);
      }
      expect(failures).toEqual([]);
    });

    it('gives heuristic schedules that are valid and never beat the optimum', () => {
      const failures: string[] = [];
      for (const { seed, options, event, best } of cases) {
        if (best === null) continue;
        const result = solve(event, { seed, method: 'heuristic' });
        const where = `seed ${seed} ${JSON.stringify(options)}`;
        if (!result.schedule) {
          failures.push(`${where}: heuristic status ${result.status}`);
          continue;
        }
        const { stats } = result.schedule;
        const problems = checkSchedule(event, result.schedule);
        if (problems.length > 0) failures.push(`${where}: checker: ${JSON.stringify(problems)}`);
        const fair = (event.event.objective ?? 'fair') === 'fair';
        const beats = fair && stats.covered !== best.covered ? stats.covered > best.covered : stats.value > best.value + EPSILON;
        if (beats) failures.push(`${where}: heuristic ${stats.covered}/${stats.value} beats brute force ${best.covered}/${best.value}`);
        if (stats.upperBound < best.value - EPSILON) failures.push(`${where}: upper bound ${stats.upperBound} below the optimum ${best.value}`);
      }
      expect(failures).toEqual([]);
    });
  });
});
