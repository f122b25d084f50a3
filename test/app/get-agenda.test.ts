/** A cluster's agenda comes from the published schedule, never from another one stored beside it. */
import { solve, type Schedule } from '../../solver';
import { getAgenda } from '../../src/app/get-agenda';
import type { AppDeps } from '../../src/app/ports';
import { readFixture } from '../support/fixtures';

const event = readFixture('interclustering-2015.json');
const published = solve(event, { seed: 1 }).schedule!;
const other: Schedule = { ...published, meetings: [] };

const depsWith = (publication: Schedule | null): Pick<AppDeps, 'store'> =>
  ({
    store: {
      getEvent: async () => ({ event, revision: 1 }),
      getPublication: async () => (publication ? { schedule: publication, ledger: {}, storedAt: '2015-09-01T10:00:00.000Z', published: 1 } : null),
      // Any other schedule the store may hold (a draft): the agenda must not read it.
      getSchedule: async () => other,
    },
  }) as unknown as Pick<AppDeps, 'store'>;

describe('a cluster’s agenda', () => {
  it('lists the meetings of the published schedule', async () => {
    const id = published.meetings[0].clusters[0];
    const agenda = await getAgenda(depsWith(published), event.event.id, id);
    expect(agenda.meetings.length).toBe(published.meetings.filter((m) => m.clusters.includes(id)).length);
    expect(agenda.meetings.length).toBeGreaterThan(0);
  });

  it('is not found before a schedule is published', async () => {
    await expect(getAgenda(depsWith(null), event.event.id, 'lyonbiopole')).rejects.toMatchObject({ httpStatus: 404 });
  });

  it('is not found for a cluster the event does not have', async () => {
    await expect(getAgenda(depsWith(published), event.event.id, 'nobody')).rejects.toMatchObject({ httpStatus: 404 });
  });
});
