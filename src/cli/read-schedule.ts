/**
 * Reading a saved schedule (format v1) with the event it was made for: both
 * files are checked, every problem is reported with its file and path, and the
 * schedule must pass the independent checker against the event.
 */
import { z } from 'zod';
import { checkSchedule, explainSchedule, validateEvent, type EventFile, type MeetingWhy, type Problem, type Schedule, type UnmetCause } from '../../solver';
import { zodProblems } from '../app/problems';
import { InputError, readJsonFile } from './read-json';

const instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with its offset' });
const id = z.string().min(1, { error: 'must not be empty' });
const count = z.number().int({ error: 'must be a whole number' }).min(0, { error: 'must be at least 0' });
const index = z.number().int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' });
/** An object with a `kind`; which kinds and values make sense is the checker's call. */
const kindOf = <T>() =>
  z.custom<T>((v) => typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string', {
    error: 'must be an object with a kind',
  });

/** The shape of a schedule; what it means is left to `checkSchedule`. Unknown fields are ignored. */
export const scheduleSchema = z.object({
  eventId: id,
  rounds: z.array(z.object({ index, start: instant, end: instant })),
  meetings: z.array(
    z.object({
      clusters: z.tuple([id, id], { error: 'must be a pair of two cluster ids' }),
      round: index,
      table: id,
      start: instant,
      end: instant,
      value: z.number(),
      reasons: z.array(z.string()),
      // Absent from files written before explanations were data: recomputed from the event.
      why: z.array(kindOf<MeetingWhy>()).optional(),
      locked: z.boolean().optional(),
    }),
  ),
  unmet: z.array(z.object({ from: id, to: id, reason: z.string(), cause: kindOf<UnmetCause>().optional() })),
  stats: z.object({
    objective: z.enum(['fair', 'total']),
    value: z.number(),
    covered: count,
    upperBound: z.number(),
    optimal: z.boolean(),
    idleRounds: count,
    idle: count.optional(),
    idleLowerBound: count.optional(),
    idleOptimal: z.boolean().optional(),
    rounds: count,
    meetings: count,
    solveMs: z.number(),
  }),
});

/** `event.json: requests[3].to` */
const inFile = (file: string, problems: Problem[]): Problem[] => problems.map((p) => ({ ...p, path: `${file}: ${p.path}` }));

/** Reads both files, reporting what is wrong with either (unreadable, not JSON) at once. */
async function readBoth(eventPath: string, schedulePath: string): Promise<[unknown, unknown]> {
  const [event, schedule] = await Promise.allSettled([readJsonFile(eventPath), readJsonFile(schedulePath)]);
  const problems: Problem[] = [];
  for (const result of [event, schedule]) {
    if (result.status === 'fulfilled') continue;
    if (!(result.reason instanceof InputError)) throw result.reason;
    problems.push(...result.reason.problems);
  }
  if (event.status === 'rejected' || schedule.status === 'rejected') throw new InputError(problems);
  return [event.value, schedule.value];
}

/**
 * The event file and a schedule of it.
 * @throws InputError listing every problem of both files, each prefixed with its file;
 *   then, once both are well formed, every rule the schedule breaks.
 */
export async function readEventAndSchedule(eventPath: string, schedulePath: string): Promise<{ event: EventFile; schedule: Schedule }> {
  const [eventJson, scheduleJson] = await readBoth(eventPath, schedulePath);
  const event = validateEvent(eventJson);
  const schedule = scheduleSchema.safeParse(scheduleJson);
  const problems = [
    ...(event.ok ? [] : inFile(eventPath, event.problems)),
    ...(schedule.success ? [] : inFile(schedulePath, zodProblems(schedule.error))),
  ];
  if (!event.ok || !schedule.success) throw new InputError(problems);
  const read = schedule.data as Schedule;
  const broken = checkSchedule(event.event, read);
  if (broken.length > 0) throw new InputError(inFile(schedulePath, broken));
  const complete = read.meetings.every((m) => m.why !== undefined) && read.unmet.every((u) => u.cause !== undefined);
  return { event: event.event, schedule: complete ? read : explainSchedule(event.event, read) };
}
