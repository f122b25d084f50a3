/** `maillage export <event.json> <schedule.json> (--ics <dir> | --csv <file>)`: calendars or CSV of a saved schedule. */
import { parseOptions, UsageError, type Io } from './io';
import { readEventAndSchedule } from './read-schedule';
import { calendarsWritten, writeCalendars, writeCsv } from './write-exports';

export async function exportCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseOptions(args, { ics: { type: 'string' }, csv: { type: 'string' } });
  if (positionals.length !== 2) throw new UsageError('export takes an event file and a schedule file');
  if ((values.ics === undefined) === (values.csv === undefined)) throw new UsageError('export needs exactly one of --ics <dir> or --csv <file>');
  if (values.ics === '' || values.csv === '') throw new UsageError(`--${values.ics === '' ? 'ics' : 'csv'} needs a path`);
  const [eventPath, schedulePath] = positionals;
  const { event, schedule } = await readEventAndSchedule(eventPath, schedulePath);
  if (values.ics !== undefined) {
    io.out(calendarsWritten(values.ics, await writeCalendars(values.ics, event, schedule, new Date())));
  } else if (values.csv !== undefined) {
    await writeCsv(values.csv, event, schedule);
    io.out(`CSV written to ${values.csv} (${schedule.meetings.length} meetings)`);
  }
}
