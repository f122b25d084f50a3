/**
 * The organiser's CSV of the published schedule (or of the draft), and the printable pages: the
 * event's grid, the clusters' agendas, a cluster's own agenda.
 */
import { z } from 'zod';
import type { EventFile, Problem } from '../../solver';
import type { Lang } from '../i18n/lang';
import { clusterAgendaHtml, clusterAgendasHtml, eventGridHtml } from '../export/print-html';
import { scheduleCsv } from '../export/schedule-csv';
import { AppError } from './errors';
import { exportQuerySchema, organiserExportQuerySchema, type ExportFile } from './export-file';
import type { AppDeps } from './ports';
import { parseQuery } from './problems';
import { loadPublishedFor, loadVersion } from './publication';
import { publishedExport } from './published-export';

const printQuerySchema = organiserExportQuerySchema.extend({
  clusters: z.string().min(1, { error: 'must be "all" or cluster ids separated by commas' }).optional(),
});

/**
 * One row per meeting; semicolons and a BOM for French Excel (see `scheduleCsv`).
 * `?lang=fr|en` for the header, `?version=draft` for the draft.
 */
export async function getScheduleCsv(deps: Pick<AppDeps, 'store' | 'exportCache'>, eventId: string, query: unknown): Promise<ExportFile> {
  const { lang, version } = parseQuery(organiserExportQuerySchema, query);
  const render = async (): Promise<ExportFile> => {
    const { event, schedule, storedAt } = await loadVersion(deps, eventId, version);
    return {
      body: scheduleCsv(event, schedule, { lang }),
      mediaType: 'text/csv',
      fileName: `${eventId}.csv`,
      disposition: 'attachment',
      modifiedAt: storedAt,
    };
  };
  // A draft has an identity of its own, and is rendered at each request.
  return version === 'published' ? publishedExport(deps, eventId, ['schedule.csv', lang], render) : render();
}

/** The same page in the other language: the query as it came, with `lang` switched. */
function otherLanguageHref(query: unknown, lang: Lang): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (key !== 'lang' && typeof value === 'string') params.append(key, value);
  }
  params.set('lang', lang === 'en' ? 'fr' : 'en');
  return `?${params}`;
}

/** `all`, or ids separated by commas, each a cluster of the event (400 otherwise). */
function clusterSelection(event: EventFile, clusters: string): string[] {
  if (clusters === 'all') return event.clusters.map((c) => c.id);
  const ids = [...new Set(clusters.split(',').map((id) => id.trim()))];
  const known = new Set(event.clusters.map((c) => c.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      'bad_request',
      'invalid query parameters',
      unknown.map((id): Problem => ({ path: 'clusters', code: 'unknown_cluster', message: `unknown cluster "${id}"`, params: { cluster: id } })),
    );
  }
  return ids;
}

/**
 * The organiser's printable page: the grid of rounds × tables, or with
 * `?clusters=all` (or `?clusters=a,b`) the agendas of those clusters, one A4
 * page each. `?lang=fr|en`, `?version=draft` for the draft.
 */
export async function getEventPrint(deps: Pick<AppDeps, 'store'>, eventId: string, query: unknown): Promise<ExportFile> {
  const { lang, clusters, version } = parseQuery(printQuerySchema, query);
  const { event, schedule, storedAt } = await loadVersion(deps, eventId, version);
  const options = { lang, switchLangHref: otherLanguageHref(query, lang) };
  const page =
    clusters === undefined
      ? { body: eventGridHtml(event, schedule, options), fileName: `${eventId}-grid.html` }
      : {
          body: clusterAgendasHtml(event, schedule, { ...options, clusterIds: clusterSelection(event, clusters) }),
          fileName: `${eventId}-agendas.html`,
        };
  return { ...page, mediaType: 'text/html', disposition: 'inline', modifiedAt: storedAt };
}

/**
 * A cluster's own printable agenda. `?lang=fr|en`. Rendered at each request,
 * unlike the feeds: its language link repeats the query, token included.
 */
export async function getClusterPrint(
  deps: Pick<AppDeps, 'store'>,
  eventId: string,
  clusterId: string,
  query: unknown,
): Promise<ExportFile> {
  const { lang } = parseQuery(exportQuerySchema, query);
  const { event, schedule, storedAt } = await loadPublishedFor(deps, eventId, clusterId);
  return {
    body: clusterAgendaHtml(event, schedule, clusterId, { lang, switchLangHref: otherLanguageHref(query, lang) }),
    mediaType: 'text/html',
    fileName: `${eventId}-${clusterId}.html`,
    disposition: 'inline',
    modifiedAt: storedAt,
  };
}
