/**
 * The notices of a publication: one per reachable cluster whose agenda
 * changed, carrying its own changes, named after the publication; none for
 * the others.
 */
import { scheduleFromMeetings, withChanges, type EventFile, type PlacedMeeting } from '../../solver';
import { noticeJobs } from '../../src/app/publication';

const event: EventFile = {
  event: {
    id: 'notices',
    name: 'Interclustering',
    timezone: 'Europe/Paris',
    sessions: [{ date: '2026-11-19', start: '14:00', end: '15:00' }],
    meetingMinutes: 20,
    tables: 2,
  },
  clusters: ['axelera', 'minalogic', 'techtera', 'cimes', 'imaginove'].map((id) => ({
    id,
    name: id,
    attendees: id === 'imaginove' ? [{ name: 'Sans adresse' }] : [{ name: `Direction ${id}`, email: `${id}@example.org` }],
  })),
};
const pair = (a: string, b: string, round: number, table = 'T1'): PlacedMeeting => ({ clusters: [a, b], round, table });
const before = scheduleFromMeetings(event, [pair('axelera', 'minalogic', 1), pair('techtera', 'cimes', 1, 'T2'), pair('axelera', 'imaginove', 2)]);
const after = scheduleFromMeetings(event, [pair('axelera', 'minalogic', 1), pair('techtera', 'cimes', 2), pair('axelera', 'imaginove', 3)]);

describe('the notices of a publication', () => {
  it('go to each reachable cluster whose agenda changed, with its own changes, and to none other', () => {
    const jobs = noticeJobs(event, before, after, 2);
    expect(jobs.map((j) => j.clusterId)).toEqual(['axelera', 'techtera', 'cimes']);
    expect(jobs.every((j) => j.kind === 'notice' && j.batch === 'publication-2' && j.eventId === 'notices')).toBe(true);
    expect(jobs.find((j) => j.clusterId === 'techtera')!.changes).toEqual([
      { clusters: ['cimes', 'techtera'], kind: 'moved', from: { round: 1, table: 'T2' }, to: { round: 2, table: 'T1' } },
    ]);
  });

  it('go to every reachable cluster with meetings at the first publication', () => {
    expect(noticeJobs(event, null, before, 1).map((j) => j.clusterId)).toEqual(['axelera', 'minalogic', 'techtera', 'cimes']);
  });

  it('go to nobody when the agendas did not change', () => {
    expect(noticeJobs(event, before, before, 3)).toEqual([]);
  });
});

describe('stats.changes', () => {
  it('counts the meetings kept, moved, added and cancelled against the previous publication, and is absent without one', () => {
    expect(withChanges(after, before).stats.changes).toEqual({ kept: 1, moved: 2, added: 0, cancelled: 0 });
    expect(withChanges(withChanges(after, before), null).stats.changes).toBeUndefined();
  });
});
