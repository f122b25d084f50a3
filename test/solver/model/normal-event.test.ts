import { DEFAULT_CAP, DEFAULT_OBJECTIVE, normalizeEvent, pairAllowed, pairKey, pairOfKey, validateEvent, type EventFile } from '../../../solver';
import { readFixture } from '../../support/fixtures';
import { deepFreeze } from '../../support/matchers';

const event = (extra: Partial<EventFile['event']> = {}, clusters: EventFile['clusters'] = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', maxMeetings: 1 }]): EventFile => ({
  event: { id: 'e', name: 'E', timezone: 'Europe/Paris', sessions: [{ date: '2026-06-11', start: '09:00', end: '10:00' }], meetingMinutes: 20, ...extra },
  clusters,
  constraints: { mustMeet: [['b', 'a']], neverMeet: [] },
});

describe('the normalised event', () => {
  it('applies the defaults of the event file once: cap, objective, unlimited tables', () => {
    const normal = normalizeEvent(event());
    expect(normal.cap.get('a')).toBe(DEFAULT_CAP);
    expect(normal.cap.get('b')).toBe(1);
    expect(normal.objective).toBe(DEFAULT_OBJECTIVE);
    expect(normal.tables).toBeNull();
    expect(normal.tablesPerRound).toBe(Infinity);
    expect(normal.slots).toHaveLength(3);
  });

  it('names tables given as a count T1..Tn, and keeps the names of listed tables', () => {
    expect(normalizeEvent(event({ tables: 3 })).tables).toEqual(['T1', 'T2', 'T3']);
    const listed = normalizeEvent(event({ tables: [{ id: 'r1', name: 'Salle Rhône' }] }));
    expect(listed.tables).toEqual(['r1']);
    expect(listed.tableNames.get('r1')).toBe('Salle Rhône');
  });

  it('keys the constraints\' pairs in either order', () => {
    const normal = normalizeEvent(event());
    expect(normal.mustMeet.has(pairKey('a', 'b'))).toBe(true);
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
    expect(pairOfKey(pairKey('z', 'a'))).toEqual(['a', 'z']);
  });

  it('keys meeting windows by pair in either order, and allows a pair only in rounds inside them where both are available', () => {
    const clusters = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', availability: [{ date: '2026-06-11', start: '09:20', end: '10:00' }] }, { id: 'c', name: 'C' }];
    const file: EventFile = {
      ...event({}, clusters),
      constraints: { meetingWindows: [{ clusters: ['b', 'a'], windows: [{ date: '2026-06-11', start: '09:00', end: '09:40' }] }] },
    };
    const normal = normalizeEvent(deepFreeze(file));
    expect([...normal.meetingWindows.keys()]).toEqual([pairKey('a', 'b')]);
    // Rounds of 20 minutes at 09:00, 09:20, 09:40: b arrives for round 2, the window closes after it.
    const allowed = (x: string, y: string) => normal.slots.filter((s) => pairAllowed(normal, x, y, s)).map((s) => s.index);
    expect(allowed('a', 'b')).toEqual([2]);
    expect(allowed('b', 'a')).toEqual([2]);
    expect(allowed('b', 'c')).toEqual([2, 3]);
    expect(allowed('a', 'c')).toEqual([1, 2, 3]);
  });

  it('reads the fixture without changing it', () => {
    const fixture = deepFreeze(readFixture('disponibilites-partielles.json'));
    const normal = normalizeEvent(fixture);
    expect([...normal.windows.values()].some((w) => w !== null)).toBe(true);
  });
});

describe('problem codes', () => {
  it('gives every problem of the invalid fixture a code', () => {
    const result = validateEvent(readFixture('invalide.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const p of result.problems) expect(p.code).toMatch(/^[a-z_]+$/);
  });

  it('says which rule is broken: unknown cluster, duplicate id, unknown field, bad zone', () => {
    const input = event({ timezone: 'Mars/Olympus' }, [{ id: 'a', name: 'A' }, { id: 'a', name: 'A bis' }]) as unknown as Record<string, unknown>;
    input.requests = [{ from: 'a', to: 'nobody' }];
    (input.event as Record<string, unknown>).colour = 'blue';
    const result = validateEvent(input);
    if (result.ok) throw new Error('expected problems');
    const codeAt = (path: string) => result.problems.filter((p) => p.path === path).map((p) => p.code);
    expect(codeAt('requests[0].to')).toEqual(['unknown_cluster']);
    expect(codeAt('clusters[1].id')).toEqual(['duplicate']);
    expect(codeAt('event.colour')).toEqual(['unknown_field']);
    expect(codeAt('event.timezone')).toEqual(['invalid_zone']);
    expect(result.problems.find((p) => p.path === 'requests[0].to')?.params).toEqual({ cluster: 'nobody' });
  });
});
