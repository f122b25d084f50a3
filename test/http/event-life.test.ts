/**
 * The event's whole life against a real Redis and a real SMTP server:
 * invitations and reminders reach exactly the right clusters once each; on
 * the afternoon "in progress at 15:00" with one absent cluster the re-plan
 * keeps what it must, gives the absent cluster's partners new meetings, and
 * the published calendars show the cancellations and the new meetings;
 * notices go only to clusters whose agenda changed; the clusters' feedback
 * appears in the report.
 */
import request from 'supertest';
import { checkSchedule, compareSchedules, pairKey, type EventFile, type Meeting, type Schedule } from '../../solver';
import { parseWithNodeIcal } from '../calendar/parse-ics';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../support/smtp-server';
import { startHarness, waitForJob, type Harness } from './harness';

const EVENT_ID = 'interclustering-aura';
const FIFTEEN = '2026-11-19T15:00:00+01:00';

const cluster = (id: string, name: string, sector: string, region: string, offers: string[], seeks: string[], email?: string, lang?: 'en') => ({
  id,
  name,
  sector,
  region,
  offers,
  seeks,
  ...(lang ? { lang } : {}),
  attendees: email ? [{ name: `Direction ${name}`, email }] : [{ name: `Direction ${name}` }],
});

/** An afternoon of nine 20-minute rounds, 14:00–17:00 in Paris, thirteen clusters at two tables (so that meetings go on after 15:00), at most three meetings each. */
function afternoon(): EventFile {
  return {
    event: {
      id: EVENT_ID,
      name: 'Interclustering Auvergne-Rhône-Alpes',
      timezone: 'Europe/Paris',
      location: 'Hôtel de Région, Lyon',
      sessions: [{ date: '2026-11-19', start: '14:00', end: '17:00' }],
      meetingMinutes: 20,
      tables: 2,
      maxMeetingsPerCluster: 3,
    },
    clusters: [
      cluster('axelera', 'Axelera', 'Chimie', 'Rhône', ['chimie verte'], ['numérique', 'métrologie'], 'contact@axelera.test'),
      cluster('minalogic', 'Minalogic', 'Numérique', 'Isère', ['numérique', 'big data'], ['chimie verte'], 'contact@minalogic.test'),
      cluster('techtera', 'Techtera', 'Textile', 'Rhône', ['textiles techniques'], ['big data'], 'contact@techtera.test'),
      cluster('lyonbiopole', 'Lyonbiopôle', 'Santé', 'Rhône', ['santé'], ['numérique'], 'contact@lyonbiopole.test', 'en'),
      cluster('tenerrdis', 'Tenerrdis', 'Énergie', 'Isère', ['énergie'], ['chimie verte'], 'contact@tenerrdis.test'),
      cluster('viameca', 'ViaMéca', 'Mécanique', 'Loire', ['mécanique', 'métrologie'], ['textiles techniques'], 'contact@viameca.test'),
      cluster('imaginove', 'Imaginove', 'Numérique', 'Rhône', ['images'], ['mécanique']),
      cluster('cimes', 'CIMES', 'Mécanique', 'Savoie', ['robotique'], ['énergie', 'santé', 'numérique', 'chimie verte'], 'contact@cimes.test'),
      cluster('plastipolis', 'Plastipolis', 'Plasturgie', 'Ain', ['plasturgie', 'chimie verte'], ['numérique', 'mécanique'], 'contact@plastipolis.test'),
      cluster('mont-blanc', 'Mont-Blanc Industries', 'Mécanique', 'Haute-Savoie', ['décolletage', 'métrologie'], ['big data', 'robotique'], 'contact@mont-blanc.test'),
      cluster('indura', 'Indura', 'Construction', 'Rhône', ['construction'], ['robotique', 'énergie', 'big data'], 'contact@indura.test'),
      cluster('vegepolys', 'Végépolys Valley', 'Végétal', 'Puy-de-Dôme', ['production végétale'], ['cosmétique', 'big data'], 'contact@vegepolys.test'),
      cluster('cosmetic', 'Cosmetic Valley', 'Cosmétique', 'Loire', ['cosmétique'], ['production végétale', 'chimie verte'], 'contact@cosmetic.test'),
    ],
    requests: [
      { from: 'axelera', to: 'minalogic', priority: 1 },
      { from: 'techtera', to: 'minalogic', priority: 1 },
      { from: 'cimes', to: 'tenerrdis', priority: 2 },
      { from: 'viameca', to: 'techtera', priority: 1 },
    ],
  };
}

let h: Harness;
let smtp: TestSmtpServer;
let tokens: Record<string, string>;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  smtp = await startSmtpServer();
  h = await startHarness('event-life', { SMTP_URL: smtp.url, MAIL_FROM: 'ARDE <rdv@arde.test>' });
  h.startWorker();
  const res = await h.organizer.post('/api/events').send(afternoon()).expect(201);
  tokens = Object.fromEntries((res.body.clusters as { id: string; token: string }[]).map((c) => [c.id, c.token]));
});

afterAll(async () => {
  await h.stop();
  await smtp.close();
});

/** Waits until the mail queue is empty, then returns the messages received since `from`. */
async function mailsSince(from: number): Promise<ReceivedMail[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const counts = await h.runtime.mailQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(counts).every((n) => n === 0)) return smtp.received.slice(from);
    if (Date.now() > deadline) throw new Error(`mail jobs still pending: ${JSON.stringify(counts)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const recipientsOf = (mails: ReceivedMail[]) => mails.flatMap((m) => m.recipients).sort();
const addressOf = (id: string) => `contact@${id}.test`;
const REACHABLE = afternoon()
  .clusters.filter((c) => c.attendees?.some((a) => a.email))
  .map((c) => c.id);

async function publishedSchedule(): Promise<Schedule> {
  return (await h.organizer.get(`/api/events/${EVENT_ID}/schedule?version=published`).expect(200)).body as Schedule;
}

const meetingsOf = (s: Schedule, id: string) => s.meetings.filter((m) => m.clusters.includes(id));
const partnerOf = (m: Meeting, id: string) => (m.clusters[0] === id ? m.clusters[1] : m.clusters[0]);
const afterFifteen = (m: Meeting) => Date.parse(m.start) > Date.parse(FIFTEEN);

/** Whether one of the two offers what the other seeks, or asked to meet it. */
function worthMeeting(a: string, b: string): boolean {
  const file = afternoon();
  const [x, y] = [a, b].map((id) => file.clusters.find((c) => c.id === id)!);
  const answers = (p: typeof x, q: typeof x) => (p.offers ?? []).some((t) => (q.seeks ?? []).includes(t));
  return answers(x, y) || answers(y, x) || (file.requests ?? []).some((r) => pairKey(r.from, r.to) === pairKey(a, b));
}

/**
 * A cluster with a meeting after 15:00 whose partner there is at its cap and
 * could meet, worth it, another cluster that has room left: its absence makes
 * a new meeting possible.
 */
function absentWithRoomForPartners(s: Schedule): string {
  const ids = afternoon().clusters.map((c) => c.id);
  const count = (id: string) => meetingsOf(s, id).length;
  for (const m of s.meetings.filter(afterFifteen)) {
    for (const absent of m.clusters) {
      const partner = partnerOf(m, absent);
      const met = new Set(meetingsOf(s, partner).map((x) => partnerOf(x, partner)));
      const other = ids.find((y) => y !== absent && y !== partner && !met.has(y) && count(y) < 3 && worthMeeting(partner, y));
      if (count(partner) === 3 && other) return absent;
    }
  }
  throw new Error(`no absence frees room on this schedule: ${JSON.stringify(s.meetings.map((x) => [x.round, ...x.clusters]))}`);
}

describe('invitations and reminders', () => {
  it('an invitation goes once to each reachable cluster, in its language, with its private link', async () => {
    const from = smtp.received.length;
    const res = await h.organizer.post(`/api/events/${EVENT_ID}/invitations`).send({ kind: 'invitation' }).expect(202);
    expect(res.body).toEqual({ queued: REACHABLE.length, unreachable: ['imaginove'] });
    const mails = await mailsSince(from);
    expect(recipientsOf(mails)).toEqual(REACHABLE.map(addressOf).sort());
    const axelera = mails.find((m) => m.recipients.includes(addressOf('axelera')))!;
    expect(axelera.parsed.text).toContain('Bonjour');
    expect(axelera.parsed.text).toContain('Interclustering Auvergne-Rhône-Alpes');
    expect(axelera.parsed.text).toContain('Hôtel de Région, Lyon');
    expect(axelera.parsed.text).toContain(`http://maillage.test/e/${EVENT_ID}/c/axelera?token=${tokens.axelera}`);
    const english = mails.find((m) => m.recipients.includes(addressOf('lyonbiopole')))!;
    expect(english.parsed.text).toContain(`?token=${tokens.lyonbiopole}`);
    expect(english.parsed.text).not.toContain('Bonjour');
  });

  it('the console lists when each cluster was invited, and the unreachable ones', async () => {
    const res = await h.organizer.get(`/api/events/${EVENT_ID}/clusters`).expect(200);
    const byId = new Map((res.body.clusters as { id: string; mail: { invitation?: string }; reachable: boolean }[]).map((c) => [c.id, c]));
    expect(res.body.mailMode).toBe('smtp');
    for (const id of REACHABLE) expect(byId.get(id)!.mail.invitation).toEqual(expect.any(String));
    expect(byId.get('imaginove')).toMatchObject({ reachable: false, mail: {} });
  });

  it('a reminder goes only to the clusters that have not given their wishes', async () => {
    for (const id of ['axelera', 'techtera', 'cimes']) {
      await request(h.app).post(`/api/events/${EVENT_ID}/preferences`).set(auth(tokens[id])).send({ requests: [] }).expect(200);
    }
    const from = smtp.received.length;
    const res = await h.organizer.post(`/api/events/${EVENT_ID}/invitations`).send({ kind: 'reminder' }).expect(202);
    const late = REACHABLE.filter((id) => !['axelera', 'techtera', 'cimes'].includes(id));
    expect(res.body.queued).toBe(late.length);
    const mails = await mailsSince(from);
    expect(recipientsOf(mails)).toEqual(late.map(addressOf).sort());
    const clusters = (await h.organizer.get(`/api/events/${EVENT_ID}/clusters`).expect(200)).body.clusters as { id: string; mail: { reminder?: string } }[];
    expect(clusters.filter((c) => c.mail.reminder).map((c) => c.id).sort()).toEqual([...late].sort());
  });

  it('a job queued twice within one request sends its email once', async () => {
    const from = smtp.received.length;
    const job = { eventId: EVENT_ID, clusterId: 'viameca', kind: 'invitation' as const, batch: 'same-request' };
    await h.deps.mail.enqueue([job, job]);
    await h.deps.mail.enqueue([job]);
    expect(recipientsOf(await mailsSince(from))).toEqual([addressOf('viameca')]);
  });

  it('names an unknown cluster at its place in the list', async () => {
    const res = await h.organizer.post(`/api/events/${EVENT_ID}/invitations`).send({ kind: 'invitation', clusters: ['axelera', 'nobody'] }).expect(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'clusters[1]', code: 'unknown_cluster' })]);
  });
});

describe('the day itself', () => {
  let first: Schedule;
  let absent: string;

  it('the first publication notifies every reachable cluster that has meetings, with its calendar attached', async () => {
    const from = smtp.received.length;
    const job = await h.organizer.post(`/api/events/${EVENT_ID}/solve`).send({ publish: true }).expect(202);
    expect((await waitForJob(h, job.body.jobId)).state).toBe('completed');
    first = await publishedSchedule();
    expect(first.stats.changes).toBeUndefined();
    const mails = await mailsSince(from);
    const withMeetings = REACHABLE.filter((id) => meetingsOf(first, id).length > 0);
    expect(recipientsOf(mails)).toEqual(withMeetings.map(addressOf).sort());
    const mail = mails.find((m) => m.recipients.includes(addressOf(withMeetings[0])))!;
    const attachment = mail.parsed.attachments.find((a) => a.filename === 'agenda.ics')!;
    const { events } = parseWithNodeIcal(attachment.content.toString('utf8'));
    expect(events).toHaveLength(meetingsOf(first, withMeetings[0]).length);
  });

  it('marks a cluster absent, and undoes it', async () => {
    absent = absentWithRoomForPartners(first);
    await h.organizer.post(`/api/events/${EVENT_ID}/absences`).send({ clusters: ['techtera'], until: FIFTEEN }).expect(200);
    const marked = await h.organizer.post(`/api/events/${EVENT_ID}/absences`).send({ clusters: [absent] }).expect(200);
    expect(marked.body.absences.map((a: { cluster: string }) => a.cluster).sort()).toEqual([absent, 'techtera'].sort());
    const lifted = await h.organizer.delete(`/api/events/${EVENT_ID}/absences`).send({ clusters: ['techtera'] }).expect(200);
    expect(lifted.body.absences).toEqual([{ cluster: absent, markedAt: expect.any(String) }]);
  });

  it('a located error for a time without its offset', async () => {
    const res = await h.organizer.post(`/api/events/${EVENT_ID}/absences`).send({ clusters: [absent], from: '15:00' }).expect(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'from' })]);
    const solve = await h.organizer.post(`/api/events/${EVENT_ID}/solve`).send({ now: 'tomorrow' }).expect(422);
    expect(solve.body.error.details).toEqual([expect.objectContaining({ path: 'now' })]);
  });

  it('the re-plan at 15:00 keeps the past and what does not involve the absent cluster, and gives its partners new meetings', async () => {
    const job = await h.organizer.post(`/api/events/${EVENT_ID}/solve`).send({ now: FIFTEEN, publish: false }).expect(202);
    expect((await waitForJob(h, job.body.jobId)).state).toBe('completed');
    const draft = (await h.organizer.get(`/api/events/${EVENT_ID}/schedule?version=draft`).expect(200)).body as Schedule;
    const event = (await h.organizer.get(`/api/events/${EVENT_ID}`).expect(200)).body as EventFile;
    // Values come from the wishes merged into the event; the placements are what this test is about.
    expect(checkSchedule(event, draft).filter((p) => !['wrong_value', 'no_value', 'empty'].includes(p.code))).toEqual([]);
    const at = (s: Schedule) => new Map(s.meetings.map((m) => [pairKey(m.clusters[0], m.clusters[1]), m]));
    const now = at(draft);
    // The round that starts at 15:00 has started: it is frozen too.
    const later = (m: Meeting) => Date.parse(m.start) > Date.parse(FIFTEEN);
    for (const m of first.meetings.filter((x) => !later(x))) expect(now.get(pairKey(m.clusters[0], m.clusters[1]))).toMatchObject({ round: m.round, table: m.table });
    expect(meetingsOf(draft, absent).filter(later)).toEqual([]);
    const changes = compareSchedules(first.meetings, draft.meetings);
    expect(draft.stats.changes).toEqual(changes.counts);
    const cancelled = changes.changes.filter((c) => c.kind === 'cancelled');
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((c) => c.clusters.includes(absent))).toBe(true);
    const partners = first.meetings.filter((m) => later(m) && m.clusters.includes(absent)).map((m) => partnerOf(m, absent));
    const added = changes.changes.filter((c) => c.kind === 'added');
    expect(added.some((c) => c.clusters.some((id) => partners.includes(id)))).toBe(true);
    for (const c of added) expect(Date.parse(draft.rounds[c.to!.round - 1].start)).toBeGreaterThan(Date.parse(FIFTEEN));
    const review = (await h.organizer.get(`/api/events/${EVENT_ID}/schedule/changes`).expect(200)).body;
    expect(review.counts).toEqual(changes.counts);
  });

  it('publishing the re-plan notifies only the clusters whose agenda changed, and their calendars show the changes', async () => {
    const before = await publishedSchedule();
    const from = smtp.received.length;
    await h.organizer.post(`/api/events/${EVENT_ID}/publish`).expect(200);
    const after = await publishedSchedule();
    const changed = new Set(compareSchedules(before.meetings, after.meetings).changes.flatMap((c) => c.clusters));
    const mails = await mailsSince(from);
    expect(recipientsOf(mails)).toEqual(REACHABLE.filter((id) => changed.has(id)).map(addressOf).sort());
    // Clusters with meetings whose agenda the re-plan left alone are there, and got nothing.
    expect(REACHABLE.some((id) => !changed.has(id) && meetingsOf(after, id).length > 0)).toBe(true);

    const { changes } = compareSchedules(before.meetings, after.meetings);
    // A reachable cluster that gained a meeting.
    const partner = changes.filter((c) => c.kind === 'added').flatMap((c) => c.clusters).find((id) => id !== absent && REACHABLE.includes(id))!;
    const feed = await request(h.app).get(`/api/events/${EVENT_ID}/clusters/${partner}/agenda.ics?token=${tokens[partner]}`).expect(200);
    const items = parseWithNodeIcal(feed.text).events;
    const cancelledWith = changes.filter((c) => c.kind === 'cancelled' && c.clusters.includes(partner));
    expect(items.filter((e) => e.status === 'CANCELLED')).toHaveLength(cancelledWith.length);
    const confirmed = items.filter((e) => e.status !== 'CANCELLED');
    expect(confirmed).toHaveLength(meetingsOf(after, partner).length);
    const notice = mails.find((m) => m.recipients.includes(addressOf(partner)));
    expect(notice?.parsed.attachments.map((a) => a.filename)).toContain('agenda.ics');
    expect(notice?.parsed.text).toContain('Nouveau');
  });
});

describe('after the event', () => {
  it('a cluster answers about its meetings, and a new answer replaces the previous one', async () => {
    const schedule = await publishedSchedule();
    const id = 'minalogic';
    const partners = meetingsOf(schedule, id).map((m) => partnerOf(m, id));
    expect(partners.length).toBeGreaterThan(0);
    const answer = { with: partners[0], happened: true, followUp: 'maybe', rating: 3 };
    await request(h.app).post(`/api/events/${EVENT_ID}/feedback`).set(auth(tokens[id])).send({ meetings: [answer] }).expect(200);
    const res = await request(h.app)
      .post(`/api/events/${EVENT_ID}/feedback`)
      .set(auth(tokens[id]))
      .send({ meetings: [{ ...answer, followUp: 'yes', rating: 5, comment: 'Projet commun sur la métrologie' }] })
      .expect(200);
    expect(res.body.meetings).toEqual([{ ...answer, followUp: 'yes', rating: 5, comment: 'Projet commun sur la métrologie', answeredAt: expect.any(String) }]);
    const read = await request(h.app).get(`/api/events/${EVENT_ID}/feedback`).set(auth(tokens[id])).expect(200);
    expect(read.body).toEqual(res.body);
  });

  it('an answer about a partner it did not meet is a located 422', async () => {
    const schedule = await publishedSchedule();
    const stranger = REACHABLE.find((x) => x !== 'minalogic' && !meetingsOf(schedule, 'minalogic').some((m) => m.clusters.includes(x)))!;
    const res = await request(h.app)
      .post(`/api/events/${EVENT_ID}/feedback`)
      .set(auth(tokens.minalogic))
      .send({ meetings: [{ with: stranger, happened: true }] })
      .expect(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'meetings[0].with', code: 'unknown_cluster' })]);
  });

  it('the report counts what the clusters said, by sector pair and by region pair', async () => {
    const schedule = await publishedSchedule();
    const report = (await h.organizer.get(`/api/events/${EVENT_ID}/report`).expect(200)).body;
    expect(report.planned).toBe(schedule.meetings.length);
    expect(report.held).toBe(1);
    expect(report.followUps).toEqual({ yes: 1, maybe: 0, no: 0 });
    expect(report.averageRating).toBe(5);
    expect(report.answers).toEqual({ received: 1, expected: new Set(schedule.meetings.flatMap((m) => m.clusters)).size });
    const sectorTotal = report.bySectorPair.reduce((n: number, r: { planned: number }) => n + r.planned, 0);
    expect(sectorTotal).toBe(schedule.meetings.length);
    expect(report.bySectorPair.filter((r: { held: number }) => r.held === 1)).toHaveLength(1);
    expect(report.byRegionPair.reduce((n: number, r: { held: number }) => n + r.held, 0)).toBe(1);
    const csv = await h.organizer.get(`/api/events/${EVENT_ID}/report.csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(schedule.meetings.length + 1);
    expect(csv.text).toContain('Projet commun sur la métrologie');
    expect(csv.text).toContain('tenu');
  });

  it('the request for feedback goes only to the clusters with meetings that have not answered', async () => {
    const schedule = await publishedSchedule();
    const from = smtp.received.length;
    await h.organizer.post(`/api/events/${EVENT_ID}/invitations`).send({ kind: 'feedback' }).expect(202);
    const expected = REACHABLE.filter((id) => id !== 'minalogic' && meetingsOf(schedule, id).length > 0);
    expect(recipientsOf(await mailsSince(from))).toEqual(expected.map(addressOf).sort());
  });
});
