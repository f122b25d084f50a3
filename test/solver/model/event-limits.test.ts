import {
  MAX_ATTENDEES,
  MAX_CLUSTERS,
  MAX_EVENT_REQUESTS,
  MAX_MEETING_WINDOWS,
  MAX_MUST_MEET,
  MAX_NEVER_MEET,
  MAX_ROUNDS,
  MAX_SESSIONS,
  MAX_TABLES,
  MAX_WINDOWS,
  validateEvent,
  type ClusterInput,
  type EventFile,
  type Problem,
  type TimeWindow,
} from '../../../solver';
import { brokerage, FAMILIES } from '../../../bench/families';

const DATE = '2026-06-11';
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
const clusters = (n: number): ClusterInput[] => ids(n).map((id) => ({ id, name: id }));

/** One session of three 20-minute rounds, two clusters, and `change` applied. */
function event(change: (e: EventFile) => void = () => undefined): EventFile {
  const file: EventFile = {
    event: { id: 'e', name: 'E', timezone: 'Europe/Paris', sessions: [{ date: DATE, start: '09:00', end: '10:00' }], meetingMinutes: 20 },
    clusters: clusters(2),
  };
  change(file);
  return file;
}

/** Every distinct pair of the first clusters, `count` of them. */
function pairs(count: number): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; out.length < count; i++) for (let j = 0; j < i && out.length < count; j++) out.push([`c${j}`, `c${i}`]);
  return out;
}
const clustersForPairs = (count: number) => Math.ceil((1 + Math.sqrt(1 + 8 * count)) / 2) + 1;

const problemsOf = (file: EventFile): Problem[] => {
  const result = validateEvent(file);
  return result.ok ? [] : result.problems;
};
const tooMany = (file: EventFile) => problemsOf(file).filter((p) => p.code === 'too_many');

/** The windows of one minute each from 09:00, `n` of them. */
const minuteWindows = (n: number): TimeWindow[] => Array.from({ length: n }, (_, k) => ({ date: DATE, start: hhmm(9 * 60 + k), end: hhmm(9 * 60 + k + 1) }));

describe('the limits of the event file', () => {
  it(`accepts ${MAX_CLUSTERS} clusters and refuses one more at "clusters" with too_many`, () => {
    expect(validateEvent(event((e) => (e.clusters = clusters(MAX_CLUSTERS)))).ok).toBe(true);
    expect(tooMany(event((e) => (e.clusters = clusters(MAX_CLUSTERS + 1))))).toEqual([
      { path: 'clusters', code: 'too_many', message: `${MAX_CLUSTERS + 1} clusters, more than the limit of ${MAX_CLUSTERS}`, params: { max: MAX_CLUSTERS, items: 'clusters', count: MAX_CLUSTERS + 1 } },
    ]);
  });

  it(`accepts ${MAX_EVENT_REQUESTS} requests and refuses one more at "requests" with too_many`, () => {
    const n = clustersForPairs(MAX_EVENT_REQUESTS);
    const requests = pairs(MAX_EVENT_REQUESTS + 1).map(([from, to]) => ({ from, to }));
    expect(validateEvent(event((e) => Object.assign(e, { clusters: clusters(n), requests: requests.slice(0, -1) }))).ok).toBe(true);
    expect(tooMany(event((e) => Object.assign(e, { clusters: clusters(n), requests })))).toEqual([
      expect.objectContaining({ path: 'requests', code: 'too_many', params: { max: MAX_EVENT_REQUESTS, items: 'requests', count: MAX_EVENT_REQUESTS + 1 } }),
    ]);
  });

  it(`accepts ${MAX_SESSIONS} sessions and refuses one more at "event.sessions" with too_many`, () => {
    const days = (n: number) => Array.from({ length: n }, (_, k) => ({ date: new Date(Date.UTC(2026, 0, 1 + k)).toISOString().slice(0, 10), start: '09:00', end: '09:20' }));
    expect(validateEvent(event((e) => (e.event.sessions = days(MAX_SESSIONS)))).ok).toBe(true);
    expect(tooMany(event((e) => (e.event.sessions = days(MAX_SESSIONS + 1))))).toEqual([
      expect.objectContaining({ path: 'event.sessions', code: 'too_many', params: { max: MAX_SESSIONS, items: 'sessions', count: MAX_SESSIONS + 1 } }),
    ]);
  });

  it(`accepts a grid of ${MAX_ROUNDS} rounds and refuses one more round at "event.sessions" with too_many`, () => {
    // One-minute meetings from midnight: one round a minute.
    const grid = (rounds: number) => event((e) => Object.assign(e.event, { meetingMinutes: 1, sessions: [{ date: DATE, start: '00:00', end: hhmm(rounds) }] }));
    expect(validateEvent(grid(MAX_ROUNDS)).ok).toBe(true);
    expect(tooMany(grid(MAX_ROUNDS + 1))).toEqual([
      {
        path: 'event.sessions',
        code: 'too_many',
        message: `the sessions make ${MAX_ROUNDS + 1} rounds, more than the limit of ${MAX_ROUNDS}`,
        params: { max: MAX_ROUNDS, items: 'rounds', count: MAX_ROUNDS + 1 },
      },
    ]);
  });

  it('counts the rounds of every session together, and refuses 10,000 whole-day sessions of one-minute meetings at once', () => {
    const sessions = (n: number) => Array.from({ length: n }, (_, k) => ({ date: new Date(Date.UTC(2026, 0, 1 + k)).toISOString().slice(0, 10), start: '00:00', end: '23:59' }));
    // UTC: every day has 1,439 one-minute rounds from 00:00 to 23:59.
    const twoDays = event((e) => Object.assign(e.event, { timezone: 'UTC', meetingMinutes: 1, sessions: sessions(2) }));
    expect(tooMany(twoDays)).toEqual([expect.objectContaining({ path: 'event.sessions', params: { max: MAX_ROUNDS, items: 'rounds', count: 2 * 1439 } })]);
    const huge = tooMany(event((e) => Object.assign(e.event, { timezone: 'UTC', meetingMinutes: 1, sessions: sessions(10_000) })));
    expect(huge.map((p) => [p.path, p.params?.items, p.params?.count])).toEqual([
      ['event.sessions', 'sessions', 10_000],
      ['event.sessions', 'rounds', 10_000 * 1439],
    ]);
  });

  it(`accepts ${MAX_TABLES} tables, as a count or a list, and refuses one more at "event.tables"`, () => {
    const list = (n: number) => Array.from({ length: n }, (_, k) => ({ id: `t${k}`, name: `Table ${k}` }));
    expect(validateEvent(event((e) => (e.event.tables = MAX_TABLES))).ok).toBe(true);
    expect(validateEvent(event((e) => (e.event.tables = list(MAX_TABLES)))).ok).toBe(true);
    expect(problemsOf(event((e) => (e.event.tables = MAX_TABLES + 1)))).toEqual([
      { path: 'event.tables', code: 'too_big', message: `must be at most ${MAX_TABLES}`, params: { max: MAX_TABLES } },
    ]);
    expect(tooMany(event((e) => (e.event.tables = list(MAX_TABLES + 1))))).toEqual([
      expect.objectContaining({ path: 'event.tables', code: 'too_many', params: { max: MAX_TABLES, items: 'tables', count: MAX_TABLES + 1 } }),
    ]);
  });

  it(`accepts ${MAX_WINDOWS} availability windows per cluster and refuses one more at "clusters[i].availability"`, () => {
    expect(validateEvent(event((e) => (e.clusters[1].availability = minuteWindows(MAX_WINDOWS)))).ok).toBe(true);
    expect(tooMany(event((e) => (e.clusters[1].availability = minuteWindows(MAX_WINDOWS + 1))))).toEqual([
      expect.objectContaining({ path: 'clusters[1].availability', code: 'too_many', params: { max: MAX_WINDOWS, items: 'windows', count: MAX_WINDOWS + 1 } }),
    ]);
  });

  it(`accepts ${MAX_ATTENDEES} attendees per cluster and refuses one more at "clusters[i].attendees"`, () => {
    const attendees = (n: number) => Array.from({ length: n }, (_, k) => ({ name: `Person ${k}` }));
    expect(validateEvent(event((e) => (e.clusters[0].attendees = attendees(MAX_ATTENDEES)))).ok).toBe(true);
    expect(tooMany(event((e) => (e.clusters[0].attendees = attendees(MAX_ATTENDEES + 1))))).toEqual([
      expect.objectContaining({ path: 'clusters[0].attendees', code: 'too_many', params: { max: MAX_ATTENDEES, items: 'attendees', count: MAX_ATTENDEES + 1 } }),
    ]);
  });

  it(`accepts ${MAX_MEETING_WINDOWS} pairs with meeting windows, ${MAX_WINDOWS} windows each, and refuses one more of either`, () => {
    const n = clustersForPairs(MAX_MEETING_WINDOWS);
    const window = [{ date: DATE, start: '09:00', end: '10:00' }];
    const entries = pairs(MAX_MEETING_WINDOWS + 1).map((clusters) => ({ clusters, windows: window }));
    const withEntries = (list: typeof entries) => event((e) => Object.assign(e, { clusters: clusters(n), constraints: { meetingWindows: list } }));
    expect(validateEvent(withEntries(entries.slice(0, -1))).ok).toBe(true);
    expect(tooMany(withEntries(entries))).toEqual([
      expect.objectContaining({ path: 'constraints.meetingWindows', code: 'too_many', params: { max: MAX_MEETING_WINDOWS, items: 'pairs', count: MAX_MEETING_WINDOWS + 1 } }),
    ]);
    const windows = (count: number) => event((e) => (e.constraints = { meetingWindows: [{ clusters: ['c0', 'c1'], windows: minuteWindows(count) }] }));
    expect(validateEvent(windows(MAX_WINDOWS)).ok).toBe(true);
    expect(tooMany(windows(MAX_WINDOWS + 1))).toEqual([
      expect.objectContaining({ path: 'constraints.meetingWindows[0].windows', code: 'too_many', params: { max: MAX_WINDOWS, items: 'windows', count: MAX_WINDOWS + 1 } }),
    ]);
  });

  it(`takes ${MAX_MUST_MEET} mustMeet pairs and refuses one more at "constraints.mustMeet"`, () => {
    const n = clustersForPairs(MAX_MUST_MEET);
    const mustMeet = pairs(MAX_MUST_MEET + 1);
    const withPairs = (list: [string, string][]) => event((e) => Object.assign(e, { clusters: clusters(n), constraints: { mustMeet: list } }));
    // At the limit the pairs exceed the caps (over_cap), which is no limit of the file.
    expect(tooMany(withPairs(mustMeet.slice(0, -1)))).toEqual([]);
    expect(tooMany(withPairs(mustMeet))).toEqual([
      expect.objectContaining({ path: 'constraints.mustMeet', code: 'too_many', params: { max: MAX_MUST_MEET, items: 'pairs', count: MAX_MUST_MEET + 1 } }),
    ]);
  });

  it(`accepts ${MAX_NEVER_MEET} neverMeet pairs and refuses one more at "constraints.neverMeet"`, () => {
    const n = clustersForPairs(MAX_NEVER_MEET);
    const neverMeet = pairs(MAX_NEVER_MEET + 1);
    const withPairs = (list: [string, string][]) => event((e) => Object.assign(e, { clusters: clusters(n), constraints: { neverMeet: list } }));
    expect(validateEvent(withPairs(neverMeet.slice(0, -1))).ok).toBe(true);
    expect(tooMany(withPairs(neverMeet))).toEqual([
      expect.objectContaining({ path: 'constraints.neverMeet', code: 'too_many', params: { max: MAX_NEVER_MEET, items: 'pairs', count: MAX_NEVER_MEET + 1 } }),
    ]);
  });

  it('reports every list beyond its limit at once, next to the other problems', () => {
    const file = event((e) => {
      e.clusters = clusters(MAX_CLUSTERS + 1);
      e.event.sessions = Array.from({ length: MAX_SESSIONS + 1 }, () => ({ date: DATE, start: '09:00', end: '08:00' }));
    });
    const problems = problemsOf(file);
    expect(problems.filter((p) => p.code === 'too_many').map((p) => p.path)).toEqual(['event.sessions', 'clusters']);
    expect(problems).toContainEqual(expect.objectContaining({ path: 'event.sessions[0].end', code: 'end_before_start' }));
  });

  it("refuses nothing that the benchmark's families or the service benchmark's brokerage event hold", () => {
    for (const family of FAMILIES) {
      const file = family.event();
      expect({ family: family.id, tooMany: tooMany(file) }).toEqual({ family: family.id, tooMany: [] });
    }
    expect(validateEvent(brokerage(1)).ok).toBe(true);
  });
});
