import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { validateEvent } from '../../solver';
import { solveSchedule } from '../app/solve-schedule';
import { runSolveInThread } from '../jobs/thread-runner';
import { dictionary } from '../i18n/dictionary';
import { parseOptions, UsageError, type Io } from './io';
import { LANG_OPTION, langOption } from './lang-option';
import { InputError, readJsonFile } from './read-json';
import { formatSummary } from './summary';
import { calendarsWritten, writeCalendars } from './write-exports';

function positiveNumber(text: string | undefined, flag: string, integer: boolean): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)) || (!integer && n === 0)) {
    throw new UsageError(`${flag}: ${JSON.stringify(text)} is not a valid ${integer ? 'whole number' : 'number of seconds'}`);
  }
  return n;
}

export async function solveCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string' },
    json: { type: 'boolean' },
    'time-limit': { type: 'string' },
    seed: { type: 'string' },
    ics: { type: 'string' },
    ...LANG_OPTION,
  });
  if (positionals.length !== 1) throw new UsageError('solve takes exactly one event file');
  if (values.ics === '') throw new UsageError('--ics needs a directory');
  const timeLimitSeconds = positiveNumber(values['time-limit'], '--time-limit', false);
  const seed = positiveNumber(values.seed, '--seed', true);
  const lang = langOption(values.lang);
  const validation = validateEvent(await readJsonFile(positionals[0]));
  if (!validation.ok) throw new InputError(validation.problems);

  const { schedule } = await solveSchedule(runSolveInThread, validation.event, { timeLimitSeconds, seed });
  const json = `${JSON.stringify(schedule, null, 2)}\n`;
  const written: string[] = [];
  if (values.out) {
    await mkdir(dirname(values.out), { recursive: true });
    await writeFile(values.out, json);
    written.push(dictionary(lang).cli.scheduleWritten(values.out));
  }
  if (values.ics !== undefined) {
    written.push(calendarsWritten(values.ics, await writeCalendars(values.ics, validation.event, schedule, new Date(), lang), lang));
  }
  if (values.json) io.out(json.trimEnd());
  else io.out([formatSummary(validation.event, schedule, lang), ...written].join('\n'));
}
