/**
 * The rules of the report: what makes a meeting held, a no-show or without
 * answer, its follow-up, the average rating, the answers counted, and the
 * rows by sector and region pair.
 */
import { scheduleFromMeetings, type EventFile } from '../../solver';
import { summariseOutcomes } from '../../src/app/get-report';
import { meetingOutcomes } from '../../src/app/meeting-outcomes';
import type { MeetingFeedback } from '../../src/app/ports';

const event: EventFile = {
  event: {
    id: 'bilan',
    name: 'Interclustering',
    timezone: 'Europe/Paris',
    sessions: [{ date: '2026-11-19', start: '14:00', end: '15:00' }],
    meetingMinutes: 20,
    tables: 2,
  },
  clusters: [
    { id: 'axelera', name: 'Axelera', sector: 'Chimie', region: 'Rhône' },
    { id: 'minalogic', name: 'Minalogic', sector: 'Numérique', region: 'Isère' },
    { id: 'techtera', name: 'Techtera', sector: 'Textile', region: 'Rhône' },
    { id: 'cimes', name: 'CIMES', region: 'Savoie' },
  ],
};
const placed = [
  { clusters: ['axelera', 'minalogic'] as [string, string], round: 1, table: 'T1' },
  { clusters: ['techtera', 'cimes'] as [string, string], round: 1, table: 'T2' },
  { clusters: ['axelera', 'techtera'] as [string, string], round: 2, table: 'T1' },
  { clusters: ['minalogic', 'cimes'] as [string, string], round: 3, table: 'T1' },
];
const { meetings } = scheduleFromMeetings(event, placed);

const said = (partner: string, happened: boolean, extra: Partial<MeetingFeedback> = {}): MeetingFeedback => ({
  with: partner,
  happened,
  answeredAt: '2026-11-20T09:00:00.000Z',
  ...extra,
});

function feedbackOf(answers: Record<string, MeetingFeedback[]>): Map<string, Map<string, MeetingFeedback>> {
  return new Map(Object.entries(answers).map(([id, list]) => [id, new Map(list.map((a) => [a.with, a]))]));
}

describe('what came of each meeting', () => {
  const feedback = feedbackOf({
    axelera: [said('minalogic', true, { followUp: 'maybe', rating: 4 }), said('techtera', false, { rating: 1 })],
    minalogic: [said('axelera', false, { followUp: 'yes', rating: 5 })],
    cimes: [],
  });
  const outcomes = meetingOutcomes(event, meetings, feedback, [{ cluster: 'cimes', from: '2026-11-19T14:40:00+01:00' }]);
  const stateOf = (a: string, b: string) => outcomes.find((o) => o.meeting.clusters.includes(a) && o.meeting.clusters.includes(b))!;

  it('a meeting is held when one side says it took place, even if the other says not', () => {
    expect(stateOf('axelera', 'minalogic').state).toBe('held');
  });

  it('a meeting is a no-show when one side says it did not take place and none says it did', () => {
    expect(stateOf('axelera', 'techtera').state).toBe('noShow');
  });

  it('a meeting is a no-show when a cluster was marked absent at its time, without any answer', () => {
    expect(stateOf('minalogic', 'cimes').state).toBe('noShow');
  });

  it('a meeting without answer nor absence is unknown', () => {
    expect(stateOf('techtera', 'cimes').state).toBe('unknown');
  });

  it('the follow-up of a held meeting is the most hopeful one given, and a meeting not held has none', () => {
    expect(stateOf('axelera', 'minalogic').followUp).toBe('yes');
    expect(stateOf('axelera', 'techtera').followUp).toBeUndefined();
  });

  it('the report counts planned, held, no-shows, follow-ups, the mean of every rating, and the clusters that answered of those with meetings', () => {
    const report = summariseOutcomes(event.clusters, outcomes);
    expect(report).toMatchObject({
      planned: 4,
      held: 1,
      noShows: 2,
      followUps: { yes: 1, maybe: 0, no: 0 },
      averageRating: Math.round((100 * (4 + 1 + 5)) / 3) / 100,
      answers: { received: 2, expected: 4 },
    });
  });

  it('has no average rating without any rating', () => {
    expect(summariseOutcomes(event.clusters, meetingOutcomes(event, meetings, new Map(), [])).averageRating).toBeNull();
  });

  it('groups the meetings by pair of sectors, the smaller first, a sector not given as null and last', () => {
    const rows = summariseOutcomes(event.clusters, outcomes).bySectorPair;
    expect(rows.map((r) => r.pair)).toEqual(
      expect.arrayContaining([
        ['Chimie', 'Numérique'],
        ['Textile', null],
        ['Chimie', 'Textile'],
        ['Numérique', null],
      ]),
    );
    expect(rows.find((r) => r.pair[0] === 'Chimie' && r.pair[1] === 'Numérique')).toEqual({
      pair: ['Chimie', 'Numérique'],
      planned: 1,
      held: 1,
      followUps: { yes: 1, maybe: 0, no: 0 },
    });
    expect(rows.reduce((n, r) => n + r.planned, 0)).toBe(4);
  });

  it('groups the meetings by pair of regions, a meeting within one region under that region twice', () => {
    const rows = summariseOutcomes(event.clusters, outcomes).byRegionPair;
    expect(rows.find((r) => r.pair[0] === 'Rhône' && r.pair[1] === 'Rhône')).toEqual({ pair: ['Rhône', 'Rhône'], planned: 1, held: 0, followUps: { yes: 0, maybe: 0, no: 0 } });
    expect(rows.find((r) => r.pair[0] === 'Isère' && r.pair[1] === 'Savoie')!.planned).toBe(1);
    expect(rows.reduce((n, r) => n + r.planned, 0)).toBe(4);
  });
});
