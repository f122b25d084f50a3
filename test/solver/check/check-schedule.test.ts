import { checkSchedule } from '../../../solver/check/check-schedule';
import type { EventFile, LockedMeeting, Meeting, Problem, Schedule } from '../../../solver/model/types';
import { deepFreeze, problem } from '../../support/matchers';

const DAY = '2026-03-12'; // before the spring change: Paris is at +01:00
const at = (hhmm: string): string => `${DAY}T${hhmm}:00+01:00`;

/**
 * Three rounds (14:00, 14:25, 14:50; the last ends exactly at 15:10), two
 * tables, a cap of two. Values: alpha–beta 2 (one term each way, matched
 * across case, accents and spaces), alpha–gamma 5 + 3 = 8, beta–delta 1,
 * delta–gamma 4; alpha–delta 0; beta–gamma must never meet.
 */
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
      maxMeetingsPerCluster: 2,
    },
    clusters: [
      { id: 'alpha', name: 'Alpha', offers: ['Énergie'], seeks: ['Robotique'] },
      { id: 'beta', name: 'Beta', offers: ['  ROBOTIQUE '], seeks: ['energie'] },
      { id: 'delta', name: 'Delta' },
      { id: 'gamma', name: 'Gamma', availability: [{ date: DAY, start: '14:25', end: '15:10' }] },
    ],
    requests: [
      { from: 'alpha', to: 'gamma', priority: 1 },
      { from: 'gamma', to: 'alpha' },
      { from: 'delta', to: 'beta', priority: 5 },
      { from: 'delta', to: 'gamma', priority: 2 },
      { from: 'beta', to: 'gamma', priority: 2 },
    ],
    constraints: { neverMeet: [['beta', 'gamma']] },
  };
}

const ROUNDS = [
  { index: 1, start: at('14:00'), end: at('14:20') },
  { index: 2, start: at('14:25'), end: at('14:45') },
  { index: 3, start: at('14:50'), end: at('15:10') },
];

function meeting(a: string, b: string, round: number, table: string, value: number): Meeting {
  const { start, end } = ROUNDS[round - 1];
  // Without `why`, as in files written before it existed: the checker accepts them.
  return { clusters: [a, b], round, table, start, end, value, reasons: ['requested'] } as Meeting;
}

function baseSchedule(): Schedule {
  return {
    eventId: 'lyon-2026',
    rounds: ROUNDS.map((r) => ({ ...r })),
    meetings: [
      meeting('alpha', 'beta', 1, 'T1', 2),
      meeting('alpha', 'gamma', 2, 'T1', 8),
      meeting('beta', 'delta', 2, 'T2', 1),
      meeting('delta', 'gamma', 3, 'T1', 4),
    ],
    unmet: [{ from: 'beta', to: 'gamma', reason: 'beta and gamma must never meet', cause: { kind: 'tradeOff' } }],
    stats: {
      objective: 'fair',
      value: 15,
      covered: 4,
      upperBound: 15,
      optimal: true,
      idleRounds: 0,
      rounds: 3,
      meetings: 4,
      solveMs: 0,
    },
  };
}

describe('checkSchedule', () => {
  it('accepts a hand-built valid schedule', () => {
    expect(checkSchedule(baseEvent(), baseSchedule())).toEqual([]);
  });

  it('does not mutate the event, the schedule or the locks', () => {
    const event = deepFreeze(baseEvent());
    const schedule = deepFreeze(baseSchedule());
    const locks = deepFreeze<LockedMeeting[]>([{ clusters: ['gamma', 'alpha'], round: 2, table: 'T9' }]);
    expect(() => checkSchedule(event, schedule, locks)).not.toThrow();
    expect(event).toEqual(baseEvent());
    expect(schedule).toEqual(baseSchedule());
  });

  it('gives the same answer whatever the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Apia', 'Asia/Kolkata', 'America/St_Johns']) {
        process.env.TZ = tz;
        expect(checkSchedule(baseEvent(), baseSchedule())).toEqual([]);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('reports a schedule made for another event', () => {
    const schedule = { ...baseSchedule(), eventId: 'paris-2026' };
    expect(checkSchedule(baseEvent(), schedule)).toEqual([problem('eventId', 'lyon-2026')]);
  });

  it('reports a cluster booked twice in one round with its path', () => {
    const schedule = baseSchedule();
    schedule.meetings[3] = meeting('delta', 'gamma', 2, 'T3', 4);
    const problems = checkSchedule({ ...baseEvent(), event: { ...baseEvent().event, tables: 3 } }, schedule);
    expect(problems).toEqual([
      problem('meetings[3].round', 'cluster "delta" already meets in round 2 (meetings[2])'),
      problem('meetings[3].round', 'cluster "gamma" already meets in round 2 (meetings[1])'),
    ]);
  });

  it('reports a table used twice in a round', () => {
    const schedule = baseSchedule();
    schedule.meetings[2].table = 'T1';
    expect(checkSchedule(baseEvent(), schedule)).toEqual([
      problem('meetings[2].table', 'table "T1" is already used in round 2 by meetings[1]'),
    ]);
  });

  it('reports an unknown table and more meetings in a round than tables', () => {
    const event = baseEvent();
    event.event.tables = [{ id: 'A', name: 'Salle A' }];
    const schedule = baseSchedule();
    schedule.meetings.forEach((m) => (m.table = 'A'));
    schedule.meetings[2].table = 'B';
    expect(checkSchedule(event, schedule)).toEqual([
      problem('meetings[2].table', 'unknown table "B"'),
      problem('meetings[2].round', 'round 2 has more meetings than its 1 tables'),
    ]);
  });

  it('accepts any non-empty table id when tables are unlimited, but not an empty one', () => {
    const event = baseEvent();
    delete event.event.tables;
    const schedule = baseSchedule();
    schedule.meetings[0].table = 'Salon bleu';
    expect(checkSchedule(event, schedule)).toEqual([]);
    schedule.meetings[0].table = '';
    expect(checkSchedule(event, schedule)).toEqual([problem('meetings[0].table', 'non-empty')]);
  });

  it('reports a meeting outside a cluster\'s availability', () => {
    const schedule = baseSchedule();
    schedule.meetings[3] = meeting('delta', 'gamma', 1, 'T2', 4);
    expect(checkSchedule(baseEvent(), schedule)).toEqual([
      problem('meetings[3].round', 'outside the availability of "gamma"'),
    ]);
  });

  describe('meeting windows', () => {
    /** The base event, where alpha–beta may meet only in round 1 or 3, given as two windows in the other order. */
    const windowed = (): EventFile => ({
      ...baseEvent(),
      constraints: {
        ...baseEvent().constraints,
        meetingWindows: [{ clusters: ['beta', 'alpha'], windows: [{ date: DAY, start: '14:50', end: '15:10' }, { date: DAY, start: '13:00', end: '14:20' }] }],
      },
    });

    it('accepts a meeting inside its pair\'s meeting windows', () => {
      expect(checkSchedule(windowed(), baseSchedule())).toEqual([]);
    });

    it('reports a meeting outside its pair\'s meeting windows, with its round', () => {
      const schedule = baseSchedule();
      // alpha–beta moves to round 2, and the others out of its way: only alpha–beta has windows.
      schedule.meetings[0] = meeting('alpha', 'beta', 2, 'T1', 2);
      schedule.meetings[1] = meeting('alpha', 'gamma', 3, 'T1', 8);
      schedule.meetings[2] = meeting('beta', 'delta', 1, 'T1', 1);
      schedule.meetings[3] = meeting('delta', 'gamma', 2, 'T2', 4);
      expect(checkSchedule(windowed(), schedule)).toEqual([
        {
          path: 'meetings[0].round',
          code: 'outside_meeting_window',
          message: `round 2 (${at('14:25')}) is outside the meeting windows of "alpha" and "beta"`,
          params: { a: 'alpha', b: 'beta', round: 2 },
        },
      ]);
    });

    it('reports a meeting one minute outside its window: the whole round must lie inside', () => {
      const event = windowed();
      event.constraints!.meetingWindows![0].windows = [{ date: DAY, start: '14:00', end: '14:19' }];
      expect(checkSchedule(event, baseSchedule())).toEqual([problem('meetings[0].round', 'outside the meeting windows of "alpha" and "beta"')]);
    });

    it('reports a locked meeting outside its window too', () => {
      const schedule = baseSchedule();
      schedule.meetings[0] = { ...meeting('alpha', 'beta', 1, 'T1', 2), locked: true };
      const event = windowed();
      event.constraints!.meetingWindows![0].windows = [{ date: DAY, start: '14:25', end: '14:45' }];
      expect(checkSchedule(event, schedule, [{ clusters: ['alpha', 'beta'], round: 1, table: 'T1' }]).map((p) => p.code)).toEqual(['outside_meeting_window']);
    });
  });

  it('reports a meeting in a round that does not exist, or at the wrong time', () => {
    const schedule = baseSchedule();
    schedule.meetings[3].round = 4;
    schedule.meetings[0].start = '2026-03-12T14:00:00Z';
    schedule.meetings[0].end = at('14:30');
    const problems = checkSchedule(baseEvent(), schedule);
    expect(problems).toContainEqual(problem('meetings[3].round', 'no round 4 (the event has 3)'));
    expect(problems).toContainEqual(problem('meetings[0].start', `expected ${at('14:00')}`));
    expect(problems).toContainEqual(problem('meetings[0].end', `expected ${at('14:20')}`));
  });

  it('reports rounds that differ from the grid', () => {
    const schedule = baseSchedule();
    schedule.rounds = [ROUNDS[0], { ...ROUNDS[1], index: 3 }, { ...ROUNDS[2], end: at('15:15') }, ROUNDS[2]];
    expect(checkSchedule(baseEvent(), schedule)).toEqual([
      problem('rounds', 'expected 3 rounds, got 4'),
      problem('rounds[1].index', 'expected 2, got 3'),
      problem('rounds[2].end', `expected ${at('15:10')}`),
    ]);
  });

  it('reports wrong, unknown, self and unordered cluster ids', () => {
    const schedule = baseSchedule();
    schedule.meetings[0].clusters = ['beta', 'alpha'];
    schedule.meetings[1].clusters = ['alpha', 'omega'];
    schedule.meetings[2].clusters = ['delta', 'delta'];
    const problems = checkSchedule(baseEvent(), schedule);
    expect(problems).toContainEqual(problem('meetings[0].clusters', 'ascending order'));
    expect(problems).toContainEqual(problem('meetings[1].clusters[1]', 'unknown cluster "omega"'));
    expect(problems).toContainEqual(problem('meetings[2].clusters', 'cannot meet itself'));
  });

  it('reports a pair scheduled twice', () => {
    const event = baseEvent();
    event.event.maxMeetingsPerCluster = 3;
    const schedule = baseSchedule();
    schedule.meetings.push(meeting('alpha', 'beta', 3, 'T2', 2));
    const problems = checkSchedule(event, schedule);
    expect(problems).toContainEqual(problem('meetings[4].clusters', '"alpha" and "beta" already meet in meetings[0]'));
  });

  it('reports a cluster above its own cap, which overrides the event cap', () => {
    const event = baseEvent();
    event.clusters[2].maxMeetings = 1;
    expect(checkSchedule(event, baseSchedule())).toEqual([
      problem('meetings[3].clusters', 'cluster "delta" has more meetings than its cap of 1'),
    ]);
  });

  it('reports a never-meet pair that meets, and its request is then missing from unmet', () => {
    const event = baseEvent();
    event.event.maxMeetingsPerCluster = 3;
    const schedule = baseSchedule();
    schedule.meetings.push(meeting('beta', 'gamma', 3, 'T2', 4));
    const problems = checkSchedule(event, schedule);
    expect(problems).toContainEqual(problem('meetings[4].clusters', '"beta" and "gamma" must never meet'));
    expect(problems).toContainEqual(problem('unmet[0]', '"beta" and "gamma" meet in meetings[4]'));
  });

  it('reports a wrong meeting value', () => {
    const schedule = baseSchedule();
    schedule.meetings[0].value = 1; // the competence match in the other direction was missed
    schedule.stats.value = 14;
    expect(checkSchedule(baseEvent(), schedule)).toEqual([problem('meetings[0].value', 'expected 2, got 1')]);
  });

  it('weighs term matches by competenceWeight', () => {
    const event = baseEvent();
    event.event.competenceWeight = 2.5;
    const schedule = baseSchedule();
    schedule.meetings[0].value = 5;
    schedule.stats = { ...schedule.stats, value: 18, upperBound: 18 };
    expect(checkSchedule(event, schedule)).toEqual([]);
  });

  /** The base schedule with delta–gamma (round 3) replaced by alpha–delta, a pair of no value. */
  function withAlphaDelta(): Schedule {
    const schedule = baseSchedule();
    schedule.meetings[3] = meeting('alpha', 'delta', 3, 'T1', 0);
    schedule.unmet.push({ from: 'delta', to: 'gamma', reason: 'no common round left', cause: { kind: 'tradeOff' } });
    schedule.stats = { ...schedule.stats, value: 11 };
    return schedule;
  }

  it('reports a meeting of a pair with no value that is not a must-meet', () => {
    const event = baseEvent();
    event.event.maxMeetingsPerCluster = 3;
    expect(checkSchedule(event, withAlphaDelta())).toEqual([
      problem('meetings[3].value', '"alpha" and "delta" have no value together and are not a must-meet pair'),
    ]);
  });

  it('accepts a must-meet pair with no value and reports a missing one', () => {
    const event = baseEvent();
    event.event.maxMeetingsPerCluster = 3;
    event.constraints = { ...event.constraints, mustMeet: [['delta', 'alpha']] };
    expect(checkSchedule(event, withAlphaDelta())).toEqual([]);
    expect(checkSchedule(event, baseSchedule())).toEqual([
      problem('constraints.mustMeet[0]', '"delta" and "alpha" must meet but are not scheduled'),
    ]);
  });

  it('reports a meeting without reasons', () => {
    const schedule = baseSchedule();
    schedule.meetings[0].reasons = [];
    schedule.meetings[1].reasons = ['requested', ' '];
    expect(checkSchedule(baseEvent(), schedule)).toEqual([
      problem('meetings[0].reasons', 'at least one reason'),
      problem('meetings[1].reasons[1]', 'non-empty reason'),
    ]);
  });

  it('reports an unmet request missing from unmet', () => {
    const schedule = baseSchedule();
    schedule.unmet = [];
    expect(checkSchedule(baseEvent(), schedule)).toEqual([
      problem('unmet', 'requests[4] from "beta" to "gamma" is not met and is missing from unmet'),
    ]);
  });

  it('reports unmet entries that are not unmet requests, or have no reason', () => {
    const schedule = baseSchedule();
    schedule.unmet = [
      { from: 'beta', to: 'gamma', reason: '', cause: { kind: 'tradeOff' } },
      { from: 'beta', to: 'gamma', reason: 'listed twice', cause: { kind: 'tradeOff' } },
      { from: 'gamma', to: 'delta', reason: 'met, in fact', cause: { kind: 'tradeOff' } },
      { from: 'alpha', to: 'delta', reason: 'never requested', cause: { kind: 'tradeOff' } },
    ];
    expect(checkSchedule(baseEvent(), schedule)).toEqual([
      problem('unmet[0].reason', 'non-empty reason'),
      problem('unmet[1]', 'no unmet request from "beta" to "gamma"'),
      problem('unmet[2]', '"gamma" and "delta" meet in meetings[3]'),
      problem('unmet[3]', 'no unmet request from "alpha" to "delta"'),
    ]);
  });

  it('lists a request made twice twice in unmet', () => {
    const event = baseEvent();
    event.requests!.push({ from: 'beta', to: 'gamma', priority: 1 });
    const schedule = baseSchedule();
    expect(checkSchedule(event, schedule)).toEqual([problem('unmet', 'requests[5] from "beta" to "gamma"')]);
    schedule.unmet.push({ from: 'beta', to: 'gamma', reason: 'never meet', cause: { kind: 'tradeOff' } });
    expect(checkSchedule(event, schedule)).toEqual([]);
  });

  it('reports stats that do not match, all at once', () => {
    const schedule = baseSchedule();
    schedule.stats = {
      objective: 'total',
      value: 16,
      covered: 3,
      upperBound: 14,
      optimal: true,
      idleRounds: 1,
      rounds: 4,
      meetings: 5,
      solveMs: -1,
    };
    expect(checkSchedule(baseEvent(), schedule)).toEqual([
      problem('stats.objective', 'expected "fair", got "total"'),
      problem('stats.value', 'expected 15'),
      problem('stats.covered', 'expected 4, got 3'),
      problem('stats.meetings', 'expected 4, got 5'),
      problem('stats.rounds', 'expected 3, got 4'),
      problem('stats.idleRounds', 'expected 0, got 1'),
      problem('stats.upperBound', 'below the value 15'),
      problem('stats.solveMs', 'non-negative'),
    ]);
  });

  describe('idle statistics', () => {
    // alpha meets in rounds 1 and 3: one idle round, one idle stretch.
    const idleSchedule = (): Schedule => ({
      ...baseSchedule(),
      meetings: [meeting('alpha', 'beta', 1, 'T1', 2), meeting('beta', 'delta', 2, 'T1', 1), meeting('alpha', 'gamma', 3, 'T1', 8)],
      unmet: [
        { from: 'delta', to: 'gamma', reason: 'not scheduled', cause: { kind: 'tradeOff' } },
        { from: 'beta', to: 'gamma', reason: 'beta and gamma must never meet', cause: { kind: 'tradeOff' } },
      ],
      stats: { ...baseSchedule().stats, value: 11, idleRounds: 1, meetings: 3 },
    });

    it('accepts a schedule without idle, idleLowerBound and idleOptimal, as written before they existed', () => {
      expect(checkSchedule(baseEvent(), idleSchedule())).toEqual([]);
    });

    it('recomputes idle by the event\'s measure: rounds by default, stretches for "gaps"', () => {
      const schedule = idleSchedule();
      schedule.stats = { ...schedule.stats, idle: 1, idleLowerBound: 0, idleOptimal: false };
      expect(checkSchedule(baseEvent(), schedule)).toEqual([]);
      const gaps = baseEvent();
      gaps.event.idleMeasure = 'gaps';
      expect(checkSchedule(gaps, schedule)).toEqual([]);
      // Two idle rounds in one stretch: 2 by rounds, 1 by gaps.
      gaps.event.sessions = [{ date: DAY, start: '14:00', end: '15:35' }];
      delete gaps.clusters[3].availability;
      const four = [...ROUNDS, { index: 4, start: at('15:15'), end: at('15:35') }];
      const spread: Schedule = {
        ...schedule,
        rounds: four,
        meetings: [meeting('alpha', 'beta', 1, 'T1', 2), meeting('beta', 'delta', 2, 'T1', 1), { ...meeting('alpha', 'gamma', 1, 'T1', 8), round: 4, start: four[3].start, end: four[3].end }],
        stats: { ...schedule.stats, rounds: 4, idleRounds: 2, idle: 2 },
      };
      expect(checkSchedule(gaps, spread)).toEqual([problem('stats.idle', 'expected 1 (idle gaps), got 2')]);
    });

    it('reports an idle time that does not match the meetings', () => {
      const schedule = idleSchedule();
      schedule.stats = { ...schedule.stats, idle: 0 };
      expect(checkSchedule(baseEvent(), schedule)).toEqual([problem('stats.idle', 'expected 1 (idle rounds), got 0')]);
    });

    it('reports an idle lower bound above the idle time', () => {
      const schedule = idleSchedule();
      schedule.stats = { ...schedule.stats, idle: 1, idleLowerBound: 2, idleOptimal: false };
      expect(checkSchedule(baseEvent(), schedule)).toEqual([problem('stats.idleLowerBound', 'lower bound 2 is above the idle time 1')]);
    });

    it('reports idle time said to be optimal when its lower bound is not equal to it', () => {
      const schedule = idleSchedule();
      schedule.stats = { ...schedule.stats, idle: 1, idleLowerBound: 0, idleOptimal: true };
      expect(checkSchedule(baseEvent(), schedule)).toEqual([problem('stats.idleOptimal', 'its lower bound is 0')]);
    });
  });

  it('counts idle rounds within each session, not across sessions', () => {
    const event = baseEvent();
    event.event.sessions = [
      { date: DAY, start: '09:00', end: '10:10' },
      { date: DAY, start: '14:00', end: '14:20' },
    ];
    event.event.maxMeetingsPerCluster = 3;
    const rounds = [
      { index: 1, start: at('09:00'), end: at('09:20') },
      { index: 2, start: at('09:25'), end: at('09:45') },
      { index: 3, start: at('09:50'), end: at('10:10') },
      { index: 4, start: at('14:00'), end: at('14:20') },
    ];
    delete event.clusters[3].availability;
    const m = (a: string, b: string, round: number, value: number): Meeting => ({
      ...meeting(a, b, 1, 'T1', value),
      round,
      start: rounds[round - 1].start,
      end: rounds[round - 1].end,
    });
    // alpha idles in round 2; delta meets in rounds 2 and 4, but they are in different sessions.
    const schedule: Schedule = {
      ...baseSchedule(),
      rounds,
      meetings: [m('alpha', 'beta', 1, 2), m('alpha', 'gamma', 3, 8), m('delta', 'gamma', 4, 4), m('beta', 'delta', 2, 1)],
    };
    schedule.stats = { ...schedule.stats, rounds: 4, idleRounds: 1 };
    expect(checkSchedule(event, schedule)).toEqual([]);
  });

  describe('on a day when clocks go back (Europe/Paris, 2026-10-25)', () => {
    // 01:00–04:00 wall clock is four real hours; rounds every 30 minutes.
    const event: EventFile = {
      event: {
        id: 'dst',
        name: 'Nuit blanche',
        timezone: 'Europe/Paris',
        sessions: [{ date: '2026-10-25', start: '01:00', end: '04:00' }],
        meetingMinutes: 20,
        changeoverMinutes: 10,
      },
      clusters: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      requests: [{ from: 'a', to: 'b', priority: 1 }],
    };
    const starts = ['01:00+02:00', '01:30+02:00', '02:00+02:00', '02:30+02:00', '02:00+01:00', '02:30+01:00', '03:00+01:00', '03:30+01:00'];
    const ends = ['01:20+02:00', '01:50+02:00', '02:20+02:00', '02:50+02:00', '02:20+01:00', '02:50+01:00', '03:20+01:00', '03:50+01:00'];
    const iso = (time: string): string => `2026-10-25T${time.slice(0, 5)}:00${time.slice(5)}`;
    const rounds = starts.map((s, i) => ({ index: i + 1, start: iso(s), end: iso(ends[i]) }));
    const schedule = (): Schedule => ({
      eventId: 'dst',
      rounds: rounds.map((r) => ({ ...r })),
      meetings: [{ clusters: ['a', 'b'], round: 5, table: 'T1', start: rounds[4].start, end: rounds[4].end, value: 5, reasons: ['a asked for b'] } as Meeting],
      unmet: [],
      stats: { objective: 'fair', value: 5, covered: 2, upperBound: 5, optimal: true, idleRounds: 0, rounds: 8, meetings: 1, solveMs: 12 },
    });

    it('accepts the eight rounds spaced in real time', () => {
      expect(rounds[2].start).toBe('2026-10-25T02:00:00+02:00');
      expect(rounds[4].start).toBe('2026-10-25T02:00:00+01:00');
      expect(checkSchedule(event, schedule())).toEqual([]);
    });

    it('reports a wrong round time on a DST day', () => {
      const wrong = schedule();
      // Spacing rounds on the wall clock loses the repeated hour.
      wrong.rounds[4].start = '2026-10-25T03:00:00+01:00';
      wrong.meetings[0].start = '2026-10-25T02:00:00+02:00';
      expect(checkSchedule(event, wrong)).toEqual([
        problem('rounds[4].start', 'expected 2026-10-25T02:00:00+01:00, got 2026-10-25T03:00:00+01:00'),
        problem('meetings[0].start', 'expected 2026-10-25T02:00:00+01:00, got 2026-10-25T02:00:00+02:00'),
      ]);
    });

    it('reports a grid of wall-clock rounds by its count', () => {
      const wrong = schedule();
      wrong.rounds = wrong.rounds.slice(0, 6);
      expect(checkSchedule(event, wrong)).toContainEqual(problem('rounds', 'expected 8 rounds, got 6'));
    });
  });

  it('uses real elapsed time when clocks go forward (Europe/Paris, 2026-03-29)', () => {
    // 01:00+01:00 to 04:00+02:00 is two real hours: four rounds of 20 + 10 minutes.
    const event: EventFile = {
      event: {
        id: 'spring',
        name: 'Printemps',
        timezone: 'Europe/Paris',
        sessions: [{ date: '2026-03-29', start: '01:00', end: '04:00' }],
        meetingMinutes: 20,
        changeoverMinutes: 10,
      },
      clusters: [{ id: 'a', name: 'A' }],
    };
    const t = (time: string): string => `2026-03-29T${time.slice(0, 5)}:00${time.slice(5)}`;
    const schedule: Schedule = {
      eventId: 'spring',
      rounds: [
        { index: 1, start: t('01:00+01:00'), end: t('01:20+01:00') },
        { index: 2, start: t('01:30+01:00'), end: t('01:50+01:00') },
        { index: 3, start: t('03:00+02:00'), end: t('03:20+02:00') },
        { index: 4, start: t('03:30+02:00'), end: t('03:50+02:00') },
      ],
      meetings: [],
      unmet: [],
      stats: { objective: 'fair', value: 0, covered: 0, upperBound: 0, optimal: true, idleRounds: 0, rounds: 4, meetings: 0, solveMs: 0 },
    };
    expect(checkSchedule(event, schedule)).toEqual([]);
  });

  describe('with locks', () => {
    const lock: LockedMeeting = { clusters: ['gamma', 'alpha'], round: 2, table: 'T1' };

    it('accepts a locked meeting in place and marked locked', () => {
      const schedule = baseSchedule();
      schedule.meetings[1].locked = true;
      expect(checkSchedule(baseEvent(), schedule, [lock])).toEqual([]);
    });

    it('reports a locked meeting moved to another table or dropped', () => {
      const schedule = baseSchedule();
      schedule.meetings[1].locked = true;
      expect(checkSchedule(baseEvent(), schedule, [{ ...lock, table: 'T2' }])).toEqual([
        problem('locks[0]', 'locked in round 2 at table "T2" but meet in round 2 at table "T1"'),
        problem('meetings[1].locked', 'matches no lock'),
      ]);
      expect(checkSchedule(baseEvent(), schedule, [{ clusters: ['alpha', 'delta'], round: 3, table: 'T2' }])).toContainEqual(
        problem('locks[0]', '"alpha" and "delta" are locked in round 3 at table "T2" but do not meet'),
      );
    });

    it('accepts a locked meeting of a pair with no value and no reasons, as the organiser decided it', () => {
      const event = baseEvent();
      event.event.maxMeetingsPerCluster = 3;
      const schedule = withAlphaDelta();
      schedule.meetings[3] = { ...schedule.meetings[3], reasons: [], locked: true };
      const zeroLock: LockedMeeting = { clusters: ['delta', 'alpha'], round: 3, table: 'T1' };
      expect(checkSchedule(event, schedule, [zeroLock])).toEqual([]);
      // Without the lock, the same meeting is still an error.
      expect(checkSchedule(event, schedule)).toEqual([
        problem('meetings[3].value', '"alpha" and "delta" have no value together'),
        problem('meetings[3].reasons', 'at least one reason'),
      ]);
    });

    it('still reports an unlocked meeting of no value, or without reasons, when other meetings are locked', () => {
      const event = baseEvent();
      event.event.maxMeetingsPerCluster = 3;
      const schedule = withAlphaDelta();
      schedule.meetings[1] = { ...schedule.meetings[1], locked: true };
      schedule.meetings[0] = { ...schedule.meetings[0], reasons: [] };
      expect(checkSchedule(event, schedule, [lock])).toEqual([
        problem('meetings[0].reasons', 'at least one reason'),
        problem('meetings[3].value', '"alpha" and "delta" have no value together'),
      ]);
    });

    it('reports a locked meeting that is not marked locked', () => {
      expect(checkSchedule(baseEvent(), baseSchedule(), [lock])).toEqual([
        problem('meetings[1].locked', 'must be marked locked'),
      ]);
    });
  });
});
