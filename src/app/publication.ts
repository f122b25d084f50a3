/**
 * Publishing a schedule: it is stored together with the calendar ledger
 * updated for it, so that subscribed calendars see moved meetings keep their
 * UID with a higher SEQUENCE and dropped ones come back as cancelled, and
 * with the time it was stored, which every export shows as its date.
 */
import { compareSchedules, withChanges, type EventFile, type MeetingChange, type Schedule } from '../../solver';
import { updateLedger, type CalendarLedger } from '../calendar/ledger';
import { AppError, notFound } from './errors';
import { loadEvent } from './event-access';
import type { AppDeps, GuardedWrite, MailJobData, PublishWrite } from './ports';
import { isReachable } from './request-mail';

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
 * The notices of a publication: one email to each reachable cluster whose
 * agenda changed (a meeting moved, new or cancelled), with its changes;
 * none to the others.
 */
export function noticeJobs(event: EventFile, previous: Schedule | null, schedule: Schedule, published: number): MailJobData[] {
  const byCluster = new Map<string, MeetingChange[]>();
  for (const change of compareSchedules(previous?.meetings ?? [], schedule.meetings).changes) {
    for (const id of change.clusters) byCluster.set(id, [...(byCluster.get(id) ?? []), change]);
  }
  return event.clusters
    .filter((c) => byCluster.has(c.id) && isReachable(c))
    .map((c) => ({ eventId: event.event.id, clusterId: c.id, kind: 'notice', batch: `publication-${published}`, changes: byCluster.get(c.id)! }));
}

/**
 * Publishes `schedule`, with its ledger, if the event is still at `revision`
 * (otherwise `conflict`; `missing` when the event is gone) and, when
 * `draftVersion` is given, the draft is still that one (otherwise `draft_changed`).
 * The draft is dropped: what is published is the latest. Its `stats.changes`
 * count against the previous publication, and each cluster whose agenda
 * changed gets a notice by email.
 */
export async function publishSchedule(
  deps: Pick<AppDeps, 'store' | 'mail' | 'now'>,
  event: EventFile,
  schedule: Schedule,
  revision: number,
  draftVersion?: number,
): Promise<Exclude<PublishWrite, 'superseded'>> {
  const eventId = event.event.id;
  for (let attempt = 1; ; attempt++) {
    const previous = await deps.store.getPublication(eventId);
    const storedAt = publicationTime(deps.now(), previous?.storedAt ?? null);
    const stamped = withChanges(schedule, previous?.schedule ?? null);
    const ledger = updateLedger(previous?.ledger ?? null, event, stamped, storedAt);
    const published = previous?.published ?? 0;
    const saved = await deps.store.saveSchedule(
      eventId,
      { schedule: stamped, ledger, storedAt: storedAt.toISOString() },
      { revision, published, ...(draftVersion !== undefined ? { draftVersion } : {}) },
    );
    if (saved === 'ok') await deps.mail.enqueue(noticeJobs(event, previous?.schedule ?? null, stamped, published + 1));
    if (saved !== 'superseded') return saved;
    // Not an AppError: the job is retried later.
    if (attempt === PUBLISH_ATTEMPTS) throw new Error(`other schedules of event "${eventId}" kept being stored meanwhile`);
  }
}

/** Keeps `schedule` as the event's draft, if the event is still at `revision`, with `stats.changes` against the published schedule. */
export async function saveDraftSchedule(
  deps: Pick<AppDeps, 'store' | 'now'>,
  eventId: string,
  schedule: Schedule,
  revision: number,
): Promise<GuardedWrite> {
  const published = await deps.store.getSchedule(eventId);
  return deps.store.saveDraft(eventId, withChanges(schedule, published), deps.now().toISOString(), revision);
}

/** The published schedule of an event with everything its exports need. */
export interface Published {
  /** The organiser's event file, for the names, tables, venue and time zone. */
  event: EventFile;
  schedule: Schedule;
  ledger: CalendarLedger;
  storedAt: Date;
}

/** The event and its published schedule; 404 before the first publication. */
export async function loadPublished(deps: Pick<AppDeps, 'store'>, eventId: string): Promise<Published> {
  const { event } = await loadEvent(deps, eventId);
  const published = await deps.store.getPublication(eventId);
  if (!published) throw new AppError('not_found', `event "${eventId}" has no published schedule yet`);
  return { event, schedule: published.schedule, ledger: published.ledger, storedAt: new Date(published.storedAt) };
}

/**
 * The event and its draft as its exports would be once published: the ledger
 * is the published one updated for the draft (not stored). 404 without a draft.
 */
export async function loadDraft(deps: Pick<AppDeps, 'store'>, eventId: string): Promise<Published> {
  const { event } = await loadEvent(deps, eventId);
  const [draft, published] = await Promise.all([deps.store.getDraft(eventId), deps.store.getPublication(eventId)]);
  if (!draft) throw new AppError('not_found', `event "${eventId}" has no draft schedule`);
  const storedAt = publicationTime(new Date(draft.savedAt), published?.storedAt ?? null);
  return { event, schedule: draft.schedule, ledger: updateLedger(published?.ledger ?? null, event, draft.schedule, storedAt), storedAt };
}

/** As {@link loadPublished}, for the exports of one cluster of the event; 404 for an unknown cluster. */
export async function loadPublishedFor(deps: Pick<AppDeps, 'store'>, eventId: string, clusterId: string): Promise<Published> {
  const published = await loadPublished(deps, eventId);
  if (!published.event.clusters.some((c) => c.id === clusterId)) throw notFound(`cluster "${clusterId}" in event "${eventId}"`);
  return published;
}

/** The published schedule, or the draft as it would be published. */
export function loadVersion(deps: Pick<AppDeps, 'store'>, eventId: string, version: 'draft' | 'published'): Promise<Published> {
  return version === 'draft' ? loadDraft(deps, eventId) : loadPublished(deps, eventId);
}
