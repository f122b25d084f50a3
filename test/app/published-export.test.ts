/**
 * Feeds rendered once per publication, on a real Redis, with a clock that
 * stands still: whatever the clock, a feed never outlives what it shows.
 */
import { Redis } from 'ioredis';
import type { EventFile } from '../../solver';
import { ExportCache } from '../../src/app/export-cache';
import { getClusterCalendar, getEventCalendar } from '../../src/app/get-calendar';
import { getScheduleCsv } from '../../src/app/get-export';
import type { AppDeps } from '../../src/app/ports';
import { publishSchedule, saveDraftSchedule } from '../../src/app/publication';
import { RedisStore } from '../../src/store/redis-store';
import { movedAndDropped, sampleEvent, sampleSchedule } from '../calendar/samples';
import { startRedisServer, uniqueNames, type TestRedis } from '../support/redis-server';

let server: TestRedis;
let redis: Redis;
let deps: Pick<AppDeps, 'store' | 'exportCache' | 'now' | 'mail'>;

const NOW = new Date('2026-03-05T10:30:00Z');
const event = sampleEvent();
const ID = event.event.id;
const renders = () => deps.exportCache.stats().renders;

/** Stores the event afresh (its tokens do not matter here) and publishes `schedule` at `NOW`. */
async function createAndPublish(file: EventFile, schedule = sampleSchedule()): Promise<void> {
  expect(await deps.store.createEvent(file, {})).toBe('ok');
  expect(await publishSchedule(deps, file, schedule, 1)).toBe('ok');
}

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url);
});
beforeEach(async () => {
  deps = { store: new RedisStore(redis, uniqueNames('published-export').keyPrefix), exportCache: new ExportCache(1024 * 1024), now: () => NOW, mail: { enqueue: async () => undefined } };
  await createAndPublish(event);
});
afterAll(async () => {
  await redis.quit();
  await server.stop();
});

describe('published exports', () => {
  it('renders a cluster feed once, then serves the same bytes and ETag', async () => {
    const first = await getClusterCalendar(deps, ID, 'mont-blanc', {});
    const second = await getClusterCalendar(deps, ID, 'mont-blanc', {});
    expect(second.body).toBe(first.body);
    expect(second.etag).toBe(first.etag);
    expect(renders()).toBe(1);
  });

  it('renders the new schedule once it is published, even within the same second', async () => {
    const before = await getClusterCalendar(deps, ID, 'mont-blanc', {});
    expect(await publishSchedule(deps, event, movedAndDropped(), 1)).toBe('ok');
    const after = await getClusterCalendar(deps, ID, 'mont-blanc', {});
    expect(after.body).not.toBe(before.body);
    expect(after.etag).not.toBe(before.etag);
    expect(after.body).toContain('STATUS:CANCELLED');
    expect(renders()).toBe(2);
  });

  it('shows an edit of the event file without a new publication', async () => {
    await getClusterCalendar(deps, ID, 'mont-blanc', {});
    const renamed: EventFile = { ...event, event: { ...event.event, location: 'Palais des Congrès, Lyon' } };
    expect(await deps.store.replaceEvent(ID, renamed, 1, { addTokens: {}, removeClusters: [] })).toBe('ok');
    expect((await getClusterCalendar(deps, ID, 'mont-blanc', {})).body).toContain('Palais des Congrès');
  });

  it('never serves the feed of a deleted event to the event created again under its id, with the same counts and time', async () => {
    const before = await deps.store.getPublicationStamp(ID);
    expect((await getClusterCalendar(deps, ID, 'mont-blanc', {})).body).toContain('Mont-Blanc Industries');
    expect(await deps.store.deleteEvent(ID)).toBe(true);
    const renamed: EventFile = {
      ...event,
      clusters: event.clusters.map((c) => (c.id === 'mont-blanc' ? { ...c, name: 'Mont-Blanc Industries 2' } : c)),
    };
    await createAndPublish(renamed);
    const after = await deps.store.getPublicationStamp(ID);
    expect(after).toMatchObject({ revision: before!.revision, published: before!.published, storedAt: before!.storedAt });
    expect(after!.incarnation).not.toBe(before!.incarnation);
    expect((await getClusterCalendar(deps, ID, 'mont-blanc', {})).body).toContain('Mont-Blanc Industries 2');
  });

  it('keeps each language and each cluster apart', async () => {
    const fr = await getClusterCalendar(deps, ID, 'mont-blanc', { lang: 'fr' });
    const en = await getClusterCalendar(deps, ID, 'mont-blanc', { lang: 'en' });
    const other = await getClusterCalendar(deps, ID, 'robotics', { lang: 'fr' });
    expect(new Set([fr.etag, en.etag, other.etag]).size).toBe(3);
    expect((await getClusterCalendar(deps, ID, 'mont-blanc', {})).body).toBe(fr.body);
    expect(renders()).toBe(3);
  });

  it('caches the organiser calendar and CSV of the published schedule, and never keeps a draft', async () => {
    expect(await saveDraftSchedule(deps, ID, movedAndDropped(), 1)).toBe('ok');
    const published = await getEventCalendar(deps, ID, {});
    await getEventCalendar(deps, ID, { version: 'published' });
    await getScheduleCsv(deps, ID, {});
    await getScheduleCsv(deps, ID, {});
    expect(renders()).toBe(2);
    const draft = await getEventCalendar(deps, ID, { version: 'draft' });
    await getEventCalendar(deps, ID, { version: 'draft' });
    await getScheduleCsv(deps, ID, { version: 'draft' });
    expect(draft.body).not.toBe(published.body);
    expect(draft.etag).toBeUndefined();
    expect(renders()).toBe(2);
    // And the draft left the published feed as it was.
    expect((await getEventCalendar(deps, ID, {})).body).toBe(published.body);
  });

  it('keeps no failure: an unknown cluster is a 404 each time, and nothing is kept for it', async () => {
    await expect(getClusterCalendar(deps, ID, 'nobody', {})).rejects.toMatchObject({ httpStatus: 404 });
    await expect(getClusterCalendar(deps, ID, 'nobody', {})).rejects.toMatchObject({ httpStatus: 404 });
    expect(deps.exportCache.stats().entries).toBe(0);
  });

  it('answers 404 for an event that is gone, after its feed was cached', async () => {
    await getClusterCalendar(deps, ID, 'mont-blanc', {});
    await deps.store.deleteEvent(ID);
    await expect(getClusterCalendar(deps, ID, 'mont-blanc', {})).rejects.toMatchObject({ httpStatus: 404 });
  });
});
