/**
 * The iCalendar feeds of the published schedule: a cluster's agenda (for its
 * calendar app, also by subscription) and the organiser's calendar of the
 * whole event. Their DTSTAMP is when the schedule was stored, so the feed of
 * one schedule is the same bytes at every request: the published ones are
 * rendered once per publication (see `published-export.ts`).
 */
import { clusterCalendar, eventCalendar } from '../calendar/ics';
import { exportQuerySchema, organiserExportQuerySchema, type ExportFile } from './export-file';
import type { AppDeps } from './ports';
import { parseQuery } from './problems';
import { loadPublishedFor, loadVersion } from './publication';
import { publishedExport } from './published-export';

/** One cluster's meetings, and those of its meetings a re-solve cancelled. `?lang=fr|en` */
export async function getClusterCalendar(
  deps: Pick<AppDeps, 'store' | 'exportCache'>,
  eventId: string,
  clusterId: string,
  query: unknown,
): Promise<ExportFile> {
  const { lang } = parseQuery(exportQuerySchema, query);
  return publishedExport(deps, eventId, ['agenda.ics', clusterId, lang], async () => {
    const { event, schedule, ledger, storedAt } = await loadPublishedFor(deps, eventId, clusterId);
    return {
      body: clusterCalendar(event, schedule, ledger, clusterId, { dtstamp: storedAt, lang }),
      mediaType: 'text/calendar',
      fileName: `${eventId}-${clusterId}.ics`,
      disposition: 'attachment',
      modifiedAt: storedAt,
    };
  });
}

/** Every meeting of the event, and every cancelled one. `?lang=fr|en`, `?version=draft` for the draft. */
export async function getEventCalendar(deps: Pick<AppDeps, 'store' | 'exportCache'>, eventId: string, query: unknown): Promise<ExportFile> {
  const { lang, version } = parseQuery(organiserExportQuerySchema, query);
  const render = async (): Promise<ExportFile> => {
    const { event, schedule, ledger, storedAt } = await loadVersion(deps, eventId, version);
    return {
      body: eventCalendar(event, schedule, ledger, { dtstamp: storedAt, lang }),
      mediaType: 'text/calendar',
      fileName: `${eventId}.ics`,
      disposition: 'attachment',
      modifiedAt: storedAt,
    };
  };
  // A draft has an identity of its own, and is rendered at each request.
  return version === 'published' ? publishedExport(deps, eventId, ['calendar.ics', lang], render) : render();
}
