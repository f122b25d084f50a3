/** Partners a cluster could ask for, ranked by the value of the pair, with why. */
import { normalizeEvent } from '../model/normal-event';
import { pairKey } from '../model/pair-key';
import type { EventFile, MeetingWhy } from '../model/types';
import { englishReasons } from './english';
import { pairValues } from './pair-value';

export interface Suggestion {
  clusterId: string;
  name: string;
  value: number;
  /** The English sentences of `why`, with ids. */
  reasons: string[];
  /** What makes the pair worth a meeting: requests and competence matches. */
  why: MeetingWhy[];
}

/** Partners of a cluster in a validated event, highest value first; neverMeet pairs are left out. */
export function suggestPartners(event: EventFile, clusterId: string): Suggestion[] {
  const normal = normalizeEvent(event);
  const pairs = pairValues(normal);
  return normal.clusters
    .filter((c) => c.id !== clusterId && !normal.neverMeet.has(pairKey(clusterId, c.id)))
    .flatMap((c) => {
      const info = pairs.get(pairKey(clusterId, c.id));
      return info ? [{ clusterId: c.id, name: c.name, value: info.value, reasons: englishReasons(info.why), why: info.why }] : [];
    })
    .sort((x, y) => y.value - x.value || (x.clusterId < y.clusterId ? -1 : 1));
}
