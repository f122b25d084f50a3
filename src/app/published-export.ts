/**
 * Exports of published schedules, rendered once per publication rather than
 * at every request. Subscribed calendars poll their feed often, and a feed of
 * a large event costs a read and parse of the whole schedule and ledger plus
 * a rendering (over 10 ms of CPU on 1,000 clusters), where a cached one costs one
 * small read of the event's {@link PublicationStamp}. A conditional request
 * for a cached export is answered from its ETag, without rendering.
 *
 * The cache is per process: API processes stay interchangeable, since the
 * same stamp gives the same bytes in every process.
 */
import type { ExportFile } from './export-file';
import type { AppDeps, PublicationStamp } from './ports';

const cacheKey = (eventId: string, stamp: PublicationStamp, variant: readonly string[]): string =>
  JSON.stringify([eventId, stamp.incarnation, stamp.revision, stamp.published, stamp.storedAt, ...variant]);

/**
 * An export of the event's published schedule, rendered by `render` at most
 * once per stamp and `variant` (the export, cluster, language: everything
 * else its bytes depend on) in this process. `render` loads the published
 * schedule itself; a draft never comes here.
 */
export async function publishedExport(
  deps: Pick<AppDeps, 'store' | 'exportCache'>,
  eventId: string,
  variant: readonly string[],
  render: () => Promise<ExportFile>,
): Promise<ExportFile> {
  // Read before `render` loads anything: what is kept under a stamp is never older than the stamp.
  const stamp = await deps.store.getPublicationStamp(eventId);
  // No event, or nothing published: `render` throws the 404 that says which.
  if (!stamp) return render();
  return deps.exportCache.get(cacheKey(eventId, stamp, variant), render);
}
