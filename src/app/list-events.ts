import { ownerOf, type AppDeps, type EventListing } from './ports';

/** Where an event stands: wishes being collected, a draft to review, or a schedule published. */
export type EventState = 'open' | 'draft' | 'published';

export interface EventSummary {
  id: string;
  name: string;
  /** The first day of the event (`YYYY-MM-DD`). */
  date: string | null;
  clusters: number;
  /** Clusters that have submitted their wishes. */
  submitted: number;
  state: EventState;
  hasDraft: boolean;
  published: boolean;
  /** ISO 8601 UTC of the latest publication. */
  publishedAt?: string;
}

function summary(listing: EventListing): EventSummary {
  const { event, published, publishedAt, draftAt } = listing;
  const dates = event.event.sessions.map((s) => s.date).sort();
  return {
    id: event.event.id,
    name: event.event.name,
    date: dates[0] ?? null,
    clusters: event.clusters.length,
    submitted: listing.submitted,
    state: draftAt ? 'draft' : published > 0 ? 'published' : 'open',
    hasDraft: draftAt !== undefined,
    published: published > 0,
    ...(publishedAt ? { publishedAt } : {}),
  };
}

/** The events that `organiser` owns, by date then name. */
export async function listEvents(deps: Pick<AppDeps, 'store'>, organiser: string): Promise<{ events: EventSummary[] }> {
  const events = (await deps.store.listEvents()).filter((listing) => ownerOf(listing.owner) === organiser).map(summary);
  events.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.name.localeCompare(y.name, 'fr'));
  return { events };
}
