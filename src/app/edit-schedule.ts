import { z } from 'zod';
import type { Schedule } from '../../solver';
import { AppError, invalid, notFound } from './errors';
import { placedSchedule } from './placed-schedule';
import type { AppDeps } from './ports';
import { parseBody } from './problems';
import { saveDraftSchedule } from './publication';
import { loadSolverInput, onTheDay } from './solver-input';

const id = z.string().min(1, { error: 'must not be empty' });

/**
 * A schedule v1 edited by hand: only where each meeting takes place is read;
 * the rest (times, values, reasons, unmet, stats) is the server's to work out.
 */
const editedScheduleSchema = z.object({
  eventId: z.string().optional(),
  meetings: z.array(
    z.object({
      clusters: z.tuple([id, id], { error: 'must be a pair of two cluster ids' }),
      round: z.number().int({ error: 'must be a whole number' }),
      table: id,
    }),
  ),
});

/**
 * Stores the organiser's edit of the schedule (meetings moved, removed or
 * added) as the new draft, if the independent checker accepts it: 422 with one
 * located problem per broken rule otherwise, the paths naming the meetings as
 * sent (`meetings[3].round`).
 */
export async function editSchedule(deps: Pick<AppDeps, 'store' | 'life' | 'now'>, eventId: string, input: unknown): Promise<Schedule> {
  const edited = parseBody(editedScheduleSchema, input, 'schedule');
  if (edited.eventId !== undefined && edited.eventId !== eventId) {
    throw invalid('invalid schedule', [{ path: 'eventId', code: 'mismatch', message: `must be "${eventId}", the id in the URL`, params: { expected: eventId } }]);
  }
  const current = await loadSolverInput(deps, eventId);
  const draft = await deps.store.getDraft(eventId);
  const base = draft?.schedule ?? current.previous;
  const day = onTheDay(current, edited.meetings);
  const result = placedSchedule(day.event, edited.meetings, day.locks, base);
  if (!result.ok) throw invalid('the edited schedule breaks the rules of the event', result.problems);
  const saved = await saveDraftSchedule(deps, eventId, result.schedule, current.revision);
  if (saved === 'missing') throw notFound(`event "${eventId}"`);
  if (saved === 'conflict') throw new AppError('conflict', 'the event or its locks changed meanwhile: reload and edit again');
  return result.schedule;
}
