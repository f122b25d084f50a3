/** A cluster's agenda as the API gives it, from a schedule, for the page's pure renderers. */
import type { EventFile, Schedule } from '../../solver';
import type { AgendaView } from '../../src/browser/api-types';

export function getAgendaOf(event: EventFile, schedule: Schedule, clusterId: string): AgendaView {
  const names = new Map(event.clusters.map((c) => [c.id, c.name]));
  return {
    meetings: schedule.meetings
      .filter((m) => m.clusters.includes(clusterId))
      .map((m) => {
        const partner = m.clusters[0] === clusterId ? m.clusters[1] : m.clusters[0];
        return { ...m, partner: { id: partner, name: names.get(partner) ?? partner }, locked: m.locked === true };
      }),
    unmet: schedule.unmet.filter((u) => u.from === clusterId),
  };
}
