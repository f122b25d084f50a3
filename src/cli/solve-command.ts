import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { validateEvent } from '../../solver';
import { solveSchedule } from '../app/solve-schedule';
import { parseOptions, UsageError, type Io } from './io';
import { InputError, readJsonFile } from './read-json';
import { formatSummary } from './summary';

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
  });
  if (positionals.length !== 1) throw new UsageError('solve takes exactly one event file');
  const timeLimitSeconds = positiveNumber(values['time-limit'], '--time-limit', false);
  const seed = positiveNumber(values.seed, '--seed', true);
  const validation = validateEvent(await readJsonFile(positionals[0]));
  if (!validation.ok) throw new InputError(validation.problems);

  const { schedule } = solveSchedule(validation.event, { timeLimitSeconds, seed });
  const json = `${JSON.stringify(schedule, null, 2)}\n`;
  if (values.out) {
    await mkdir(dirname(values.out), { recursive: true });
    await writeFile(values.out, json);
  }
  if (values.json) io.out(json.trimEnd());
  else io.out(formatSummary(validation.event, schedule) + (values.out ? `\nSchedule written to ${values.out}` : ''));
}
