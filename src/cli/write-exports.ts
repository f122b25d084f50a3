/**
 * Export files written by `maillage solve --ics` and `maillage export`.
 * From the command line there is no ledger: each calendar is a first
 * publication (SEQUENCE 0, nothing cancelled).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { EventFile, Problem, Schedule } from '../../solver';
import { clusterCalendar, eventCalendar } from '../calendar/ics';
import { scheduleCsv } from '../export/schedule-csv';
import { dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/lang';
import { InputError } from './read-json';

/** The organiser's calendar in the `--ics` directory, next to one file per cluster. */
export const EVENT_CALENDAR_FILE = 'event.ics';

/**
 * File names compared without case, as macOS and Windows do: a cluster must not
 * overwrite `event.ics` or another cluster's agenda.
 */
function nameClashes(event: EventFile, clusterIds: readonly string[]): Problem[] {
  const taken = new Map<string, string>([[EVENT_CALENDAR_FILE.toLowerCase(), EVENT_CALENDAR_FILE]]);
  const problems: Problem[] = [];
  for (const id of clusterIds) {
    const file = `${id}.ics`;
    const clash = taken.get(file.toLowerCase());
    if (clash !== undefined) {
      problems.push({
        path: `clusters[${event.clusters.findIndex((c) => c.id === id)}].id`,
        code: 'duplicate',
        params: { id, file: clash },
        message: `"${id}" would be written to the same file as ${clash}: rename the cluster to export its calendar`,
      });
    }
    taken.set(file.toLowerCase(), file);
  }
  return problems;
}

/**
 * Writes `<dir>/event.ics` (every meeting) and `<dir>/<clusterId>.ics` for every
 * cluster with a meeting, creating `dir` if needed.
 * @param dtstamp - DTSTAMP of every event: when the files are made
 * @param lang - language of the summaries, locations and descriptions
 * @returns the names of the files written, the event's first
 * @throws InputError, before writing anything, when two files would have the same name
 */
export async function writeCalendars(dir: string, event: EventFile, schedule: Schedule, dtstamp: Date, lang: Lang): Promise<string[]> {
  const met = new Set(schedule.meetings.flatMap((m) => m.clusters));
  const clusterIds = event.clusters.map((c) => c.id).filter((id) => met.has(id));
  const clashes = nameClashes(event, clusterIds);
  if (clashes.length > 0) throw new InputError(clashes);
  const files: [string, string][] = [
    [EVENT_CALENDAR_FILE, eventCalendar(event, schedule, null, { dtstamp, lang })],
    ...clusterIds.map((id): [string, string] => [`${id}.ics`, clusterCalendar(event, schedule, null, id, { dtstamp, lang })]),
  ];
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map(([name, body]) => writeFile(join(dir, name), body)));
  return files.map(([name]) => name);
}

/** Writes the schedule's CSV (see `scheduleCsv`) in `lang`, creating the directory if needed. */
export async function writeCsv(file: string, event: EventFile, schedule: Schedule, lang: Lang): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, scheduleCsv(event, schedule, { lang }));
}

/** `Calendriers écrits dans out/ : event.ics et 38 agendas de clusters` */
export function calendarsWritten(dir: string, files: readonly string[], lang: Lang): string {
  return dictionary(lang).cli.calendarsWritten(dir, EVENT_CALENDAR_FILE, files.length - 1);
}
