import type { MeetingWhy, UnmetRequest } from '../../solver';
import type { AppDeps } from './ports';
import { loadPublishedFor } from './publication';

export interface AgendaMeeting {
  round: number;
  start: string;
  end: string;
  table: string;
  partner: { id: string; name: string };
  /** The English sentences of `why`, with ids (as in the schedule). */
  reasons: string[];
  /** Why this meeting, as data: the page renders it in its language, with names. */
  why: MeetingWhy[];
  locked: boolean;
}

export interface Agenda {
  eventId: string;
  clusterId: string;
  meetings: AgendaMeeting[];
  /** This cluster's requests that the schedule could not meet. */
  unmet: UnmetRequest[];
}

/**
 * One cluster's own meetings in the published schedule, in time order: the
 * same schedule as its calendar and printable agenda, never a draft. 404
 * before the first publication.
 */
export async function getAgenda(deps: Pick<AppDeps, 'store'>, eventId: string, clusterId: string): Promise<Agenda> {
  const { event, schedule } = await loadPublishedFor(deps, eventId, clusterId);
  const names = new Map(event.clusters.map((c) => [c.id, c.name]));
  const meetings = schedule.meetings
    .filter((m) => m.clusters.includes(clusterId))
    .map((m) => {
      const partner = m.clusters[0] === clusterId ? m.clusters[1] : m.clusters[0];
      return {
        round: m.round,
        start: m.start,
        end: m.end,
        table: m.table,
        partner: { id: partner, name: names.get(partner) ?? partner },
        reasons: m.reasons,
        why: m.why,
        locked: m.locked === true,
      };
    })
    .sort((a, b) => a.round - b.round);
  return { eventId, clusterId, meetings, unmet: schedule.unmet.filter((u) => u.from === clusterId) };
}
