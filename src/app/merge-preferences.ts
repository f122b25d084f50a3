/**
 * The event as it stands: the organiser's file with each cluster's submitted
 * wishes in place of what the file said for that cluster. Pure.
 */
import { pairKey, validateEvent, type EventFile, type Problem, type RequestInput } from '../../solver';
import type { ClusterPreferences } from './ports';

export interface MergeOptions {
  /** Turn each decline into a `constraints.neverMeet` pair (the solver's view). */
  declinesAsNeverMeet: boolean;
}

/**
 * A submitted cluster's requests replace the file's requests from it; its
 * availability, when given, replaces the file's. Wishes naming clusters that
 * are no longer in the event are left out.
 */
export function mergePreferences(
  base: EventFile,
  preferences: ReadonlyMap<string, ClusterPreferences>,
  options: MergeOptions,
): EventFile {
  const known = new Set(base.clusters.map((c) => c.id));
  const submitted = base.clusters.map((c) => c.id).filter((id) => preferences.has(id));
  const replaced = new Set(submitted);
  const wishes = (from: string): ClusterPreferences => preferences.get(from) as ClusterPreferences;
  const isPartner = (from: string) => (to: string) => known.has(to) && to !== from;

  const requests: RequestInput[] = [
    ...(base.requests ?? []).filter((r) => !replaced.has(r.from)),
    ...submitted.flatMap((from) =>
      wishes(from)
        .requests.filter((r) => isPartner(from)(r.to))
        .map((r) => ({ from, to: r.to, priority: r.priority })),
    ),
  ];
  const clusters = base.clusters.map((c) => {
    const availability = preferences.get(c.id)?.availability;
    return availability ? { ...c, availability } : c;
  });
  const merged: EventFile = { ...base, clusters, requests };
  if (!options.declinesAsNeverMeet) return merged;

  const neverMeet: [string, string][] = [...(base.constraints?.neverMeet ?? [])];
  const seen = new Set(neverMeet.map(([a, b]) => pairKey(a, b)));
  for (const from of submitted) {
    for (const to of wishes(from).declines.filter(isPartner(from))) {
      if (seen.has(pairKey(from, to))) continue;
      seen.add(pairKey(from, to));
      neverMeet.push([from, to]);
    }
  }
  return neverMeet.length === 0 ? merged : { ...merged, constraints: { ...base.constraints, neverMeet } };
}

export type Resolution = { ok: true; event: EventFile } | { ok: false; problems: Problem[] };

/**
 * Merges and validates. A cluster's submitted availability that no longer
 * fits the event (its sessions were changed since) is set aside, except for
 * `keep`, the cluster being validated, whose problems are reported.
 */
export function resolveEvent(
  base: EventFile,
  preferences: ReadonlyMap<string, ClusterPreferences>,
  options: MergeOptions & { keep?: string },
): Resolution {
  const first = validateEvent(mergePreferences(base, preferences, options));
  if (first.ok) return first;
  const stale = new Set(
    first.problems.flatMap((p) => {
      const index = /^clusters\[(\d+)\]\.availability/.exec(p.path)?.[1];
      const id = index === undefined ? undefined : base.clusters[Number(index)]?.id;
      return id !== undefined && id !== options.keep && preferences.get(id)?.availability ? [id] : [];
    }),
  );
  if (stale.size === 0) return first;
  const kept = new Map([...preferences].map(([id, p]) => [id, stale.has(id) ? { ...p, availability: undefined } : p]));
  return validateEvent(mergePreferences(base, kept, options));
}
