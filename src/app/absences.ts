/**
 * The day itself: clusters marked absent (from a time, or until a time for a
 * late arrival), which the re-plan of the rest of the day works from.
 */
import { z } from 'zod';
import type { Absence } from '../../solver';
import { AppError, notFound } from './errors';
import { clusterIdsSchema, requireClusters } from './cluster-list';
import { loadEvent } from './event-access';
import type { AppDeps, StoredAbsence } from './ports';
import { instantSchema, parseBody } from './problems';

const markSchema = z
  .strictObject({ clusters: clusterIdsSchema, from: instantSchema.optional(), until: instantSchema.optional() })
  .refine((b) => !b.from || !b.until || Date.parse(b.until) > Date.parse(b.from), {
    path: ['until'],
    error: 'must be after from',
    params: { code: 'end_before_start' },
  });

const liftSchema = z.strictObject({ clusters: clusterIdsSchema });

export interface AbsenceView extends StoredAbsence {
  cluster: string;
}

/** The absences in the order of the event's clusters. */
export async function listAbsences(deps: Pick<AppDeps, 'store' | 'life'>, eventId: string): Promise<{ absences: AbsenceView[] }> {
  const { event } = await loadEvent(deps, eventId);
  const stored = await deps.life.getAbsences(eventId);
  return { absences: event.clusters.filter((c) => stored.has(c.id)).map((c) => ({ cluster: c.id, ...stored.get(c.id)! })) };
}

/** What the solver reads of the stored absences. */
export function solverAbsences(stored: ReadonlyMap<string, StoredAbsence>): Absence[] {
  return [...stored].map(([cluster, a]) => ({ cluster, ...(a.from ? { from: a.from } : {}), ...(a.until ? { until: a.until } : {}) }));
}

const gone = (eventId: string): AppError => notFound(`event "${eventId}"`);

/** Marks clusters absent, replacing any earlier absence of theirs. */
export async function markAbsent(deps: Pick<AppDeps, 'store' | 'life' | 'now'>, eventId: string, input: unknown): Promise<{ absences: AbsenceView[] }> {
  const body = parseBody(markSchema, input, 'absence');
  const { event } = await loadEvent(deps, eventId);
  requireClusters(event, body.clusters);
  const markedAt = deps.now().toISOString();
  const absence: StoredAbsence = { ...(body.from ? { from: body.from } : {}), ...(body.until ? { until: body.until } : {}), markedAt };
  if (!(await deps.life.setAbsences(eventId, Object.fromEntries(body.clusters.map((id) => [id, absence]))))) throw gone(eventId);
  return listAbsences(deps, eventId);
}

/** Lifts the clusters' absences (those not absent are left as they are). */
export async function liftAbsences(deps: Pick<AppDeps, 'store' | 'life'>, eventId: string, input: unknown): Promise<{ absences: AbsenceView[] }> {
  const body = parseBody(liftSchema, input, 'absence');
  const { event } = await loadEvent(deps, eventId);
  requireClusters(event, body.clusters);
  if (!(await deps.life.removeAbsences(eventId, body.clusters))) throw gone(eventId);
  return listAbsences(deps, eventId);
}
