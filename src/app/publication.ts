/**
 * Publishing a schedule: it is stored together with the calendar ledger
 * updated for it, so that subscribed calendars see moved meetings keep their
 * UID with a higher SEQUENCE and dropped ones come back as cancelled, and
 * with the time it was stored, which every export shows as its date.
 */
import type { EventFile, Schedule } from '../../solver';
import { updateLedger, type CalendarLedger } from '../calendar/ledger';
import { AppError, notFound } from './errors';
import { loadEvent } from './event-access';
import type { AppDeps, GuardedWrite } from './ports';

/** Attempts when another schedule of the event is stored between reading the ledger and writing the new one. */
const PUBLISH_ATTEMPTS = 3;

/**
 * `now` in whole seconds (the precision of `Last-Modified` and `DTSTAMP`), and
 * at least a second after the previous publication, so that `If-Modified-Since`
 * can never take a new schedule for the old one.
 */
export function publicationTime(now: Date, previous: string | null): Date {
  const seconds = Math.floor(now.getTime() / 1000) * 1000;
  return new Date(previous === null ? seconds : Math.max(seconds, Date.parse(previous) + 1000));
}

/**
 * Stores `schedule` as the event's latest, with its ledger, if the event is still
 * at `revision` (otherwise `conflict`; `missing` when the event is gone).
 */
export async function publishSchedule(
  deps: Pick<AppDeps, 'store' | 'now'>,
  event: EventFile,
  schedule: Schedule,
  revision: number,
): Promise<GuardedWrite> {
  const eventId = event.event.id;
  for (let attempt = 1; ; attempt++) {
    const previous = await deps.store.getPublication(eventId);
    const storedAt = publicationTime(deps.now(), previous?.storedAt ?? null);
    const ledger = updateLedger(previous?.ledger ?? null, event, schedule, storedAt);
    const saved = await deps.store.saveSchedule(
      eventId,
      { schedule, ledger, storedAt: storedAt.toISOString() },
      { revision, published: previous?.published ?? 0 },
    );
    if (saved !== 'superseded') return saved;
    // Not an AppError: the job is retried later.
    if (attempt === PUBLISH_ATTEMPTS) throw new Error(`other schedules of event "${eventId}" kept being stored meanwhile`);
  }
}

/** The latest schedule of an event with everything its exports need. */
export interface Published {
  /** The organiser's event file, for the names, tables, venue and time zone. */
  event: EventFile;
  schedule: Schedule;
  ledger: CalendarLedger;
  storedAt: Date;
}

/** The event and its latest schedule; 404 before the first solve. */
export async function loadPublished(deps: Pick<AppDeps, 'store'>, eventId: string): Promise<Published> {
  const { event } = await loadEvent(deps, eventId);
  const published = await deps.store.getPublication(eventId);
  if (!published) throw new AppError('not_found', `event "${eventId}" has no schedule yet: no solve has completed`);
  return { event, schedule: published.schedule, ledger: published.ledger, storedAt: new Date(published.storedAt) };
}

/** As {@link loadPublished}, for the exports of one cluster of the event; 404 for an unknown cluster. */
export async function loadPublishedFor(deps: Pick<AppDeps, 'store'>, eventId: string, clusterId: string): Promise<Published> {
  const published = await loadPublished(deps, eventId);
  if (!published.event.clusters.some((c) => c.id === clusterId)) throw notFound(`cluster "${clusterId}" in event "${eventId}"`);
  return published;
}
