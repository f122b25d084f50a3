/** Partners a cluster could ask for, ranked by the value of the pair, with reasons. */
import { pairKey, pairReasons, pairValues } from './pair-value';
import type { EventFile } from '../model/types';

export interface Suggestion {
  clusterId: string;
  name: string;
  value: number;
  reasons: string[];
}

export function suggestPartners(event: EventFile, clusterId: string): Suggestion[] {
  const pairs = pairValues(event);
  const never = new Set((event.constraints?.neverMeet ?? []).map(([a, b]) => pairKey(a, b)));
  return event.clusters
    .filter((c) => c.id !== clusterId && !never.has(pairKey(clusterId, c.id)))
    .flatMap((c) => {
      const info = pairs.get(pairKey(clusterId, c.id));
      return info ? [{ clusterId: c.id, name: c.name, value: info.value, reasons: pairReasons(info, false) }] : [];
    })
    .sort((x, y) => y.value - x.value || (x.clusterId < y.clusterId ? -1 : 1));
}
