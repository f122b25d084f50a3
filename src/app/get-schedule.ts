import type { EventFile, Schedule } from '../../solver';
import { notFound } from './errors';
import { loadEvent } from './event-access';
import type { AppDeps } from './ports';

/** The event file and its latest complete schedule; 404 before the first solve. */
export async function loadSchedule(deps: Pick<AppDeps, 'store'>, eventId: string): Promise<{ event: EventFile; schedule: Schedule }> {
  const { event } = await loadEvent(deps, eventId);
  const schedule = await deps.store.getSchedule(eventId);
  if (!schedule) throw notFound(`schedule of event "${eventId}" (no solve has completed yet)`);
  return { event, schedule };
}

/** The latest complete schedule of the event (format v1). */
export async function getSchedule(deps: Pick<AppDeps, 'store'>, eventId: string): Promise<Schedule> {
  return (await loadSchedule(deps, eventId)).schedule;
}
