import type { EventStore, Publication, PublishWrite, StoredPublication } from '../../src/app/ports';
import { publicationTime, publishSchedule } from '../../src/app/publication';
import { AppError } from '../../src/app/errors';
import { movedAndDropped, sampleEvent, sampleSchedule } from '../calendar/samples';

/**
 * Just enough of a store: one event's publications. Writes answer `outcomes` in
 * turn, then `ok`; a `superseded` one may first store `rival`, as a concurrent solve would.
 */
function fakeStore(outcomes: PublishWrite[] = [], rival?: StoredPublication) {
  let current: StoredPublication | null = null;
  const writes: { publication: Publication; expected: { revision: number; published: number } }[] = [];
  const store = {
    getPublication: async () => current,
    saveSchedule: async (_eventId: string, publication: Publication, expected: { revision: number; published: number }) => {
      writes.push({ publication, expected });
      const outcome = outcomes.shift() ?? 'ok';
      if (outcome === 'superseded' && rival) current = rival;
      if (outcome === 'ok') current = { ...publication, published: (current?.published ?? 0) + 1 };
      return outcome;
    },
  } as unknown as EventStore;
  return { store, writes };
}

describe('publicationTime', () => {
  it('drops the milliseconds, which HTTP dates and DTSTAMP cannot show', () => {
    expect(publicationTime(new Date('2026-03-01T09:00:00.750Z'), null).toISOString()).toBe('2026-03-01T09:00:00.000Z');
  });

  it('comes at least a second after the previous publication, even in the same second or with a clock behind', () => {
    const previous = '2026-03-01T09:00:00.000Z';
    expect(publicationTime(new Date('2026-03-01T09:00:00.400Z'), previous).toISOString()).toBe('2026-03-01T09:00:01.000Z');
    expect(publicationTime(new Date('2026-03-01T08:00:00Z'), previous).toISOString()).toBe('2026-03-01T09:00:01.000Z');
    expect(publicationTime(new Date('2026-03-01T09:05:00Z'), previous).toISOString()).toBe('2026-03-01T09:05:00.000Z');
  });
});

/** Publication notices have their own tests (test/http/notices.test.ts). */
const noMail = { enqueue: async () => undefined };

describe('publishSchedule', () => {
  const event = sampleEvent();
  const now = () => new Date('2026-03-05T10:30:00.250Z');

  it('stores a first schedule with a ledger at SEQUENCE 0, stamped at the whole second', async () => {
    const { store, writes } = fakeStore();
    expect(await publishSchedule({ store, now, mail: noMail }, event, sampleSchedule(), 4)).toBe('ok');
    const [{ publication, expected }] = writes;
    expect(expected).toEqual({ revision: 4, published: 0 });
    expect(publication.storedAt).toBe('2026-03-05T10:30:00.000Z');
    expect(Object.values(publication.ledger.entries).map((e) => [e.sequence, e.status, e.updatedAt])).toEqual(
      sampleSchedule().meetings.map(() => [0, 'confirmed', '2026-03-05T10:30:00.000Z']),
    );
  });

  it('updates the ledger again from the newer one when another schedule was stored meanwhile', async () => {
    const earlier = fakeStore();
    await publishSchedule({ store: earlier.store, now, mail: noMail }, event, sampleSchedule(), 1);
    const rival = (await earlier.store.getPublication(event.event.id))!;
    const { store, writes } = fakeStore(['superseded'], rival);
    expect(await publishSchedule({ store, now, mail: noMail }, event, movedAndDropped(), 1)).toBe('ok');
    expect(writes.map((w) => w.expected.published)).toEqual([0, 1]);
    expect(writes[1].publication.storedAt).toBe('2026-03-05T10:30:01.000Z');
    const cancelled = Object.values(writes[1].publication.ledger.entries).filter((e) => e.status === 'cancelled');
    expect(cancelled.map((e) => e.uid)).toEqual(['aura-2026-evil-mont-blanc@maillage']);
  });

  it('gives up after three lost races with an error that lets the job be retried', async () => {
    const { store, writes } = fakeStore(['superseded', 'superseded', 'superseded']);
    const error = await publishSchedule({ store, now, mail: noMail }, event, sampleSchedule(), 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(AppError);
    expect(writes).toHaveLength(3);
  });

  it.each(['missing', 'conflict'] as const)('returns %s from the store as it is', async (outcome) => {
    const { store } = fakeStore([outcome]);
    expect(await publishSchedule({ store, now, mail: noMail }, event, sampleSchedule(), 1)).toBe(outcome);
  });
});
