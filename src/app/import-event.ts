/**
 * Creating an event from a spreadsheet of clusters and the event's settings
 * (`POST /api/events/import`): they make an event file v1, which is created
 * as by `POST /api/events`. Every problem names its cell
 * (`csv.rows[7].offers`, 7 being the row's line in the file) or its setting
 * (`settings.sessions[0].end`), all at once.
 */
import { z } from 'zod';
import { validateEvent } from '../../solver';
import { readClusterSheet } from './cluster-sheet';
import { createEvent, type CreatedEvent } from './create-event';
import { AppError, invalid } from './errors';
import type { AppDeps } from './ports';
import { parseBody } from './problems';
import { sheetProblems } from './sheet-problems';

/** The JSON form, which the console sends. `settings` is the `event` part of an event file, checked with it. */
const importBodySchema = z.strictObject({
  csv: z.string(),
  settings: z.unknown(),
});

/** Query fields that are numbers in the settings (a query only carries text). */
const NUMBER_FIELDS = new Set(['meetingMinutes', 'changeoverMinutes', 'tables', 'maxMeetingsPerCluster', 'competenceWeight']);
/** Query fields of the one session of the event. */
const SESSION_FIELDS = new Set(['date', 'start', 'end']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `"20"` → 20; anything else stays as it came, for the event's validation to report. */
const asNumber = (value: unknown): unknown => (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value);

/**
 * The settings of a CSV body, from its query: `settings=<JSON>`, or single
 * fields (`id`, `name`, `timezone`, `date`, `start`, `end`, `meetingMinutes`…)
 * for an event of one session. An empty field is an absent one. Other fields
 * go into the settings as they are, where the event's schema reports them.
 */
export function settingsFromQuery(query: unknown): unknown {
  const fields = Object.entries(isRecord(query) ? query : {}).filter(([, value]) => value !== '');
  const json = fields.find(([key]) => key === 'settings');
  if (json) {
    const others = fields.filter(([key]) => key !== 'settings');
    if (others.length > 0) {
      throw new AppError(
        'bad_request',
        'give the settings either as settings=<JSON> or as single query fields, not both',
        others.map(([key]) => ({ path: key, code: 'unknown_field', message: 'not allowed with settings=', params: { field: key } })),
      );
    }
    if (typeof json[1] !== 'string') throw new AppError('bad_request', 'settings is given more than once', [{ path: 'settings', code: 'invalid_type', message: 'given more than once' }]);
    try {
      return JSON.parse(json[1]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'cannot be parsed';
      throw new AppError('invalid_json', `settings is not valid JSON: ${reason}`, [{ path: 'settings', code: 'invalid_json', message: reason }]);
    }
  }
  const settings: Record<string, unknown> = {};
  const session: Record<string, unknown> = {};
  for (const [key, value] of fields) {
    if (SESSION_FIELDS.has(key)) session[key] = value;
    else settings[key] = NUMBER_FIELDS.has(key) ? asNumber(value) : value;
  }
  if (Object.keys(session).length > 0) settings.sessions = [session];
  return settings;
}

async function importSheet(deps: Pick<AppDeps, 'store' | 'config'>, csv: string, settings: unknown, organiser: string): Promise<CreatedEvent> {
  const sheet = readClusterSheet(csv);
  const file = { event: settings, clusters: sheet.rows.map((row) => row.cluster) };
  const checked = validateEvent(file);
  const problems = sheetProblems(sheet, checked.ok ? [] : checked.problems);
  if (problems.length > 0) throw invalid('invalid cluster sheet or settings', problems);
  return createEvent(deps, file, organiser);
}

/** The JSON form `{ csv, settings }`. 201 as `createEvent`; 422 with each cell and setting at fault; 409 if the id is taken. */
export async function importEvent(deps: Pick<AppDeps, 'store' | 'config'>, body: unknown, organiser: string): Promise<CreatedEvent> {
  const { csv, settings } = parseBody(importBodySchema, body, 'import');
  return importSheet(deps, csv, settings, organiser);
}

/** A CSV body with the settings in its query (see {@link settingsFromQuery}); otherwise as {@link importEvent}. */
export async function importEventCsv(
  deps: Pick<AppDeps, 'store' | 'config'>,
  csv: string,
  query: unknown,
  organiser: string,
): Promise<CreatedEvent> {
  return importSheet(deps, csv, settingsFromQuery(query), organiser);
}
