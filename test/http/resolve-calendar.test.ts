/**
 * End to end: a re-solve that moves one meeting and drops another updates the
 * subscribed agendas in place (same UID, higher SEQUENCE, STATUS:CANCELLED)
 * instead of duplicating meetings.
 */
import request from 'supertest';
import type { EventFile, Meeting, Schedule } from '../../solver';
import { byUid, parseBoth, type ParsedCalendar, type ParsedEvent } from '../calendar/parse-ics';
import { createWithTokens, smallEvent, startHarness, waitForJob, type Harness } from './harness';

const ID = 'resolve-day';
let h: Harness;
let tokens: Record<string, string>;

const uidOf = (clusters: [string, string]) => `${ID}-${[...clusters].sort().join('-')}@maillage`;
const pairOf = (m: Meeting) => m.clusters.join('|');
const agendaIcs = (cluster: string) => `/api/events/${ID}/clusters/${cluster}/agenda.ics?token=${tokens[cluster]}`;
const parsers = (ics: string): ParsedCalendar[] => Object.values(parseBoth(ics));

async function solve(seed: number): Promise<Schedule> {
  const { jobId } = (await h.organizer.post(`/api/events/${ID}/solve`).send({ seed }).expect(202)).body;
  const job = await waitForJob(h, jobId);
  if (job.state !== 'completed') throw new Error(`solve failed: ${String(job.error)}`);
  return (await h.organizer.get(`/api/events/${ID}/schedule`).expect(200)).body;
}

beforeAll(async () => {
  h = await startHarness('resolve');
  h.startWorker();
  tokens = await createWithTokens(h, smallEvent(ID));
});
afterAll(() => h.stop());

describe('a re-solve that moves one meeting and drops another', () => {
  let first: Schedule;
  let second: Schedule;
  let cluster: string;
  let moved: Meeting;
  let dropped: Meeting;
  let before: request.Response;
  let after: request.Response;

  beforeAll(async () => {
    first = await solve(1);
    cluster = smallEvent().clusters.map((c) => c.id).find((id) => first.meetings.filter((m) => m.clusters.includes(id)).length >= 2)!;
    [moved, dropped] = first.meetings.filter((m) => m.clusters.includes(cluster));
    before = await request(h.app).get(agendaIcs(cluster)).expect(200);

    // The organiser forbids one pair (PUT of the event) and locks another into the freed round.
    const event: EventFile = (await h.organizer.get(`/api/events/${ID}`).expect(200)).body;
    event.constraints = { ...event.constraints, neverMeet: [dropped.clusters] };
    await h.organizer.put(`/api/events/${ID}`).send(event).expect(200);
    await h.organizer
      .put(`/api/events/${ID}/locks`)
      .send({ meetings: [{ clusters: moved.clusters, round: dropped.round, table: 'T1' }] })
      .expect(200);
    second = await solve(1);
    after = await request(h.app).get(agendaIcs(cluster)).expect(200);
  });

  it('does move the one meeting and drop the other', () => {
    expect(second.meetings.find((m) => pairOf(m) === pairOf(moved))).toMatchObject({ round: dropped.round, table: 'T1', locked: true });
    expect(second.meetings.some((m) => pairOf(m) === pairOf(dropped))).toBe(false);
  });

  it('publishes the moved meeting under its UID with SEQUENCE 1 and its new time', () => {
    for (const [old, now] of parsers(before.text).map((p, i) => [p, parsers(after.text)[i]])) {
      const was = byUid(old.events).get(uidOf(moved.clusters))!;
      const is = byUid(now.events).get(uidOf(moved.clusters))!;
      expect([was.sequence, was.status, was.start]).toEqual([0, 'CONFIRMED', Date.parse(moved.start)]);
      expect([is.sequence, is.status, is.start]).toEqual([1, 'CONFIRMED', Date.parse(dropped.start)]);
    }
  });

  it('publishes the dropped meeting as CANCELLED with SEQUENCE 1 at its old time', () => {
    for (const parsed of parsers(after.text)) {
      const e = byUid(parsed.events).get(uidOf(dropped.clusters))!;
      expect([e.status, e.sequence, e.start, e.end]).toEqual(['CANCELLED', 1, Date.parse(dropped.start), Date.parse(dropped.end)]);
      expect(e.alarms).toEqual([]);
    }
    expect(after.text).toContain('STATUS:CANCELLED\r\n');
  });

  it('repeats no UID, and gives every meeting the SEQUENCE its history calls for', () => {
    const place = (m: Meeting | undefined) => m && `${m.round}|${m.table}|${m.start}`;
    const own = (s: Schedule) => new Map(s.meetings.filter((m) => m.clusters.includes(cluster)).map((m) => [uidOf(m.clusters), m]));
    const [then, now] = [own(first), own(second)];
    const expected = new Map<string, [string, number]>();
    for (const [uid, m] of now) expected.set(uid, ['CONFIRMED', then.has(uid) && place(then.get(uid)) !== place(m) ? 1 : 0]);
    for (const uid of then.keys()) if (!now.has(uid)) expected.set(uid, ['CANCELLED', 1]);
    for (const parsed of parsers(after.text)) {
      expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(parsed.events.length);
      const seen = new Map(parsed.events.map((e: ParsedEvent) => [e.uid, [e.status, e.sequence]]));
      expect(seen).toEqual(expected);
    }
    expect(after.text.match(/^UID:/gm)).toHaveLength(expected.size);
  });

  it("tells the dropped partner too, in its own agenda", async () => {
    const partner = dropped.clusters.find((id) => id !== cluster)!;
    const res = await request(h.app).get(agendaIcs(partner)).expect(200);
    for (const parsed of parsers(res.text)) {
      expect(byUid(parsed.events).get(uidOf(dropped.clusters))).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    }
  });

  it("gives the organiser each UID once: every meeting and every cancelled one", async () => {
    const res = await h.organizer.get(`/api/events/${ID}/calendar.ics`).expect(200);
    const cancelled = first.meetings.filter((m) => !second.meetings.some((n) => pairOf(n) === pairOf(m)));
    for (const parsed of parsers(res.text)) {
      expect(parsed.events).toHaveLength(second.meetings.length + cancelled.length);
      expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(parsed.events.length);
      expect(parsed.events.filter((e) => e.status === 'CANCELLED').map((e) => e.uid).sort()).toEqual(
        cancelled.map((m) => uidOf(m.clusters)).sort(),
      );
    }
  });

  it('changes the validators, so that a subscribed calendar fetches the new feed', async () => {
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(Date.parse(after.headers['last-modified'])).toBeGreaterThan(Date.parse(before.headers['last-modified']));
    await request(h.app).get(agendaIcs(cluster)).set('If-None-Match', before.headers.etag).expect(200);
    await request(h.app).get(agendaIcs(cluster)).set('If-Modified-Since', before.headers['last-modified']).expect(200);
    await request(h.app).get(agendaIcs(cluster)).set('If-None-Match', after.headers.etag).expect(304);
  });

  it('keeps the cancellation through a further re-solve, still at SEQUENCE 1', async () => {
    await solve(2);
    const res = await request(h.app).get(agendaIcs(cluster)).expect(200);
    for (const parsed of parsers(res.text)) {
      expect(byUid(parsed.events).get(uidOf(dropped.clusters))).toMatchObject({ status: 'CANCELLED', sequence: 1 });
      expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(parsed.events.length);
    }
  });
});
