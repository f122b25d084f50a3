import { checkSchedule, solve, suggestPartners } from '../../../solver';
import { deriveRules } from '../../../solver/check/check-rules';
import { pairKey } from '../../../solver/model/pair-key';
import { normalizeEvent } from '../../../solver/model/normal-event';
import { pairValues } from '../../../solver/value/pair-value';
import type { ClusterInput, EventFile, RequestInput } from '../../../solver/model/types';
import { randomEvent } from '../../../bench/random-event';

const DAY = '2026-06-11';

/** One session of three rounds, unlimited tables, the given clusters and requests. */
function eventOf(clusters: ClusterInput[], requests: RequestInput[] = [], extra: Partial<EventFile['event']> = {}): EventFile {
  return {
    event: {
      id: 'value',
      name: 'Value',
      timezone: 'Europe/Paris',
      sessions: [{ date: DAY, start: '09:00', end: '10:10' }],
      meetingMinutes: 20,
      changeoverMinutes: 5,
      ...extra,
    },
    clusters,
    requests,
  };
}

const plain = (id: string, offers?: string[], seeks?: string[]): ClusterInput => ({
  id,
  name: id.toUpperCase(),
  ...(offers ? { offers } : {}),
  ...(seeks ? { seeks } : {}),
});

/** The value of {a, b} according to the solver's rule (0 when the pair has none). */
const valueOf = (event: EventFile, a: string, b: string): number => pairValues(normalizeEvent(event)).get(pairKey(a, b))?.value ?? 0;

/** The value of the only meeting the solver schedules between a and b, in a two-cluster event. */
function scheduledValue(event: EventFile): number {
  const result = solve(event);
  expect(result.status).toBe('optimal');
  expect(checkSchedule(event, result.schedule!)).toEqual([]);
  expect(result.schedule!.meetings).toHaveLength(1);
  return result.schedule!.meetings[0].value;
}

describe('the value rule', () => {
  it('gives a request of priority p a value of 6 − p', () => {
    for (const priority of [1, 2, 3, 4, 5]) {
      const event = eventOf([plain('a'), plain('b')], [{ from: 'a', to: 'b', priority }]);
      expect(valueOf(event, 'a', 'b')).toBe(6 - priority);
      expect(scheduledValue(event)).toBe(6 - priority);
    }
  });

  it('gives a request without priority the default priority 3', () => {
    const event = eventOf([plain('a'), plain('b')], [{ from: 'b', to: 'a' }]);
    expect(valueOf(event, 'a', 'b')).toBe(3);
    expect(scheduledValue(event)).toBe(3);
  });

  it('counts a mutual request twice, once per direction', () => {
    const event = eventOf([plain('a'), plain('b')], [
      { from: 'a', to: 'b', priority: 1 },
      { from: 'b', to: 'a', priority: 2 },
    ]);
    expect(valueOf(event, 'a', 'b')).toBe(5 + 4);
    expect(valueOf(event, 'b', 'a')).toBe(9);
    const result = solve(event);
    expect(result.schedule!.meetings[0]).toMatchObject({ value: 9, clusters: ['a', 'b'] });
    expect(result.schedule!.meetings[0].reasons).toContain('mutual request (a: 1st choice, b: 2nd choice)');
  });

  it('counts a competence offered by one and sought by the other, in each direction', () => {
    const one = eventOf([plain('a', ['métrologie']), plain('b', [], ['métrologie'])]);
    expect(valueOf(one, 'a', 'b')).toBe(1);
    const both = eventOf([plain('a', ['métrologie'], ['big data']), plain('b', ['big data'], ['métrologie'])]);
    expect(valueOf(both, 'a', 'b')).toBe(2);
    expect(scheduledValue(both)).toBe(2);
  });

  it('counts each matching term, not only the first', () => {
    const event = eventOf([plain('a', ['usinage', 'robotique', 'chimie']), plain('b', [], ['robotique', 'usinage', 'textile'])]);
    expect(valueOf(event, 'a', 'b')).toBe(2);
  });

  it('does not count a competence that both clusters only offer, or only seek', () => {
    const event = eventOf([plain('a', ['robotique'], ['eau']), plain('b', ['robotique'], ['eau'])]);
    expect(valueOf(event, 'a', 'b')).toBe(0);
  });

  it('matches terms after folding case, accents and white space', () => {
    const event = eventOf([
      plain('a', ['Énergie', '  Big   Data ', 'MÉTROLOGIE']),
      plain('b', [], ['energie', 'big data', 'métrologie']),
      plain('c', [], ['ÉNERGIES', 'bigdata']),
    ]);
    expect(valueOf(event, 'a', 'b')).toBe(3);
    // Folding is not stemming: a plural or a missing space is another term.
    expect(valueOf(event, 'a', 'c')).toBe(0);
  });

  it('counts a term written twice in different forms once', () => {
    const event = eventOf([plain('a', ['Énergie', 'energie']), plain('b', [], ['ENERGIE', 'énergie '])]);
    expect(valueOf(event, 'a', 'b')).toBe(1);
  });

  it('weighs each competence match by competenceWeight', () => {
    const clusters = [plain('a', ['métrologie'], ['big data']), plain('b', ['big data'], ['métrologie'])];
    const requests = [{ from: 'a', to: 'b', priority: 2 }];
    expect(valueOf(eventOf(clusters, requests, { competenceWeight: 2.5 }), 'a', 'b')).toBe(4 + 2 * 2.5);
    expect(valueOf(eventOf(clusters, requests, { competenceWeight: 0 }), 'a', 'b')).toBe(4);
    expect(valueOf(eventOf(clusters, requests), 'a', 'b')).toBe(4 + 2);
    expect(scheduledValue(eventOf(clusters, requests, { competenceWeight: 2.5 }))).toBe(9);
  });

  it('adds requests and competences', () => {
    const event = eventOf([plain('a', ['eau'], ['bois']), plain('b', ['bois'], ['eau'])], [
      { from: 'a', to: 'b', priority: 1 },
      { from: 'b', to: 'a' },
    ]);
    expect(valueOf(event, 'a', 'b')).toBe(5 + 3 + 2);
    const [suggestion] = suggestPartners(event, 'a');
    expect(suggestion).toMatchObject({ clusterId: 'b', value: 10 });
  });

  it('agrees with the independent checker on every pair of random events', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const event = randomEvent(seed, { clusters: 12, terms: 5 + (seed % 4) });
      if (seed % 3 === 0) event.event.competenceWeight = 0.5 * (seed % 5);
      const rules = deriveRules(event);
      const ids = event.clusters.map((c) => c.id);
      for (const a of ids) {
        for (const b of ids) {
          if (a < b) expect([a, b, valueOf(event, a, b)]).toEqual([a, b, rules.pairValue(a, b)]);
        }
      }
    }
  });

  it('never schedules a pair of value 0', () => {
    // c and d have no value with anyone: covering them would need a pair of value 0.
    const event = eventOf([plain('a'), plain('b'), plain('c', ['eau']), plain('d', ['eau'])], [{ from: 'a', to: 'b', priority: 1 }]);
    for (const objective of ['fair', 'total'] as const) {
      event.event.objective = objective;
      const result = solve(event);
      expect(result.status).toBe('optimal');
      expect(checkSchedule(event, result.schedule!)).toEqual([]);
      expect(result.schedule!.meetings.map((m) => m.clusters)).toEqual([['a', 'b']]);
      expect(result.schedule!.stats.covered).toBe(2);
    }
  });

  it('schedules a pair of value 0 when it is a mustMeet pair, with the organiser as its reason', () => {
    const event = eventOf([plain('a'), plain('b'), plain('c'), plain('d')], [{ from: 'a', to: 'b', priority: 1 }]);
    event.constraints = { mustMeet: [['d', 'c']] };
    const result = solve(event);
    expect(result.status).toBe('optimal');
    expect(checkSchedule(event, result.schedule!)).toEqual([]);
    const meeting = result.schedule!.meetings.find((m) => m.clusters[0] === 'c');
    expect(meeting).toMatchObject({ clusters: ['c', 'd'], value: 0 });
    expect(meeting!.reasons).toEqual(['required by the organiser']);
    expect(result.schedule!.meetings).toHaveLength(2);
  });
});
