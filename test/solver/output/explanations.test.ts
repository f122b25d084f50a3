import { checkSchedule, explainSchedule, solve, type EventFile, type LockedMeeting, type Meeting, type Schedule } from '../../../solver';
import { englishReason, englishReasons } from '../../../solver/value/english';
import { randomEvent } from '../../../bench/random-event';
import { readFixture, validFixtures } from '../../support/fixtures';
import { deepFreeze } from '../../support/matchers';

const solved = (event: EventFile, locks: LockedMeeting[] = []): Schedule => {
  const result = solve(event, { locks });
  expect(result.schedule).not.toBeNull();
  return result.schedule!;
};

describe('explanations as data', () => {
  it.each(validFixtures())('gives every meeting of %s a non-empty why and every unmet request a cause', (name) => {
    const event = readFixture(name);
    const schedule = solved(event);
    expect(schedule.meetings.length).toBeGreaterThan(0);
    for (const m of schedule.meetings) expect(m.why.length).toBeGreaterThan(0);
    for (const u of schedule.unmet) expect(typeof u.cause.kind).toBe('string');
    expect(checkSchedule(event, schedule)).toEqual([]);
  });

  it('renders the English reasons of format v1 from why', () => {
    const schedule = solved(readFixture('interclustering-2015.json'));
    for (const m of schedule.meetings) expect(m.reasons).toEqual(englishReasons(m.why));
    for (const u of schedule.unmet) expect(u.reason).toBe(englishReason(u.from, u.to, u.cause));
  });

  it('explains the fixture\'s mutual request of Axelera and Organics Cluster with both priorities', () => {
    const event = readFixture('interclustering-2015.json');
    const meeting = solved(event).meetings.find((m) => m.clusters.join() === 'axelera,organics-cluster')!;
    const priority = (from: string, to: string) => event.requests!.find((r) => r.from === from && r.to === to)!.priority;
    expect(meeting.why).toEqual(
      expect.arrayContaining([
        { kind: 'request', from: 'axelera', to: 'organics-cluster', priority: priority('axelera', 'organics-cluster') },
        { kind: 'request', from: 'organics-cluster', to: 'axelera', priority: priority('organics-cluster', 'axelera') },
      ]),
    );
    expect(meeting.reasons[0]).toMatch(/^mutual request \(axelera: \d\w\w choice, organics-cluster: \d\w\w choice\)$/);
  });

  it('names the competence matched, as the offerer wrote it', () => {
    const event: EventFile = {
      event: { id: 'e', name: 'E', timezone: 'Europe/Paris', sessions: [{ date: '2026-06-11', start: '09:00', end: '09:20' }], meetingMinutes: 20 },
      clusters: [
        { id: 'a', name: 'A', offers: ['Big  Données'] },
        { id: 'b', name: 'B', seeks: ['big données'] },
      ],
    };
    expect(solved(event).meetings[0].why).toEqual([{ kind: 'competence', offeredBy: 'a', soughtBy: 'b', term: 'Big  Données' }]);
  });

  it('says a locked meeting and a required one are the organiser\'s decisions', () => {
    const event: EventFile = {
      event: { id: 'e', name: 'E', timezone: 'Europe/Paris', sessions: [{ date: '2026-06-11', start: '09:00', end: '09:45' }], meetingMinutes: 20, changeoverMinutes: 5 },
      clusters: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id })),
      constraints: { mustMeet: [['a', 'b']] },
    };
    const schedule = solved(event, [{ clusters: ['c', 'd'], round: 2, table: 'T1' }]);
    const of = (pair: string) => schedule.meetings.find((m) => m.clusters.join() === pair)!;
    expect(of('a,b').why).toEqual([{ kind: 'mustMeet' }]);
    expect(of('c,d').why).toEqual([{ kind: 'locked' }]);
    expect(of('c,d').reasons).toEqual(['locked by the organiser']);
    expect(checkSchedule(event, schedule, [{ clusters: ['c', 'd'], round: 2, table: 'T1' }])).toEqual([]);
  });

  it('recomputes why and cause for a schedule written before they existed', () => {
    const event = readFixture('interclustering-2015.json');
    const schedule = solved(event);
    const old = deepFreeze({
      ...schedule,
      meetings: schedule.meetings.map(({ why: _why, ...m }) => m as Meeting),
      unmet: schedule.unmet.map(({ cause: _cause, ...u }) => u as Schedule['unmet'][number]),
    });
    expect(checkSchedule(event, old)).toEqual([]);
    expect(explainSchedule(event, old)).toEqual(schedule);
  });

  it('gives causes that the random events\' schedules agree with', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const event = randomEvent(seed, { clusters: 14, rounds: 3, tables: 3, cap: 2 });
      const schedule = solved(event);
      expect(explainSchedule(event, schedule).unmet.map((u) => u.cause)).toEqual(schedule.unmet.map((u) => u.cause));
      expect(checkSchedule(event, schedule)).toEqual([]);
    }
  });
});

describe('the checker reads why', () => {
  const event = readFixture('interclustering-2015.json');
  const base = () => structuredClone(solved(event));

  it('reports a why that names a request the event does not have', () => {
    const schedule = base();
    const m = schedule.meetings[0];
    m.why = [...m.why, { kind: 'request', from: m.clusters[0], to: m.clusters[1], priority: 1 }];
    const problems = checkSchedule(event, schedule);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.path.startsWith('meetings[0].why'))).toBe(true);
  });

  it('reports a why whose parts do not add up to the pair\'s value', () => {
    const schedule = base();
    schedule.meetings[1].why = schedule.meetings[1].why.slice(1);
    expect(checkSchedule(event, schedule)).toContainEqual(expect.objectContaining({ path: 'meetings[1].why', code: 'wrong_value' }));
  });

  it('reports an empty why and an unknown kind', () => {
    const schedule = base();
    schedule.meetings[0].why = [];
    schedule.meetings[1].why = [{ kind: 'friendship' } as never];
    const problems = checkSchedule(event, schedule);
    expect(problems).toContainEqual(expect.objectContaining({ path: 'meetings[0].why', code: 'empty' }));
    expect(problems).toContainEqual(expect.objectContaining({ path: 'meetings[1].why[0].kind', code: 'invalid_value' }));
  });
});
