/** `maillage export <event.json> <schedule.json> (--ics <dir> | --csv <file>) [--lang fr|en]`: calendars or CSV of a saved schedule. */
import { dictionary } from '../i18n/dictionary';
import { parseOptions, UsageError, type Io } from './io';
import { LANG_OPTION, langOption } from './lang-option';
import { readEventAndSchedule } from './read-schedule';
import { calendarsWritten, writeCalendars, writeCsv } from './write-exports';

export async function exportCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseOptions(args, { ics: { type: 'string' }, csv: { type: 'string' }, ...LANG_OPTION });
  if (positionals.length !== 2) throw new UsageError('export takes an event file and a schedule file');
  if ((values.ics === undefined) === (values.csv === undefined)) throw new UsageError('export needs exactly one of --ics <dir> or --csv <file>');
  if (values.ics === '' || values.csv === '') throw new UsageError(`--${values.ics === '' ? 'ics' : 'csv'} needs a path`);
  const lang = langOption(values.lang);
  const [eventPath, schedulePath] = positionals;
  const { event, schedule } = await readEventAndSchedule(eventPath, schedulePath);
  if (values.ics !== undefined) {
    io.out(calendarsWritten(values.ics, await writeCalendars(values.ics, event, schedule, new Date(), lang), lang));
  } else if (values.csv !== undefined) {
    await writeCsv(values.csv, event, schedule, lang);
    io.out(dictionary(lang).cli.csvWritten(values.csv, schedule.meetings.length));
  }
}
