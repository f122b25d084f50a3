import { checkSchedule } from '../../solver';
import { AppError, notFound } from './errors';
import type { AppDeps } from './ports';
import { placedSchedule } from './placed-schedule';
import { publishSchedule } from './publication';
import { loadSolverInput, onTheDay } from './solver-input';

export interface PublishedDraft {
  /** How many schedules of the event have been published, this one included. */
  published: number;
  /** ISO 8601 UTC: the date of every export of this schedule. */
  storedAt: string;
  meetings: number;
}

/**
 * Publishes the draft: clusters, their pages and calendars switch to it in one
 * step, with the calendar ledger updated. The draft is checked against the
 * event as it stands (wishes and locks may have changed since it was made):
 * rebuilt from its placements when only its values or lock marks are out of
 * date, refused (409) when a meeting no longer fits.
 */
export async function publishDraft(deps: Pick<AppDeps, 'store' | 'life' | 'mail' | 'now'>, eventId: string): Promise<PublishedDraft> {
  const input = await loadSolverInput(deps, eventId);
  const draft = await deps.store.getDraft(eventId);
  if (!draft) throw notFound(`draft schedule of event "${eventId}"`);
  let schedule = draft.schedule;
  const day = onTheDay(input, schedule.meetings);
  if (checkSchedule(day.event, schedule, day.locks).length > 0) {
    const rebuilt = placedSchedule(day.event, schedule.meetings, day.locks, schedule);
    if (!rebuilt.ok) throw new AppError('conflict', 'the draft no longer fits the event: build the schedule again or edit it', rebuilt.problems);
    schedule = rebuilt.schedule;
  }
  const saved = await publishSchedule(deps, input.event, schedule, input.revision, draft.version);
  if (saved === 'missing') throw notFound(`event "${eventId}"`);
  if (saved !== 'ok') throw new AppError('conflict', 'the event or its draft changed meanwhile: review it and publish again');
  const publication = await deps.store.getPublication(eventId);
  return { published: publication?.published ?? 1, storedAt: publication?.storedAt ?? '', meetings: schedule.meetings.length };
}
