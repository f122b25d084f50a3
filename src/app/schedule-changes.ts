import { compareSchedules, type ScheduleChanges } from '../../solver';
import { loadEvent } from './event-access';
import type { AppDeps } from './ports';

export interface DraftChanges extends ScheduleChanges {
  hasDraft: boolean;
  hasPublished: boolean;
}

/**
 * What publishing the draft would change for the clusters: its meetings
 * against the published ones (every meeting is new before the first
 * publication). Nothing without a draft.
 */
export async function getScheduleChanges(deps: Pick<AppDeps, 'store'>, eventId: string): Promise<DraftChanges> {
  await loadEvent(deps, eventId);
  const [draft, published] = await Promise.all([deps.store.getDraft(eventId), deps.store.getSchedule(eventId)]);
  const changes = draft ? compareSchedules(published?.meetings ?? [], draft.schedule.meetings) : compareSchedules([], []);
  return { hasDraft: draft !== null, hasPublished: published !== null, ...changes };
}
