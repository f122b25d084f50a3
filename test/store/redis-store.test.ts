import { Redis } from 'ioredis';
import type { EventFile, Schedule } from '../../solver';
import type { Publication } from '../../src/app/ports';
import { RedisStore } from '../../src/store/redis-store';
import { startRedisServer, uniqueNames, type TestRedis } from '../support/redis-server';

let server: TestRedis;
let redis: Redis;
let store: RedisStore;
let prefix: string;

const event = (id: string, clusters = ['a', 'b', 'c']): EventFile => ({
  event: { id, name: id, timezone: 'Europe/Paris', sessions: [{ date: '2025-06-12', start: '09:00', end: '10:00' }], meetingMinutes: 20 },
  clusters: clusters.map((c) => ({ id: c, name: c.toUpperCase() })),
});
const schedule = (eventId: string): Schedule =>
  ({ eventId, rounds: [], meetings: [], unmet: [], stats: {} }) as unknown as Schedule;
const publication = (eventId: string, storedAt = '2025-06-01T08:00:00.000Z'): Publication => ({
  schedule: schedule(eventId),
  ledger: { version: 1, eventId, entries: {} },
  storedAt,
});

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url);
  prefix = uniqueNames('store').keyPrefix;
  store = new RedisStore(redis, prefix);
});
afterAll(async () => {
  await redis.quit();
  await server.stop();
});

describe('RedisStore', () => {
  it('keeps every key under its prefix', async () => {
    await store.createEvent(event('prefixed'), { a: 'aa', b: 'bb', c: 'cc' });
    await store.setPreferences('prefixed', 'a', { requests: [], declines: ['b'], submittedAt: 'now' });
    const keys = await redis.keys('*');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith(prefix))).toBe(true);
  });

  it('creates an event once and never overwrites it', async () => {
    expect(await store.createEvent(event('once'), { a: '01' })).toBe('ok');
    expect(await store.createEvent(event('once', ['x']), { x: '02' })).toBe('taken');
    expect((await store.getEvent('once'))?.event.clusters.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(await store.findTokenOwner('02')).toBeNull();
  });

  it('refuses a replacement made from an outdated revision', async () => {
    await store.createEvent(event('guarded'), { a: '11', b: '12', c: '13' });
    const { revision } = (await store.getEvent('guarded'))!;
    expect(await store.replaceEvent('guarded', event('guarded', ['a', 'b']), revision, { addTokens: {}, removeClusters: ['c'] })).toBe('ok');
    expect(await store.replaceEvent('guarded', event('guarded'), revision, { addTokens: {}, removeClusters: [] })).toBe('conflict');
    expect(await store.replaceEvent('missing', event('missing'), 1, { addTokens: {}, removeClusters: [] })).toBe('missing');
    expect(await store.findTokenOwner('13')).toBeNull();
    expect(await store.getTokenHash('guarded', 'a')).toBe('11');
  });

  it('stores a schedule only at the revision it was computed from', async () => {
    await store.createEvent(event('scheduled'), {});
    const { revision } = (await store.getEvent('scheduled'))!;
    expect(await store.saveSchedule('scheduled', publication('scheduled'), { revision, published: 0 })).toBe('ok');
    expect(await store.setLocks('scheduled', [{ clusters: ['a', 'b'], round: 1, table: 'T1' }], revision)).toBe('ok');
    expect(await store.saveSchedule('scheduled', publication('scheduled'), { revision, published: 1 })).toBe('conflict');
    expect(await store.saveSchedule('gone', publication('gone'), { revision: 1, published: 0 })).toBe('missing');
  });

  it('stores a schedule with its ledger and time, and reads them back together', async () => {
    await store.createEvent(event('published'), {});
    expect(await store.getPublication('published')).toBeNull();
    const first = publication('published');
    expect(await store.saveSchedule('published', first, { revision: 1, published: 0 })).toBe('ok');
    expect(await store.getPublication('published')).toEqual({ ...first, published: 1 });
    expect(await store.getSchedule('published')).toEqual(first.schedule);
  });

  it('refuses a schedule whose ledger was updated from an older publication, and keeps the newer one', async () => {
    await store.createEvent(event('raced'), {});
    const newer = publication('raced', '2025-06-01T09:00:00.000Z');
    expect(await store.saveSchedule('raced', publication('raced'), { revision: 1, published: 0 })).toBe('ok');
    expect(await store.saveSchedule('raced', newer, { revision: 1, published: 1 })).toBe('ok');
    expect(await store.saveSchedule('raced', publication('raced', '2025-06-01T10:00:00.000Z'), { revision: 1, published: 1 })).toBe(
      'superseded',
    );
    expect(await store.getPublication('raced')).toEqual({ ...newer, published: 2 });
  });

  it('names the publication in a stamp that changes with each publication, each edit of the event and each re-creation', async () => {
    await store.createEvent(event('stamped'), {});
    expect(await store.getPublicationStamp('stamped')).toBeNull();
    expect(await store.getPublicationStamp('never-created')).toBeNull();
    await store.saveSchedule('stamped', publication('stamped'), { revision: 1, published: 0 });
    const first = (await store.getPublicationStamp('stamped'))!;
    expect(first).toEqual({ incarnation: expect.stringMatching(/^[A-Za-z0-9_-]{12}$/), revision: 1, published: 1, storedAt: '2025-06-01T08:00:00.000Z' });
    await store.saveSchedule('stamped', publication('stamped', '2025-06-01T08:00:01.000Z'), { revision: 1, published: 1 });
    expect(await store.getPublicationStamp('stamped')).toEqual({ ...first, published: 2, storedAt: '2025-06-01T08:00:01.000Z' });
    await store.replaceEvent('stamped', event('stamped', ['a', 'b']), 1, { addTokens: {}, removeClusters: ['c'] });
    expect((await store.getPublicationStamp('stamped'))!.revision).toBe(2);
    await store.saveDraft('stamped', schedule('stamped'), '2025-06-02T08:00:00.000Z', 2);
    expect((await store.getPublicationStamp('stamped'))!.published).toBe(2);
    await store.deleteEvent('stamped');
    expect(await store.getPublicationStamp('stamped')).toBeNull();
    await store.createEvent(event('stamped'), {});
    await store.saveSchedule('stamped', publication('stamped'), { revision: 1, published: 0 });
    const again = (await store.getPublicationStamp('stamped'))!;
    expect(again).toMatchObject({ revision: 1, published: 1, storedAt: first.storedAt });
    expect(again.incarnation).not.toBe(first.incarnation);
  });

  it('starts a re-created event without the ledger of the deleted one', async () => {
    await store.createEvent(event('reborn'), {});
    await store.saveSchedule('reborn', publication('reborn'), { revision: 1, published: 0 });
    await store.deleteEvent('reborn');
    await store.createEvent(event('reborn'), {});
    expect(await store.getPublication('reborn')).toBeNull();
    expect(await store.saveSchedule('reborn', publication('reborn'), { revision: 1, published: 0 })).toBe('ok');
  });

  it('does not store wishes or tokens for an event that is gone', async () => {
    expect(await store.setPreferences('ghost', 'a', { requests: [], declines: [], submittedAt: 'now' })).toBe(false);
    expect(await store.replaceToken('ghost', 'a', 'ff')).toBe(false);
    expect(await redis.keys(`${prefix}event:ghost*`)).toEqual([]);
  });

  it('deletes an event with all its keys and its entries in the token index', async () => {
    await store.createEvent(event('deleted'), { a: '21', b: '22', c: '23' });
    await store.setPreferences('deleted', 'a', { requests: [], declines: [], submittedAt: 'now' });
    await store.setLocks('deleted', [], 1);
    await store.saveSchedule('deleted', publication('deleted'), { revision: 2, published: 0 });
    expect(await store.getPublication('deleted')).not.toBeNull();
    expect(await store.deleteEvent('deleted')).toBe(true);
    expect(await redis.keys(`${prefix}event:deleted*`)).toEqual([]);
    expect(await store.findTokenOwner('21')).toBeNull();
    expect(await store.deleteEvent('deleted')).toBe(false);
  });

  it('returns wishes keyed safely, even for a cluster called "constructor"', async () => {
    await store.createEvent(event('odd-ids', ['constructor', 'b']), {});
    await store.setPreferences('odd-ids', 'b', { requests: [], declines: [], submittedAt: 'now' });
    const all = await store.getAllPreferences('odd-ids');
    expect(all.has('constructor')).toBe(false);
    expect(all.get('b')?.submittedAt).toBe('now');
  });

  it('keeps a draft apart from the published schedule, and drops it when a schedule is published', async () => {
    await store.createEvent(event('drafted'), {});
    expect(await store.getDraft('drafted')).toBeNull();
    expect(await store.saveDraft('drafted', schedule('drafted'), '2025-06-01T08:00:00.000Z', 1)).toBe('ok');
    expect(await store.getDraft('drafted')).toEqual({ schedule: schedule('drafted'), savedAt: '2025-06-01T08:00:00.000Z', version: 1 });
    expect(await store.getSchedule('drafted')).toBeNull();
    expect(await store.saveDraft('drafted', schedule('drafted'), '2025-06-01T09:00:00.000Z', 1)).toBe('ok');
    expect((await store.getDraft('drafted'))?.version).toBe(2);
    expect(await store.saveDraft('drafted', schedule('drafted'), 'later', 7)).toBe('conflict');
    expect(await store.saveDraft('no-such-event', schedule('x'), 'later', 1)).toBe('missing');

    expect(await store.saveSchedule('drafted', publication('drafted'), { revision: 1, published: 0, draftVersion: 1 })).toBe('draft_changed');
    expect(await store.getPublication('drafted')).toBeNull();
    expect(await store.saveSchedule('drafted', publication('drafted'), { revision: 1, published: 0, draftVersion: 2 })).toBe('ok');
    expect(await store.getDraft('drafted')).toBeNull();
    expect(await store.getSchedule('drafted')).toEqual(schedule('drafted'));
  });

  it('keeps the tokens of the links, replaced with a reissue and dropped with their cluster', async () => {
    await store.createEvent(event('linked'), { a: 'ha', b: 'hb', c: 'hc' }, { a: 'ta', b: 'tb' });
    expect(await store.getLinkTokens('linked')).toEqual(new Map([['a', 'ta'], ['b', 'tb']]));
    expect(await store.replaceToken('linked', 'c', 'hc2', 'tc2')).toBe(true);
    expect(await store.replaceToken('linked', 'a', 'ha2')).toBe(true);
    expect(await store.getLinkTokens('linked')).toEqual(new Map([['b', 'tb'], ['c', 'tc2']]));
    expect(await store.findTokenOwner('hc2')).toEqual({ eventId: 'linked', clusterId: 'c' });
    expect(await store.findTokenOwner('hc')).toBeNull();
    expect(await store.replaceEvent('linked', event('linked', ['a', 'c', 'd']), 1, { addTokens: { d: 'hd' }, removeClusters: ['b'], addLinks: { d: 'td' } })).toBe('ok');
    expect(await store.getLinkTokens('linked')).toEqual(new Map([['c', 'tc2'], ['d', 'td']]));
    expect(await store.getLinkToken('linked', 'd')).toBe('td');
    expect(await store.getLinkToken('linked', 'b')).toBeNull();
  });

  it('lists every event with its submissions, publications and draft, and forgets a deleted one', async () => {
    await store.createEvent(event('listed'), {});
    await store.setPreferences('listed', 'a', { requests: [], declines: [], submittedAt: 'now' });
    await store.saveSchedule('listed', publication('listed'), { revision: 1, published: 0 });
    await store.saveDraft('listed', schedule('listed'), '2025-06-02T08:00:00.000Z', 1);
    await store.createEvent(event('listed-then-deleted'), {});
    await store.deleteEvent('listed-then-deleted');
    const listed = await store.listEvents();
    expect(listed.find((l) => l.event.event.id === 'listed')).toEqual({
      event: event('listed'),
      submitted: 1,
      published: 1,
      publishedAt: '2025-06-01T08:00:00.000Z',
      draftAt: '2025-06-02T08:00:00.000Z',
    });
    expect(listed.map((l) => l.event.event.id)).not.toContain('listed-then-deleted');
    await store.deleteEvent('listed');
    expect(await redis.keys(`${prefix}event:listed*`)).toEqual([]);
  });

  it('keeps each event with its owner, and refuses an organiser past its limit of events', async () => {
    const arde = { organiser: 'arde', maxEvents: 2 };
    expect(await store.createEvent(event('arde-1'), {}, {}, arde)).toBe('ok');
    expect(await store.createEvent(event('arde-2'), {}, {}, arde)).toBe('ok');
    expect(await store.createEvent(event('arde-3'), {}, {}, arde)).toBe('too_many');
    expect(await store.getEvent('arde-3')).toBeNull();
    expect(await store.createEvent(event('devup-1'), {}, {}, { organiser: 'devup', maxEvents: 2 })).toBe('ok');
    expect(await store.getEventOwner('arde-1')).toBe('arde');
    expect(await store.getEventOwner('devup-1')).toBe('devup');
    expect(await store.getEventOwner('nowhere')).toBeNull();
    const owners = new Map((await store.listEvents()).map((l) => [l.event.event.id, l.owner]));
    expect([owners.get('arde-1'), owners.get('arde-2'), owners.get('devup-1')]).toEqual(['arde', 'arde', 'devup']);
    // A deleted event no longer counts.
    await store.deleteEvent('arde-2');
    expect(await store.getEventOwner('arde-2')).toBeNull();
    expect(await store.createEvent(event('arde-3'), {}, {}, arde)).toBe('ok');
  });

  it('records no owner for an event stored before owners existed', async () => {
    await store.createEvent(event('legacy'), {});
    await redis.hdel(`${prefix}event-owners`, 'legacy');
    expect(await store.getEventOwner('legacy')).toBeUndefined();
    expect((await store.listEvents()).find((l) => l.event.event.id === 'legacy')).not.toHaveProperty('owner');
  });

  it('keeps organiser accounts with a token hash that rotate replaces and revoke forgets', async () => {
    const at = '2026-01-01T00:00:00.000Z';
    expect(await store.addOrganiser({ name: 'arde', createdAt: at }, 'h1')).toBe(true);
    expect(await store.addOrganiser({ name: 'arde', createdAt: at }, 'h9')).toBe(false);
    expect(await store.findOrganiser('h1')).toBe('arde');
    expect(await store.findOrganiser('h9')).toBeNull();
    expect(await store.rotateOrganiser('arde', 'h2', '2026-01-02T00:00:00.000Z')).toBe(true);
    expect(await store.findOrganiser('h1')).toBeNull();
    expect(await store.findOrganiser('h2')).toBe('arde');
    expect(await store.revokeOrganiser('arde', '2026-01-03T00:00:00.000Z')).toBe(true);
    expect(await store.findOrganiser('h2')).toBeNull();
    expect(await store.listOrganisers()).toEqual([
      { name: 'arde', createdAt: at, rotatedAt: '2026-01-02T00:00:00.000Z', revokedAt: '2026-01-03T00:00:00.000Z' },
    ]);
    expect(await store.rotateOrganiser('arde', 'h3', '2026-01-04T00:00:00.000Z')).toBe(true);
    expect(await store.findOrganiser('h3')).toBe('arde');
    expect((await store.listOrganisers())[0]).toEqual({ name: 'arde', createdAt: at, rotatedAt: '2026-01-04T00:00:00.000Z' });
    expect(await store.rotateOrganiser('nobody', 'h4', at)).toBe(false);
    expect(await store.revokeOrganiser('nobody', at)).toBe(false);
    // No hash is ever listed.
    expect(JSON.stringify(await store.listOrganisers())).not.toContain('h3');
  });
});
