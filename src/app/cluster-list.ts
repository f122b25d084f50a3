/**
 * A list of cluster ids in a request body (`{ "clusters": [...] }`): each one
 * must name a cluster of the event, or the request gets a located 422.
 */
import { z } from 'zod';
import type { EventFile, Problem } from '../../solver';
import { invalid } from './errors';

/** Clusters one request may name (the largest event has this many). */
export const MAX_LISTED_CLUSTERS = 20_000;

export const clusterIdsSchema = z
  .array(z.string().min(1, { error: 'must not be empty' }))
  .min(1, { error: 'must name at least one cluster' })
  .max(MAX_LISTED_CLUSTERS, { error: `must name at most ${MAX_LISTED_CLUSTERS} clusters` });

/** Throws a 422 naming each id that is not a cluster of `event`, at `<field>[i]`. */
export function requireClusters(event: EventFile, ids: readonly string[], field = 'clusters'): void {
  const known = new Set(event.clusters.map((c) => c.id));
  const problems = ids.flatMap((id, i): Problem[] =>
    known.has(id) ? [] : [{ path: `${field}[${i}]`, code: 'unknown_cluster', message: `unknown cluster "${id}"`, params: { id } }],
  );
  if (problems.length > 0) throw invalid('unknown clusters', problems);
}
