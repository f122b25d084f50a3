import { priorityOf, type TimeWindow } from '../../solver';
import { loadEvent } from './event-access';
import type { AppDeps } from './ports';

export interface PreferencesView {
  clusterId: string;
  /** False until the cluster submits: the wishes shown are then the event file's. */
  submitted: boolean;
  submittedAt?: string;
  requests: { to: string; priority: number }[];
  declines: string[];
  availability?: TimeWindow[];
}

/** A cluster's current wishes: what it submitted, or else what the event file says for it. */
export async function getPreferences(deps: Pick<AppDeps, 'store'>, eventId: string, clusterId: string): Promise<PreferencesView> {
  const { event } = await loadEvent(deps, eventId);
  const stored = await deps.store.getPreferences(eventId, clusterId);
  if (stored) return { clusterId, submitted: true, ...stored };
  const availability = event.clusters.find((c) => c.id === clusterId)?.availability;
  return {
    clusterId,
    submitted: false,
    requests: (event.requests ?? []).filter((r) => r.from === clusterId).map((r) => ({ to: r.to, priority: priorityOf(r) })),
    declines: [],
    ...(availability ? { availability } : {}),
  };
}
