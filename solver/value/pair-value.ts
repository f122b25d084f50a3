/**
 * The value of a pair {a, b}: Σ over the requests between them, in either
 * direction, of (6 − priority), plus `competenceWeight` × the number of terms
 * offered by one and sought by the other (both directions), matched after
 * case, accent and whitespace folding. Each contribution is kept as data
 * (`why`), so that every explanation is rendered from what made the value.
 */
import { PRIORITY_VALUE_BASE } from '../model/defaults';
import { priorityOf, type NormalEvent } from '../model/normal-event';
import { pairKey } from '../model/pair-key';
import type { MeetingWhy } from '../model/types';

/** Folds case, accents and white space: `"  Big   Données "` → `"big donnees"`. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

export interface PairInfo {
  /** Ids in ascending order. */
  a: string;
  b: string;
  /** What the value is made of: requests (either direction) and competence matches. */
  why: MeetingWhy[];
  value: number;
}

/**
 * Every pair of positive value, keyed by {@link pairKey}. Built from an
 * inverted index of terms so that large events stay fast.
 */
export function pairValues(normal: NormalEvent): Map<string, PairInfo> {
  const weight = normal.competenceWeight;
  const pairs = new Map<string, PairInfo>();
  const pair = (x: string, y: string): PairInfo => {
    const key = pairKey(x, y);
    let info = pairs.get(key);
    if (!info) {
      info = { a: x < y ? x : y, b: x < y ? y : x, why: [], value: 0 };
      pairs.set(key, info);
    }
    return info;
  };

  for (const request of normal.file.requests ?? []) {
    const priority = priorityOf(request);
    const info = pair(request.from, request.to);
    info.why.push({ kind: 'request', from: request.from, to: request.to, priority });
    info.value += PRIORITY_VALUE_BASE - priority;
  }
  // The requests of a pair in a stable order: the one from the smaller id first.
  for (const info of pairs.values()) if (info.why.length === 2 && (info.why[0] as { from: string }).from !== info.a) info.why.reverse();

  if (weight > 0) {
    const seekers = new Map<string, string[]>();
    for (const cluster of normal.clusters) {
      for (const term of new Set((cluster.seeks ?? []).map(foldTerm))) {
        const list = seekers.get(term) ?? [];
        list.push(cluster.id);
        seekers.set(term, list);
      }
    }
    for (const cluster of normal.clusters) {
      const seen = new Set<string>();
      for (const term of cluster.offers ?? []) {
        const folded = foldTerm(term);
        if (seen.has(folded)) continue;
        seen.add(folded);
        for (const seeker of seekers.get(folded) ?? []) {
          if (seeker === cluster.id) continue;
          const info = pair(cluster.id, seeker);
          info.why.push({ kind: 'competence', offeredBy: cluster.id, soughtBy: seeker, term });
          info.value += weight;
        }
      }
    }
  }

  for (const [key, info] of pairs) if (!(info.value > 0)) pairs.delete(key);
  return pairs;
}

/** Why a pair meets: the organiser's decisions first, then what its value is made of. */
export function pairWhy(info: PairInfo | undefined, flags: { mustMeet: boolean; locked: boolean }): MeetingWhy[] {
  return [...(flags.mustMeet ? [{ kind: 'mustMeet' } as const] : []), ...(flags.locked ? [{ kind: 'locked' } as const] : []), ...(info?.why ?? [])];
}
