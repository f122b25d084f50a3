import { z } from 'zod';
import { validateLocks, type LockedMeeting } from '../../solver';
import { AppError, invalid, notFound } from './errors';
import { loadEvent } from './event-access';
import { resolveEvent } from './merge-preferences';
import type { AppDeps } from './ports';
import { parseBody } from './problems';

const id = z.string().min(1, { error: 'must not be empty' });

const locksSchema = z.strictObject({
  meetings: z.array(
    z.strictObject({
      clusters: z.tuple([id, id], { error: 'must be a pair of two cluster ids' }),
      round: z.number().int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }),
      table: id,
    }),
  ),
});

/** The organiser's locked meetings, fixed in every later solve. */
export async function getLocks(deps: Pick<AppDeps, 'store'>, eventId: string): Promise<{ meetings: LockedMeeting[] }> {
  await loadEvent(deps, eventId);
  return { meetings: await deps.store.getLocks(eventId) };
}

/**
 * Replaces the locked meetings (an empty list unlocks all). Each must name
 * two clusters of the event, an existing round and table, and fit their
 * availability, caps and wishes (a declined pair cannot be locked).
 */
export async function setLocks(deps: Pick<AppDeps, 'store'>, eventId: string, input: unknown): Promise<{ meetings: LockedMeeting[] }> {
  const { meetings } = parseBody(locksSchema, input, 'locks');
  const { event, revision } = await loadEvent(deps, eventId);
  const resolved = resolveEvent(event, await deps.store.getAllPreferences(eventId), { declinesAsNeverMeet: true });
  if (!resolved.ok) throw new AppError('conflict', 'the event has problems to fix first', resolved.problems);
  const problems = validateLocks(resolved.event, meetings).map((p) => ({ ...p, path: p.path.replace(/^locks/, 'meetings') }));
  if (problems.length > 0) throw invalid('invalid locks', problems);
  const written = await deps.store.setLocks(eventId, meetings, revision);
  if (written === 'missing') throw notFound(`event "${eventId}"`);
  if (written === 'conflict') throw new AppError('conflict', 'the event changed meanwhile: try again');
  return { meetings };
}
