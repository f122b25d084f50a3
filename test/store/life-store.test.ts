/**
 * The day and the after-event in a real Redis: absences, feedback and the
 * emails sent, kept per event, dropped with a removed cluster or a deleted
 * event, and a message recorded as sent only once.
 */
import { Redis } from 'ioredis';
import type { EventFile } from '../../solver';
import type { MeetingFeedback } from '../../src/app/ports';
import { RedisLifeStore } from '../../src/store/life-store';
import { RedisStore } from '../../src/store/redis-store';
import { startRedisServer, uniqueNames, type TestRedis } from '../support/redis-server';

let server: TestRedis;
let redis: Redis;
let store: RedisStore;
let life: RedisLifeStore;

const event = (id: string, clusters = ['axelera', 'minalogic', 'techtera']): EventFile => ({
  event: { id, name: id, timezone: 'Europe/Paris', sessions: [{ date: '2026-11-19', start: '14:00', end: '17:00' }], meetingMinutes: 20 },
  clusters: clusters.map((c) => ({ id: c, name: c })),
});
const answer = (partner: string, rating?: number): MeetingFeedback => ({
  with: partner,
  happened: true,
  followUp: 'yes',
  ...(rating ? { rating } : {}),
  answeredAt: '2026-11-20T09:00:00.000Z',
});
const ABSENCE = { until: '2026-11-19T15:00:00+01:00', markedAt: '2026-11-19T13:55:00.000Z' };

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url);
  const prefix = uniqueNames('life').keyPrefix;
  store = new RedisStore(redis, prefix);
  life = new RedisLifeStore(redis, prefix);
});
afterAll(async () => {
  await redis.quit();
  await server.stop();
});

describe('RedisLifeStore', () => {
  it('marks absences, replaces one, and lifts them', async () => {
    await store.createEvent(event('absences'), {});
    expect(await life.setAbsences('absences', { axelera: ABSENCE, minalogic: { markedAt: ABSENCE.markedAt } })).toBe(true);
    expect(await life.setAbsences('absences', { axelera: { from: '2026-11-19T16:00:00+01:00', markedAt: ABSENCE.markedAt } })).toBe(true);
    expect(Object.fromEntries(await life.getAbsences('absences'))).toEqual({
      axelera: { from: '2026-11-19T16:00:00+01:00', markedAt: ABSENCE.markedAt },
      minalogic: { markedAt: ABSENCE.markedAt },
    });
    expect(await life.removeAbsences('absences', ['minalogic', 'techtera'])).toBe(true);
    expect([...(await life.getAbsences('absences')).keys()]).toEqual(['axelera']);
  });

  it('writes nothing for an event that is gone', async () => {
    expect(await life.setAbsences('no-such-event', { axelera: ABSENCE })).toBe(false);
    expect(await life.setFeedback('no-such-event', 'axelera', [answer('minalogic')])).toBe(false);
    expect(await life.removeAbsences('no-such-event', ['axelera'])).toBe(false);
    expect(await redis.keys('*no-such-event*')).toEqual([]);
  });

  it('keeps one answer per cluster and partner, the newer replacing the older', async () => {
    await store.createEvent(event('feedback'), {});
    await life.setFeedback('feedback', 'axelera', [answer('minalogic', 3), answer('techtera')]);
    await life.setFeedback('feedback', 'axelera', [answer('minalogic', 5)]);
    await life.setFeedback('feedback', 'minalogic', [answer('axelera', 4)]);
    const all = await life.getAllFeedback('feedback');
    expect([...all.keys()].sort()).toEqual(['axelera', 'minalogic']);
    expect(all.get('axelera')!.get('minalogic')!.rating).toBe(5);
    expect([...(await life.getFeedback('feedback', 'axelera')).keys()].sort()).toEqual(['minalogic', 'techtera']);
    expect((await life.getFeedback('feedback', 'techtera')).size).toBe(0);
  });

  it('records a message as sent once, and when each kind went to each cluster', async () => {
    await store.createEvent(event('mail'), {});
    const mail = { eventId: 'mail', clusterId: 'axelera', kind: 'invitation' as const, at: '2026-11-01T08:00:00.000Z' };
    expect(await life.wasSent('<m1@x>')).toBe(false);
    expect(await life.recordSent('<m1@x>', mail)).toBe(true);
    expect(await life.recordSent('<m1@x>', { ...mail, at: '2026-11-02T08:00:00.000Z' })).toBe(false);
    expect(await life.wasSent('<m1@x>')).toBe(true);
    await life.recordSent('<m2@x>', { ...mail, kind: 'reminder', at: '2026-11-10T08:00:00.000Z' });
    expect(Object.fromEntries(await life.getMailLog('mail'))).toEqual({
      axelera: { invitation: '2026-11-01T08:00:00.000Z', reminder: '2026-11-10T08:00:00.000Z' },
    });
  });

  it('drops what concerns a cluster removed from the event, answers about it included', async () => {
    await store.createEvent(event('removed'), { axelera: 'h1', minalogic: 'h2', techtera: 'h3' });
    await life.setAbsences('removed', { techtera: ABSENCE, axelera: ABSENCE });
    await life.setFeedback('removed', 'techtera', [answer('axelera')]);
    await life.setFeedback('removed', 'axelera', [answer('techtera'), answer('minalogic')]);
    await life.recordSent('<removed-1@x>', { eventId: 'removed', clusterId: 'techtera', kind: 'invitation', at: '2026-11-01T08:00:00.000Z' });
    await life.recordSent('<removed-2@x>', { eventId: 'removed', clusterId: 'axelera', kind: 'invitation', at: '2026-11-01T08:00:00.000Z' });
    expect(await store.replaceEvent('removed', event('removed', ['axelera', 'minalogic']), 1, { addTokens: {}, removeClusters: ['techtera'] })).toBe('ok');
    expect([...(await life.getAbsences('removed')).keys()]).toEqual(['axelera']);
    const feedback = await life.getAllFeedback('removed');
    expect([...feedback.keys()]).toEqual(['axelera']);
    expect([...feedback.get('axelera')!.keys()]).toEqual(['minalogic']);
    expect([...(await life.getMailLog('removed')).keys()]).toEqual(['axelera']);
  });

  it('deletes absences, feedback and the mail log with the event, and a new event of the same id starts without them', async () => {
    await store.createEvent(event('deleted'), {});
    await life.setAbsences('deleted', { axelera: ABSENCE });
    await life.setFeedback('deleted', 'axelera', [answer('minalogic')]);
    await life.recordSent('<deleted@x>', { eventId: 'deleted', clusterId: 'axelera', kind: 'invitation', at: '2026-11-01T08:00:00.000Z' });
    expect(await store.deleteEvent('deleted')).toBe(true);
    expect(await redis.keys('*event:deleted*')).toEqual([]);
    await store.createEvent(event('deleted'), {});
    expect((await life.getAbsences('deleted')).size).toBe(0);
    expect((await life.getAllFeedback('deleted')).size).toBe(0);
    expect((await life.getMailLog('deleted')).size).toBe(0);
  });
});
