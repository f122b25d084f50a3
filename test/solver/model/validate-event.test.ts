import { validateEvent } from '../../../solver';
import type { EventFile, Problem } from '../../../solver/model/types';
import { readFixture, validFixtures } from '../../support/fixtures';
import { deepFreeze, problem } from '../../support/matchers';


const DAY = '2026-06-11';

/** A small valid event: one session of three 20 + 5 minute rounds, four clusters. */
function baseEvent(): EventFile {
  return {
    event: {
      id: 'lyon-2026',
      name: 'Interclustering Lyon',
      timezone: 'Europe/Paris',
      sessions: [{ date: DAY, start: '14:00', end: '15:10' }],
      meetingMinutes: 20,
      changeoverMinutes: 5,
      tables: 2,
      maxMeetingsPerCluster: 3,
    },
    clusters: [
      { id: 'alpha', name: 'Alpha', offers: ['Énergie'], seeks: ['Robotique'] },
      { id: 'beta', name: 'Beta', offers: ['robotique'] },
      { id: 'gamma', name: 'Gamma', availability: [{ date: DAY, start: '14:00', end: '14:45' }] },
      { id: 'delta', name: 'Delta', availability: [{ date: DAY, start: '14:50', end: '15:10' }] },
    ],
    requests: [
      { from: 'alpha', to: 'beta', priority: 1 },
      { from: 'beta', to: 'gamma' },
      { from: 'gamma', to: 'alpha', priority: 5 },
    ],
  };
}

/** The problems of an input that must be rejected. */
function problemsOf(input: unknown): Problem[] {
  const result = validateEvent(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.problems;
}

describe('validateEvent', () => {
  it('accepts a small valid event and returns it unchanged', () => {
    const input = baseEvent();
    const result = validateEvent(input);
    expect(result).toEqual({ ok: true, event: baseEvent() });
  });

  it('accepts every valid fixture', () => {
    const names = validFixtures();
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const name of names) {
      const result = validateEvent(readFixture(name));
      expect({ name, problems: result.ok ? [] : result.problems }).toEqual({ name, problems: [] });
    }
  });

  it('does not modify its input', () => {
    const input = deepFreeze(baseEvent());
    expect(validateEvent(input).ok).toBe(true);
    const invalid = deepFreeze({ ...baseEvent(), requests: [{ from: 'alpha', to: 'nobody' }] });
    expect(validateEvent(invalid).ok).toBe(false);
    expect(input).toEqual(baseEvent());
  });

  it('reports every problem at once (the six of invalide.json, each located)', () => {
    const problems = problemsOf(readFixture('invalide.json'));
    expect(problems).toHaveLength(6);
    expect(problems).toEqual(
      expect.arrayContaining([
        problem('event.timezone', '"Europe/Lyon" is not an IANA time zone'),
        problem('event.sessions[0].end', '"25:99" is not a time'),
        problem('clusters[3].id', 'duplicate id "minalogic"'),
        problem('requests[1].to', 'unknown cluster "personne"'),
        problem('requests[2].to', 'cannot request itself ("tenerrdis")'),
        problem('requests[3].priority', 'at most 5'),
      ]),
    );
  });

  it('rejects something that is not a JSON object', () => {
    for (const input of [null, 42, 'event', [baseEvent()]]) {
      expect(problemsOf(input)).toEqual([problem('(file)', 'must be a JSON object')]);
    }
  });

  describe('references and duplicates', () => {
    it('rejects a request to an unknown cluster with its path', () => {
      const event = baseEvent();
      event.requests!.push({ from: 'alpha', to: 'nobody' });
      expect(problemsOf(event)).toEqual([problem('requests[3].to', 'unknown cluster "nobody"')]);
    });

    it('rejects a request from an unknown cluster with its path', () => {
      const event = baseEvent();
      event.requests!.unshift({ from: 'nobody', to: 'alpha' });
      expect(problemsOf(event)).toEqual([problem('requests[0].from', 'unknown cluster "nobody"')]);
    });

    it('rejects duplicate cluster ids, pointing at the second', () => {
      const event = baseEvent();
      event.clusters.push({ id: 'beta', name: 'Beta bis' });
      expect(problemsOf(event)).toEqual([problem('clusters[4].id', 'duplicate id "beta" (also clusters[1])')]);
    });

    it('rejects duplicate table ids', () => {
      const event = baseEvent();
      event.event.tables = [
        { id: 'rhone', name: 'Rhône' },
        { id: 'loire', name: 'Loire' },
        { id: 'rhone', name: 'Rhône bis' },
      ];
      expect(problemsOf(event)).toEqual([problem('event.tables[2].id', 'duplicate table id "rhone"')]);
    });

    it('rejects a request to oneself', () => {
      const event = baseEvent();
      event.requests!.push({ from: 'delta', to: 'delta', priority: 2 });
      expect(problemsOf(event)).toEqual([problem('requests[3].to', 'a cluster cannot request itself ("delta")')]);
    });

    it('rejects duplicate requests, even with another priority', () => {
      const event = baseEvent();
      event.requests!.push({ from: 'alpha', to: 'beta', priority: 4 });
      expect(problemsOf(event)).toEqual([
        problem('requests[3]', 'duplicate request from "alpha" to "beta" (also requests[0])'),
      ]);
    });

    it('accepts requests in both directions between the same two clusters', () => {
      const event = baseEvent();
      event.requests!.push({ from: 'beta', to: 'alpha', priority: 2 });
      expect(validateEvent(event).ok).toBe(true);
    });

    it('rejects a constraint naming an unknown cluster, or a cluster with itself', () => {
      const event = baseEvent();
      event.constraints = { mustMeet: [['alpha', 'alpha']], neverMeet: [['beta', 'nobody']] };
      expect(problemsOf(event)).toEqual(
        expect.arrayContaining([
          problem('constraints.mustMeet[0]', 'cannot be paired with itself'),
          problem('constraints.neverMeet[0][1]', 'unknown cluster "nobody"'),
        ]),
      );
    });

    it('rejects a pair listed twice across mustMeet and neverMeet', () => {
      const event = baseEvent();
      event.constraints = { mustMeet: [['alpha', 'beta']], neverMeet: [['beta', 'alpha']] };
      expect(problemsOf(event)).toEqual([problem('constraints.neverMeet[0]', 'already appears in constraints.mustMeet[0]')]);
    });
  });

  describe('fields', () => {
    it('rejects a priority outside 1–5', () => {
      for (const priority of [0, 6, -1]) {
        const event = baseEvent();
        event.requests![1].priority = priority;
        expect(problemsOf(event)).toEqual([problem('requests[1].priority')]);
      }
      const event = baseEvent();
      event.requests![2].priority = 2.5;
      expect(problemsOf(event)).toEqual([problem('requests[2].priority', 'whole number')]);
    });

    it('accepts every priority from 1 to 5 and a missing one', () => {
      for (const priority of [1, 2, 3, 4, 5, undefined]) {
        const event = baseEvent();
        event.requests![1].priority = priority;
        expect(validateEvent(event).ok).toBe(true);
      }
    });

    it('rejects unknown fields, each with its path', () => {
      const input = {
        ...baseEvent(),
        version: 2,
        event: { ...baseEvent().event, colour: 'blue' },
        clusters: baseEvent().clusters.map((c, i) => (i === 2 ? { ...c, website: 'https://example.org' } : c)),
        requests: [{ from: 'alpha', to: 'beta', weight: 3 }],
      };
      expect(problemsOf(input)).toEqual(
        expect.arrayContaining([
          problem('version', 'unknown field'),
          problem('event.colour', 'unknown field'),
          problem('clusters[2].website', 'unknown field'),
          problem('requests[0].weight', 'unknown field'),
        ]),
      );
      expect(problemsOf(input)).toHaveLength(4);
    });

    it('rejects missing required fields with their paths', () => {
      const input = JSON.parse(JSON.stringify(baseEvent()));
      delete input.event.name;
      delete input.event.meetingMinutes;
      delete input.clusters[1].name;
      const problems = problemsOf(input);
      expect(problems.map((p) => p.path).sort()).toEqual(['clusters[1].name', 'event.meetingMinutes', 'event.name']);
    });

    it('rejects values of the wrong type', () => {
      const input = JSON.parse(JSON.stringify(baseEvent()));
      input.event.meetingMinutes = '20';
      input.clusters[0].offers = 'Énergie';
      expect(problemsOf(input)).toEqual(
        expect.arrayContaining([problem('event.meetingMinutes', 'expected number'), problem('clusters[0].offers', 'expected array')]),
      );
    });

    it('rejects an unknown objective, a negative competence weight and a bad e-mail', () => {
      const input = JSON.parse(JSON.stringify(baseEvent()));
      input.event.objective = 'max';
      input.event.competenceWeight = -1;
      input.clusters[3].attendees = [{ name: 'Direction', email: 'not-an-address' }];
      expect(problemsOf(input)).toEqual([
        problem('event.objective', 'must be "fair" or "total"'),
        problem('event.competenceWeight', 'at least 0'),
        problem('clusters[3].attendees[0].email', '"not-an-address" is not an e-mail address'),
      ]);
    });

    it('rejects invalid table settings', () => {
      for (const tables of [0, [], 'T1', 1.5]) {
        const input = JSON.parse(JSON.stringify(baseEvent()));
        input.event.tables = tables;
        expect(problemsOf(input)).toEqual([problem('event.tables')]);
      }
    });

    it('rejects an invalid id', () => {
      const event = baseEvent();
      event.clusters[1].id = 'bad id!';
      event.requests = [];
      expect(problemsOf(event)).toEqual([problem('clusters[1].id', '"bad id!" is not a valid id')]);
    });
  });

  describe('times', () => {
    it('rejects a session end that is not a time', () => {
      const event = baseEvent();
      event.event.sessions[0].end = '25:99';
      expect(problemsOf(event)).toEqual([problem('event.sessions[0].end', '"25:99" is not a time (HH:MM, 00:00–23:59)')]);
    });

    it('rejects a date that does not exist', () => {
      const event = baseEvent();
      event.clusters[2].availability![0].date = '2026-02-30';
      expect(problemsOf(event)).toEqual([problem('clusters[2].availability[0].date', '"2026-02-30" is not a date')]);
    });

    it('rejects an unknown time zone', () => {
      const event = baseEvent();
      event.event.timezone = 'Europe/Lyon';
      expect(problemsOf(event)).toEqual([problem('event.timezone', '"Europe/Lyon" is not an IANA time zone')]);
    });

    it('rejects a wall-clock time that does not exist on a spring DST day', () => {
      // Europe/Paris, 2026-03-29: clocks go from 02:00 to 03:00.
      const event = baseEvent();
      event.event.sessions = [{ date: '2026-03-29', start: '02:30', end: '05:00' }];
      event.clusters[2].availability = [{ date: '2026-03-29', start: '01:00', end: '02:15' }];
      delete event.clusters[3].availability;
      expect(problemsOf(event)).toEqual([
        problem('event.sessions[0].start', '02:30 does not exist on 2026-03-29 in Europe/Paris'),
        problem('clusters[2].availability[0].end', '02:15 does not exist on 2026-03-29 in Europe/Paris'),
      ]);
    });

    it('accepts a wall-clock time that occurs twice on an autumn DST day', () => {
      const event = baseEvent();
      event.event.sessions = [{ date: '2026-10-25', start: '02:30', end: '04:00' }];
      event.clusters[2].availability = [{ date: '2026-10-25', start: '02:00', end: '02:59' }];
      event.clusters[3].availability = [{ date: '2026-10-25', start: '03:00', end: '04:00' }];
      expect(validateEvent(event).ok).toBe(true);
    });

    it('rejects overlapping sessions', () => {
      const event = baseEvent();
      event.event.sessions = [
        { date: DAY, start: '14:00', end: '15:10' },
        { date: '2026-06-12', start: '09:00', end: '10:00' },
        { date: DAY, start: '15:00', end: '16:00' },
      ];
      expect(problemsOf(event)).toEqual([problem('event.sessions[2]', 'overlaps event.sessions[0]')]);
    });

    it('accepts sessions that touch, and sessions listed out of order', () => {
      const event = baseEvent();
      event.event.sessions = [
        { date: '2026-06-12', start: '09:00', end: '10:00' },
        { date: DAY, start: '15:10', end: '16:00' },
        { date: DAY, start: '14:00', end: '15:10' },
      ];
      expect(validateEvent(event).ok).toBe(true);
    });

    it('rejects a window that ends before it starts', () => {
      const event = baseEvent();
      event.event.sessions[0] = { date: DAY, start: '15:10', end: '14:00' };
      event.clusters[3].availability![0] = { date: DAY, start: '15:00', end: '15:00' };
      expect(problemsOf(event)).toEqual([
        problem('event.sessions[0].end', 'not after its start'),
        problem('clusters[3].availability[0].end', 'not after its start'),
      ]);
    });

    it('rejects a session too short for one meeting', () => {
      const event = baseEvent();
      event.event.sessions.push({ date: '2026-06-12', start: '09:00', end: '09:19' });
      expect(problemsOf(event)).toEqual([problem('event.sessions[1]', 'too short for one 20-minute meeting')]);
    });

    it('rejects an event without sessions', () => {
      const event = baseEvent();
      event.event.sessions = [];
      expect(problemsOf(event)).toEqual([problem('event.sessions', 'at least one session')]);
    });
  });

  describe('constraints', () => {
    it('rejects a mustMeet pair with no common round', () => {
      // gamma leaves at 14:45, delta arrives at 14:50.
      const event = baseEvent();
      event.constraints = { mustMeet: [['alpha', 'beta'], ['gamma', 'delta']] };
      expect(problemsOf(event)).toEqual([
        problem('constraints.mustMeet[1]', '"gamma" and "delta" have no round in which both are available'),
      ]);
    });

    it('rejects more mustMeet partners than a cluster\'s cap', () => {
      const event = baseEvent();
      event.clusters[0].maxMeetings = 1;
      event.constraints = { mustMeet: [['alpha', 'beta'], ['gamma', 'alpha']] };
      expect(problemsOf(event)).toEqual([problem('constraints.mustMeet[1]', '"alpha" must meet more partners than its cap of 1')]);
    });

    it('accepts a mustMeet pair of value 0 that can meet', () => {
      const event = baseEvent();
      event.constraints = { mustMeet: [['beta', 'delta']], neverMeet: [['alpha', 'beta']] };
      expect(validateEvent(event).ok).toBe(true);
    });
  });

  describe('meeting windows', () => {
    /** The base event with `constraints.meetingWindows`. */
    const withWindows = (meetingWindows: unknown, more: Record<string, unknown> = {}): unknown => ({
      ...baseEvent(),
      constraints: { meetingWindows, ...more },
    });
    const morning = [{ date: DAY, start: '14:00', end: '14:45' }];

    it('accepts meeting windows for pairs in either order, and a pair also in neverMeet', () => {
      const event = withWindows(
        [
          { clusters: ['beta', 'alpha'], windows: morning },
          { clusters: ['gamma', 'beta'], windows: [{ date: DAY, start: '14:25', end: '14:45' }, { date: DAY, start: '09:00', end: '10:00' }] },
        ],
        { neverMeet: [['beta', 'gamma']] },
      );
      expect(validateEvent(event)).toEqual({ ok: true, event });
    });

    it('rejects a meeting window naming an unknown cluster with its path', () => {
      expect(problemsOf(withWindows([{ clusters: ['alpha', 'nobody'], windows: morning }]))).toEqual([
        { path: 'constraints.meetingWindows[0].clusters[1]', code: 'unknown_cluster', message: 'unknown cluster "nobody"', params: { cluster: 'nobody' } },
      ]);
    });

    it('rejects meeting windows for a cluster with itself', () => {
      expect(problemsOf(withWindows([{ clusters: ['alpha', 'alpha'], windows: morning }]))).toEqual([
        expect.objectContaining({ path: 'constraints.meetingWindows[0].clusters', code: 'self_pair' }),
      ]);
    });

    it('rejects an empty list of meeting windows', () => {
      expect(problemsOf(withWindows([{ clusters: ['alpha', 'beta'], windows: [] }]))).toEqual([
        { path: 'constraints.meetingWindows[0].windows', code: 'empty', message: 'at least one window is needed' },
      ]);
    });

    it('rejects a meeting window that ends before it starts, or at a time that does not exist', () => {
      const event = withWindows([
        { clusters: ['alpha', 'beta'], windows: [...morning, { date: DAY, start: '15:00', end: '14:30' }] },
        { clusters: ['alpha', 'gamma'], windows: [{ date: DAY, start: '14:00', end: '14:00' }] },
      ]);
      expect(problemsOf(event)).toEqual([
        expect.objectContaining({ path: 'constraints.meetingWindows[0].windows[1].end', code: 'end_before_start' }),
        expect.objectContaining({ path: 'constraints.meetingWindows[1].windows[0].end', code: 'end_before_start' }),
      ]);
      const spring = withWindows([{ clusters: ['alpha', 'beta'], windows: [{ date: '2026-03-29', start: '02:30', end: '04:00' }] }]);
      expect(problemsOf(spring)).toEqual([expect.objectContaining({ path: 'constraints.meetingWindows[0].windows[0].start', code: 'time_skipped' })]);
    });

    it('rejects a meeting window that is not a date and times, or has unknown fields', () => {
      const event = withWindows([{ clusters: ['alpha', 'beta'], windows: [{ date: '2026-13-01', start: '14:00', end: '25:00' }], note: 'matin' }]);
      expect(problemsOf(event).map((p) => [p.path, p.code])).toEqual([
        ['constraints.meetingWindows[0].windows[0].date', 'invalid_date'],
        ['constraints.meetingWindows[0].windows[0].end', 'invalid_time'],
        ['constraints.meetingWindows[0].note', 'unknown_field'],
      ]);
    });

    it('rejects two entries for one pair, in any order, pointing at the second', () => {
      const event = withWindows([
        { clusters: ['alpha', 'beta'], windows: morning },
        { clusters: ['alpha', 'gamma'], windows: morning },
        { clusters: ['beta', 'gamma'], windows: morning },
        { clusters: ['beta', 'alpha'], windows: morning },
      ]);
      expect(problemsOf(event)).toEqual([
        {
          path: 'constraints.meetingWindows[3]',
          code: 'duplicate',
          message: 'pair "beta" – "alpha" already has its meeting windows in constraints.meetingWindows[0]',
          params: { a: 'beta', b: 'alpha' },
        },
      ]);
    });

    it('accepts a meeting window that holds no round: the pair then has none to meet in', () => {
      // Outside the sessions, and a window one minute short of a round.
      const event = withWindows([
        { clusters: ['alpha', 'beta'], windows: [{ date: '2026-06-12', start: '09:00', end: '12:00' }] },
        { clusters: ['alpha', 'gamma'], windows: [{ date: DAY, start: '14:00', end: '14:19' }] },
      ]);
      expect(validateEvent(event).ok).toBe(true);
    });

    it('rejects a mustMeet pair whose meeting windows leave no round in which both are available', () => {
      // gamma leaves at 14:45; the pair's window opens at 14:50.
      const event = withWindows([{ clusters: ['gamma', 'alpha'], windows: [{ date: DAY, start: '14:50', end: '15:10' }] }], { mustMeet: [['alpha', 'gamma']] });
      expect(problemsOf(event)).toEqual([
        {
          path: 'constraints.mustMeet[0]',
          code: 'no_common_round',
          message: '"alpha" and "gamma" have no round inside their meeting windows (constraints.meetingWindows[0]) in which both are available',
          params: { a: 'alpha', b: 'gamma', meetingWindows: 'constraints.meetingWindows[0]' },
        },
      ]);
    });

    it('accepts a mustMeet pair with a round in which both are available inside its meeting windows', () => {
      const event = withWindows([{ clusters: ['gamma', 'alpha'], windows: [{ date: DAY, start: '14:25', end: '15:10' }] }], { mustMeet: [['alpha', 'gamma']] });
      expect(validateEvent(event).ok).toBe(true);
    });
  });
});
