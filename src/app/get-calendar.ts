/**
 * The iCalendar feeds of the latest schedule: a cluster's agenda (for its
 * calendar app, also by subscription) and the organiser's calendar of the
 * whole event. Their DTSTAMP is when the schedule was stored, so the feed of
 * one schedule is the same bytes at every request.
 */
import { clusterCalendar, eventCalendar } from '../calendar/ics';
import { exportQuerySchema, type ExportFile } from './export-file';
import type { AppDeps } from './ports';
import { parseQuery } from './problems';
import { loadPublished, loadPublishedFor } from './publication';

/** One cluster's meetings, and those of its meetings a re-solve cancelled. `?lang=fr|en` */
export async function getClusterCalendar(
  deps: Pick<AppDeps, 'store'>,
  eventId: string,
  clusterId: string,
  query: unknown,
): Promise<ExportFile> {
  const { lang } = parseQuery(exportQuerySchema, query);
  const { event, schedule, ledger, storedAt } = await loadPublishedFor(deps, eventId, clusterId);
  return {
    body: clusterCalendar(event, schedule, ledger, clusterId, { dtstamp: storedAt, lang }),
    mediaType: 'text/calendar',
    fileName: `${eventId}-${clusterId}.ics`,
    disposition: 'attachment',
    modifiedAt: storedAt,
  };
}

/** Every meeting of the event, and every cancelled one. `?lang=fr|en` */
export async function getEventCalendar(deps: Pick<AppDeps, 'store'>, eventId: string, query: unknown): Promise<ExportFile> {
  const { lang } = parseQuery(exportQuerySchema, query);
  const { event, schedule, ledger, storedAt } = await loadPublished(deps, eventId);
  return {
    body: eventCalendar(event, schedule, ledger, { dtstamp: storedAt, lang }),
    mediaType: 'text/calendar',
    fileName: `${eventId}.ics`,
    disposition: 'attachment',
    modifiedAt: storedAt,
  };
}
