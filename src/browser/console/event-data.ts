/**
 * Everything the event's page shows, read from the API at once: the event
 * file, the clusters with their links, the latest schedule, its changes
 * against the published one, and the locks.
 */
import type { EventFile, LockedMeeting, Schedule } from '../../../solver/model/types';
import type { Api } from '../api-client';
import type { ClusterList, ClusterStatus, LockList, MailMode, ScheduleChanges } from './console-api-types';

export interface EventData {
  eventId: string;
  file: EventFile;
  clusters: ClusterStatus[];
  /** Where the server sends emails (absent from a server that does not say). */
  mailMode?: MailMode;
  /** The latest schedule: the draft if there is one, else the published one; null before the first build. */
  schedule: Schedule | null;
  changes: ScheduleChanges;
  locks: LockedMeeting[];
}

export const NO_CHANGES: ScheduleChanges = { hasDraft: false, hasPublished: false, counts: { kept: 0, moved: 0, added: 0, cancelled: 0 }, changes: [] };

/** The event's data, or the status of the answer that failed (the event itself, or one of its parts). */
export async function loadEventData(api: Api, eventId: string): Promise<{ data: EventData } | { status: number }> {
  const path = `/api/events/${encodeURIComponent(eventId)}`;
  const [file, clusters, changes, locks] = await Promise.all([
    api<EventFile>(path),
    api<ClusterList>(`${path}/clusters`),
    api<ScheduleChanges>(`${path}/schedule/changes`),
    api<LockList>(`${path}/locks`),
  ]);
  if (file.status !== 200 || !file.body) return { status: file.status };
  if (clusters.status !== 200 || !clusters.body) return { status: clusters.status };
  if (changes.status !== 200 || !changes.body) return { status: changes.status };
  const knownChanges = changes.body;
  // Asked only when there is one, so that an event without a schedule makes no failed request.
  const schedule = knownChanges.hasDraft || knownChanges.hasPublished ? await api<Schedule>(`${path}/schedule`) : null;
  if (schedule && schedule.status !== 200 && schedule.status !== 404) return { status: schedule.status };
  return {
    data: {
      eventId,
      file: file.body,
      clusters: clusters.body.clusters,
      ...(clusters.body.mailMode ? { mailMode: clusters.body.mailMode } : {}),
      schedule: schedule?.status === 200 ? schedule.body : null,
      changes: knownChanges,
      locks: locks.status === 200 && locks.body ? locks.body.meetings : [],
    },
  };
}

/** Whether what is shown is the draft (and not the published schedule). */
export function showsDraft(data: Pick<EventData, 'schedule' | 'changes'>): boolean {
  return data.schedule !== null && data.changes.hasDraft;
}
