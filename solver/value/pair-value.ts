/**
 * The value of a pair {a, b}: Σ over the requests between them, in either
 * direction, of (6 − priority), plus `competenceWeight` × the number of terms
 * offered by one and sought by the other (both directions), matched after
 * case, accent and whitespace folding.
 */
import type { EventFile } from '../model/types';

export const DEFAULT_PRIORITY = 3;

/** Folds case, accents and white space: `"  Big   Données "` → `"big donnees"`. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** Key of an unordered pair, ids in ascending order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export interface CompetenceMatch {
  offerer: string;
  seeker: string;
  /** The term as the offerer wrote it. */
  term: string;
}

export interface PairInfo {
  /** Ids in ascending order. */
  a: string;
  b: string;
  /** Priority of each direction's request, when there is one. */
  priorityFromA?: number;
  priorityFromB?: number;
  matches: CompetenceMatch[];
  value: number;
}

/**
 * Every pair of positive value, keyed by {@link pairKey}. Built from an
 * inverted index of terms so that large events stay fast. Assumes a validated event.
 */
export function pairValues(event: EventFile): Map<string, PairInfo> {
  const weight = event.event.competenceWeight ?? 1;
  const pairs = new Map<string, PairInfo>();
  const pair = (x: string, y: string): PairInfo => {
    const key = pairKey(x, y);
    let info = pairs.get(key);
    if (!info) {
      info = { a: x < y ? x : y, b: x < y ? y : x, matches: [], value: 0 };
      pairs.set(key, info);
    }
    return info;
  };

  for (const request of event.requests ?? []) {
    const info = pair(request.from, request.to);
    const priority = request.priority ?? DEFAULT_PRIORITY;
    if (request.from === info.a) info.priorityFromA = priority;
    else info.priorityFromB = priority;
    info.value += 6 - priority;
  }

  if (weight > 0) {
    const seekers = new Map<string, string[]>();
    for (const cluster of event.clusters) {
      for (const term of new Set((cluster.seeks ?? []).map(foldTerm))) {
        const list = seekers.get(term) ?? [];
        list.push(cluster.id);
        seekers.set(term, list);
      }
    }
    for (const cluster of event.clusters) {
      const seen = new Set<string>();
      for (const term of cluster.offers ?? []) {
        const folded = foldTerm(term);
        if (seen.has(folded)) continue;
        seen.add(folded);
        for (const seeker of seekers.get(folded) ?? []) {
          if (seeker === cluster.id) continue;
          const info = pair(cluster.id, seeker);
          info.matches.push({ offerer: cluster.id, seeker, term });
          info.value += weight;
        }
      }
    }
  }

  for (const [key, info] of pairs) if (!(info.value > 0)) pairs.delete(key);
  return pairs;
}

const ordinal = (priority: number) => ['1st', '2nd', '3rd', '4th', '5th'][priority - 1] ?? `${priority}th`;

/** Human-readable reasons for a pair, strongest first. */
export function pairReasons(info: PairInfo | undefined, mustMeet: boolean): string[] {
  const reasons: string[] = [];
  if (mustMeet) reasons.push('required by the organiser');
  if (!info) return reasons;
  const { a, b, priorityFromA: pa, priorityFromB: pb } = info;
  if (pa !== undefined && pb !== undefined) {
    reasons.push(`mutual request (${a}: ${ordinal(pa)} choice, ${b}: ${ordinal(pb)} choice)`);
  } else if (pa !== undefined) {
    reasons.push(`${a} asked to meet ${b} (${ordinal(pa)} choice)`);
  } else if (pb !== undefined) {
    reasons.push(`${b} asked to meet ${a} (${ordinal(pb)} choice)`);
  }
  for (const match of info.matches) reasons.push(`${match.offerer} offers ${match.term}, ${match.seeker} seeks it`);
  return reasons;
}
