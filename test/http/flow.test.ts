import request from 'supertest';
import { checkSchedule, type EventFile, type LockedMeeting, type Schedule } from '../../solver';
import { readFixture } from '../support/fixtures';
import { createWithTokens, smallEvent, startHarness, waitForJob, type Harness, detail } from './harness';

const fixture = (): EventFile => readFixture('interclustering-2015.json');

let h: Harness;

beforeAll(async () => {
  h = await startHarness('flow');
  h.startWorker();
});
afterAll(() => h.stop());

async function solveAndWait(eventId: string, body: object = {}) {
  const started = await h.organizer.post(`/api/events/${eventId}/solve`).send(body);
  expect(started.status).toBe(202);
  return waitForJob(h, started.body.jobId);
}

describe('the whole flow', () => {
  it('goes from an event file to each cluster agenda', async () => {
    const event = fixture();
    const id = event.event.id;
    const created = await h.organizer.post('/api/events').send(event);
    expect(created.status).toBe(201);
    const tokens = Object.fromEntries(created.body.clusters.map((c: { id: string; token: string }) => [c.id, c.token]));
    const [first, second] = event.clusters;

    const suggestions = await request(h.app).get(`/api/events/${id}/suggestions?token=${tokens[first.id]}`);
    expect(suggestions.status).toBe(200);
    const picks = suggestions.body.suggestions.slice(0, 3).map((s: { clusterId: string }, i: number) => ({ to: s.clusterId, priority: i + 1 }));
    await request(h.app).post(`/api/events/${id}/preferences`).set('Authorization', `Bearer ${tokens[first.id]}`).send({ requests: picks }).expect(200);
    await request(h.app)
      .post(`/api/events/${id}/preferences`)
      .set('Authorization', `Bearer ${tokens[second.id]}`)
      .send({ declines: [picks[0].to] })
      .expect(200);

    await request(h.app).get(`/api/events/${id}/agenda?token=${tokens[first.id]}`).expect(404);
    await h.organizer.get(`/api/events/${id}/schedule`).expect(404);

    const job = await solveAndWait(id, { timeLimitSeconds: 10, seed: 7 });
    expect(job).toMatchObject({ eventId: id, state: 'completed', progress: 100 });
    expect(job.result).toMatchObject({ status: expect.stringMatching(/optimal|feasible|timedout/) });

    const schedule = (await h.organizer.get(`/api/events/${id}/schedule`).expect(200)).body as Schedule;
    expect(schedule.eventId).toBe(id);
    expect(schedule.meetings.length).toBeGreaterThan(0);
    const solved = (await h.organizer.get(`/api/events/${id}`)).body as EventFile;
    const withDeclines = { ...solved, constraints: { ...solved.constraints, neverMeet: [...(solved.constraints?.neverMeet ?? []), [second.id, picks[0].to]] } } as EventFile;
    expect(checkSchedule(withDeclines, schedule)).toEqual([]);
    expect(schedule.meetings.some((m) => m.clusters.includes(second.id) && m.clusters.includes(picks[0].to))).toBe(false);

    const agenda = await request(h.app).get(`/api/events/${id}/agenda`).set('Authorization', `Bearer ${tokens[first.id]}`);
    expect(agenda.status).toBe(200);
    const own = schedule.meetings.filter((m) => m.clusters.includes(first.id));
    expect(agenda.body.meetings).toHaveLength(own.length);
    for (const m of agenda.body.meetings) {
      expect(m.partner.id).not.toBe(first.id);
      expect(own.some((o) => o.round === m.round && o.clusters.includes(m.partner.id) && o.table === m.table)).toBe(true);
    }
  });

  it('answers 404 for an unknown job', async () => {
    const res = await h.organizer.get('/api/jobs/does-not-exist');
    expect(res.status).toBe(404);
  });

  it('rejects solve options of the wrong type with 422', async () => {
    await createWithTokens(h, smallEvent('bad-options'));
    const res = await h.organizer.post('/api/events/bad-options/solve').send({ timeLimitSeconds: 'soon', seed: -1 });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((p: { path: string }) => p.path)).toEqual(['timeLimitSeconds', 'seed']);
  });

  it('answers 404 when solving an unknown event', async () => {
    await h.organizer.post('/api/events/nowhere/solve').expect(404);
  });
});

describe('locks', () => {
  it('keeps locked meetings exactly where they are across re-solves', async () => {
    const event = fixture();
    event.event.id = 'locked-day';
    await createWithTokens(h, event);
    await solveAndWait('locked-day', { timeLimitSeconds: 10 });
    const before = (await h.organizer.get('/api/events/locked-day/schedule')).body as Schedule;
    const kept = before.meetings.slice(0, 2).map((m): LockedMeeting => ({ clusters: m.clusters, round: m.round, table: m.table }));
    // A third lock moves another scheduled meeting to the next round, at a table of the organiser's choice.
    const constrained = [...(event.constraints?.mustMeet ?? []), ...(event.constraints?.neverMeet ?? [])].flat();
    const busy = new Set([...kept.flatMap((l) => l.clusters), ...constrained]);
    const moved = before.meetings.slice(2).find((m) => !m.clusters.some((c) => busy.has(c))) as Schedule['meetings'][number];
    const round = (moved.round % before.rounds.length) + 1;
    const usedTables = new Set(kept.filter((l) => l.round === round).map((l) => l.table));
    const table = ['T1', 'T2', 'T3'].find((t) => !usedTables.has(t)) as string;
    const locks: LockedMeeting[] = [...kept, { clusters: moved.clusters, round, table }];
    const put = await h.organizer.put('/api/events/locked-day/locks').send({ meetings: locks });
    expect(put.body).toEqual({ meetings: locks });
    expect((await h.organizer.get('/api/events/locked-day/locks')).body).toEqual({ meetings: locks });

    for (const seed of [1, 99]) {
      const job = await solveAndWait('locked-day', { timeLimitSeconds: 10, seed });
      expect(job.state).toBe('completed');
      const after = (await h.organizer.get('/api/events/locked-day/schedule')).body as Schedule;
      for (const lock of locks) {
        expect(after.meetings).toContainEqual(
          expect.objectContaining({ clusters: [...lock.clusters].sort(), round: lock.round, table: lock.table, locked: true }),
        );
      }
      expect(checkSchedule(event, after, locks)).toEqual([]);
    }
  });

  it('rejects locks naming unknown clusters, rounds or tables with their paths', async () => {
    await createWithTokens(h, smallEvent('lock-checks'));
    const res = await h.organizer.put('/api/events/lock-checks/locks').send({
      meetings: [
        { clusters: ['axelera', 'nobody'], round: 1, table: 'T1' },
        { clusters: ['axelera', 'minalogic'], round: 9, table: 'T1' },
        { clusters: ['techtera', 'viameca'], round: 1, table: 'T7' },
      ],
    });
    expect(res.status).toBe(422);
    const paths = res.body.error.details.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['meetings[0].clusters[1]', 'meetings[1].round', 'meetings[2].table']));
    expect((await h.organizer.get('/api/events/lock-checks/locks')).body).toEqual({ meetings: [] });
  });

  it('rejects a lock of a pair that a cluster declined', async () => {
    const tokens = await createWithTokens(h, smallEvent('declined-lock'));
    await request(h.app).post('/api/events/declined-lock/preferences').set('Authorization', `Bearer ${tokens.axelera}`).send({ declines: ['techtera'] }).expect(200);
    const res = await h.organizer.put('/api/events/declined-lock/locks').send({ meetings: [{ clusters: ['axelera', 'techtera'], round: 1, table: 'T1' }] });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].path).toBe('meetings[0]');
  });

  it("rejects a cluster's decline of a meeting the organiser locked", async () => {
    const tokens = await createWithTokens(h, smallEvent('locked-decline'));
    await h.organizer.put('/api/events/locked-decline/locks').send({ meetings: [{ clusters: ['axelera', 'techtera'], round: 1, table: 'T1' }] }).expect(200);
    const res = await request(h.app).post('/api/events/locked-decline/preferences').set('Authorization', `Bearer ${tokens.techtera}`).send({ declines: ['axelera'] });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([detail('declines[0]', 'fixed_by_organiser', 'the organiser has fixed a meeting with "axelera"')]);
  });
});

describe('failed solves', () => {
  it('keep their error, and the previous schedule stays readable', async () => {
    const event = smallEvent('tight');
    event.event.tables = 1;
    event.event.sessions = [{ date: '2025-06-12', start: '09:00', end: '09:40' }];
    event.constraints = { mustMeet: [['axelera', 'minalogic'], ['techtera', 'viameca']] };
    await createWithTokens(h, event);
    expect((await solveAndWait('tight')).state).toBe('completed');
    const before = (await h.organizer.get('/api/events/tight/schedule').expect(200)).body;

    // Each lock fits on its own; together they leave no table for the required meetings.
    await h.organizer
      .put('/api/events/tight/locks')
      .send({ meetings: [{ clusters: ['axelera', 'techtera'], round: 1, table: 'T1' }, { clusters: ['minalogic', 'viameca'], round: 2, table: 'T1' }] })
      .expect(200);
    const job = await solveAndWait('tight');
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/cannot be scheduled/);
    expect((await h.organizer.get('/api/events/tight/schedule').expect(200)).body).toEqual(before);
  });
});
