import { validateEvent } from '../../solver';
import { UsageError, type Io } from './io';
import { InputError, readJsonFile } from './read-json';

export async function validateCommand(args: string[], io: Io): Promise<void> {
  if (args.length !== 1) throw new UsageError('validate takes exactly one event file');
  const result = validateEvent(await readJsonFile(args[0]));
  if (!result.ok) throw new InputError(result.problems);
  const { event } = result;
  io.out(`${args[0]}: valid event file "${event.event.id}" (${event.clusters.length} clusters, ${(event.requests ?? []).length} requests)`);
}
