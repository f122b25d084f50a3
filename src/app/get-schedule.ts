/**
 * The organiser's view of an event's schedules: the draft being reviewed,
 * the published one that clusters see, or the latest of the two.
 */
import { z } from 'zod';
import type { EventFile, Schedule } from '../../solver';
import { notFound } from './errors';
import { loadEvent } from './event-access';
import type { AppDeps } from './ports';
import { parseQuery } from './problems';

export type ScheduleVersion = 'draft' | 'published';

/** `?version=draft|published`; absent: the latest (the draft when there is one). */
export const versionQuerySchema = z.object({
  version: z.enum(['draft', 'published'], { error: 'must be "draft" or "published"' }).optional(),
});

/** The event file and the schedule of `version` (the latest when absent); 404 when there is none. */
export async function loadSchedule(
  deps: Pick<AppDeps, 'store'>,
  eventId: string,
  version?: ScheduleVersion,
): Promise<{ event: EventFile; schedule: Schedule; version: ScheduleVersion }> {
  const { event } = await loadEvent(deps, eventId);
  if (version !== 'published') {
    const draft = await deps.store.getDraft(eventId);
    if (draft) return { event, schedule: draft.schedule, version: 'draft' };
    if (version === 'draft') throw notFound(`draft schedule of event "${eventId}"`);
  }
  const schedule = await deps.store.getSchedule(eventId);
  if (!schedule) throw notFound(`schedule of event "${eventId}" (none has been published yet)`);
  return { event, schedule, version: 'published' };
}

/** A schedule of the event (format v1): `?version=draft|published`, the latest by default. */
export async function getSchedule(deps: Pick<AppDeps, 'store'>, eventId: string, query: unknown = {}): Promise<Schedule> {
  const { version } = parseQuery(versionQuerySchema, query);
  return (await loadSchedule(deps, eventId, version)).schedule;
}
