/**
 * The settings form's values (strings, as fields hold them) and the event's
 * settings, both ways. Reading checks only what the form alone can tell (a
 * required field left empty, a number that is not whole); the server checks
 * the rest. Free of the DOM.
 */
import type { EventSettings, Objective, Problem, TimeWindow } from '../../../solver/model/types';

export interface SettingsValues {
  id: string;
  name: string;
  timezone: string;
  location: string;
  sessions: TimeWindow[];
  meetingMinutes: string;
  changeoverMinutes: string;
  /** Empty: unlimited. */
  tables: string;
  cap: string;
  objective: Objective;
}

/** A form problem, with the path of the field (as in the settings: `sessions[0].end`). */
export type FormProblem = Pick<Problem, 'path' | 'code' | 'params'>;

export const DEFAULT_SETTINGS: SettingsValues = {
  id: '',
  name: '',
  timezone: 'Europe/Paris',
  location: '',
  sessions: [{ date: '', start: '14:00', end: '17:00' }],
  meetingMinutes: '20',
  changeoverMinutes: '5',
  tables: '',
  cap: '3',
  objective: 'fair',
};

export function valuesOf(settings: EventSettings): SettingsValues {
  const tables = settings.tables;
  return {
    id: settings.id,
    name: settings.name,
    timezone: settings.timezone,
    location: settings.location ?? '',
    sessions: settings.sessions.map((s) => ({ ...s })),
    meetingMinutes: String(settings.meetingMinutes),
    changeoverMinutes: settings.changeoverMinutes === undefined ? '' : String(settings.changeoverMinutes),
    tables: tables === undefined ? '' : String(Array.isArray(tables) ? tables.length : tables),
    cap: settings.maxMeetingsPerCluster === undefined ? '' : String(settings.maxMeetingsPerCluster),
    objective: settings.objective ?? 'fair',
  };
}

/**
 * The settings of `values`, on top of `kept` (the event's current settings,
 * whose fields the form does not show stay as they are: the competence
 * weight, and named tables as long as their number is unchanged).
 */
export function settingsOf(values: SettingsValues, kept?: EventSettings): { settings: EventSettings; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const required = (path: string, value: string) => {
    if (value.trim() === '') problems.push({ path, code: 'empty' });
    return value.trim();
  };
  const whole = (path: string, value: string, need: boolean): number | undefined => {
    if (value.trim() === '') {
      if (need) problems.push({ path, code: 'empty' });
      return undefined;
    }
    const n = Number(value);
    if (!Number.isInteger(n)) problems.push({ path, code: 'not_integer' });
    return n;
  };

  const settings: EventSettings = {
    ...(kept ?? {}),
    id: required('id', values.id),
    name: required('name', values.name),
    timezone: required('timezone', values.timezone),
    sessions: values.sessions.map((s, i) => ({
      date: required(`sessions[${i}].date`, s.date),
      start: required(`sessions[${i}].start`, s.start),
      end: required(`sessions[${i}].end`, s.end),
    })),
    meetingMinutes: whole('meetingMinutes', values.meetingMinutes, true) ?? 0,
    objective: values.objective,
  };
  if (values.sessions.length === 0) problems.push({ path: 'sessions', code: 'too_small', params: { min: 1 } });
  const optional = {
    location: values.location.trim() || undefined,
    changeoverMinutes: whole('changeoverMinutes', values.changeoverMinutes, false),
    maxMeetingsPerCluster: whole('maxMeetingsPerCluster', values.cap, false),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value === undefined) delete (settings as unknown as Record<string, unknown>)[key];
    else (settings as unknown as Record<string, unknown>)[key] = value;
  }
  const tables = whole('tables', values.tables, false);
  const named = Array.isArray(kept?.tables) && kept.tables.length === tables;
  if (tables === undefined) delete settings.tables;
  else if (!named) settings.tables = tables;
  return { settings, problems };
}
