/**
 * What the organiser reads under the grid, as text with names: the meetings
 * per cluster, the clusters left without one, the unmet requests with their
 * causes, and the meetings the draft cancels. Free of the DOM.
 */
import type { Schedule } from '../../../solver/model/types';
import type { ExplainWords } from '../../i18n/explain-words';
import { explainUnmet, type NameOf } from '../../i18n/explain';
import type { ScheduleChange } from './console-api-types';

export interface ClusterMeetings {
  id: string;
  name: string;
  count: number;
  /** The partners' names, in the order of the rounds. */
  partners: string[];
}

export interface ScheduleSummary {
  perCluster: ClusterMeetings[];
  /** Names of the clusters without a meeting. */
  without: string[];
  unmet: { from: string; to: string; reason: string }[];
}

export function scheduleSummary(
  schedule: Pick<Schedule, 'meetings' | 'unmet'>,
  clusters: readonly { id: string; name: string }[],
  nameOf: NameOf,
  words: ExplainWords,
  locale: string,
): ScheduleSummary {
  const byRound = [...schedule.meetings].sort((a, b) => a.round - b.round);
  const perCluster = clusters
    .map((c) => {
      const partners = byRound.filter((m) => m.clusters.includes(c.id)).map((m) => nameOf(m.clusters[0] === c.id ? m.clusters[1] : m.clusters[0]));
      return { id: c.id, name: c.name, count: partners.length, partners };
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return {
    perCluster,
    without: perCluster.filter((c) => c.count === 0).map((c) => c.name),
    unmet: schedule.unmet.map((u) => ({ from: nameOf(u.from), to: nameOf(u.to), reason: explainUnmet(u, nameOf, words) })),
  };
}

/** The meetings the draft cancels, with where they were. */
export function cancelledMeetings(changes: readonly ScheduleChange[]): ScheduleChange[] {
  return changes.filter((c) => c.kind === 'cancelled');
}
