import { DEFAULT_CAP, type ClusterInput, type TimeWindow } from '../../solver';
import { notFound } from './errors';
import { loadEvent } from './event-access';
import type { AppDeps } from './ports';

/** What a cluster may know of another: its public profile (no token, attendees or wishes). */
export interface ClusterProfile {
  id: string;
  name: string;
  region?: string;
  sector?: string;
  offers: string[];
  seeks: string[];
}

export interface Overview {
  event: {
    id: string;
    name: string;
    location?: string;
    timezone: string;
    sessions: TimeWindow[];
    meetingMinutes: number;
    maxMeetingsPerCluster: number;
    /** The tables with their names, when the event names them; else `[]`. */
    tables: { id: string; name: string }[];
  };
  /** The calling cluster, with the number of meetings it may have. */
  cluster: ClusterProfile & { maxMeetings: number };
  /** Every cluster of the event, the caller included, in the event file's order. */
  clusters: ClusterProfile[];
  /** Whether a schedule has been published (the agenda exists). */
  published: boolean;
}

function profile(c: ClusterInput): ClusterProfile {
  return {
    id: c.id,
    name: c.name,
    ...(c.region !== undefined ? { region: c.region } : {}),
    ...(c.sector !== undefined ? { sector: c.sector } : {}),
    offers: c.offers ?? [],
    seeks: c.seeks ?? [],
  };
}

/**
 * What a cluster's page shows of its event: the day, its own profile and the
 * other clusters' public profiles to choose partners from.
 */
export async function getOverview(deps: Pick<AppDeps, 'store'>, eventId: string, clusterId: string): Promise<Overview> {
  const { event: file } = await loadEvent(deps, eventId);
  const self = file.clusters.find((c) => c.id === clusterId);
  // The token outlived its cluster only if the event was replaced without it, and then the token is gone too.
  if (!self) throw notFound(`cluster "${clusterId}"`);
  const e = file.event;
  const maxMeetingsPerCluster = e.maxMeetingsPerCluster ?? DEFAULT_CAP;
  return {
    event: {
      id: e.id,
      name: e.name,
      ...(e.location !== undefined ? { location: e.location } : {}),
      timezone: e.timezone,
      sessions: e.sessions,
      meetingMinutes: e.meetingMinutes,
      maxMeetingsPerCluster,
      tables: Array.isArray(e.tables) ? e.tables.map((t) => ({ id: t.id, name: t.name })) : [],
    },
    cluster: { ...profile(self), maxMeetings: self.maxMeetings ?? maxMeetingsPerCluster },
    clusters: file.clusters.map(profile),
    published: (await deps.store.getSchedule(eventId)) !== null,
  };
}
