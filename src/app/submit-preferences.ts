import { z } from 'zod';
import { validateLocks, type EventFile, type LockedMeeting, type Problem, type TimeWindow } from '../../solver';
import { invalid, notFound } from './errors';
import { loadEvent } from './event-access';
import { resolveEvent } from './merge-preferences';
import type { AppDeps, ClusterPreferences } from './ports';
import { zodProblems } from './problems';
import type { PreferencesView } from './get-preferences';

/** Most partners one cluster may request. */
export const MAX_REQUESTS = 10;

/** Most clusters one cluster may decline to meet. */
export const MAX_DECLINES = 50;

const preferencesSchema = z.strictObject({
  requests: z
    .array(
      z.strictObject({
        to: z.string().min(1, { error: 'must not be empty' }),
        priority: z
          .number()
          .int({ error: 'must be a whole number' })
          .min(1, { error: 'must be 1 (first choice) to 5' })
          .max(5, { error: 'must be 1 (first choice) to 5' })
          .default(3),
      }),
    )
    .refine((requests) => requests.length <= MAX_REQUESTS, {
      error: `at most ${MAX_REQUESTS} partners can be requested`,
      params: { code: 'too_many', max: MAX_REQUESTS },
    })
    .default([]),
  declines: z
    .array(z.string().min(1, { error: 'must not be empty' }))
    .refine((declines) => declines.length <= MAX_DECLINES, {
      error: `at most ${MAX_DECLINES} clusters can be declined`,
      params: { code: 'too_many', max: MAX_DECLINES },
    })
    .default([]),
  // Checked as part of the event, with the event file's own time rules.
  availability: z.array(z.unknown()).optional(),
});

interface NamedIds {
  requests: (string | undefined)[];
  declines: (string | undefined)[];
}

/**
 * The cluster ids a body names, at their indices, wherever they are strings:
 * references are checked even when another field is malformed, so that every
 * problem is reported at once.
 */
function namedIds(input: unknown): NamedIds {
  const body = (typeof input === 'object' && input !== null ? input : {}) as { requests?: unknown; declines?: unknown };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const id = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  return {
    requests: list(body.requests).map((r) => id((r as { to?: unknown } | null)?.to)),
    declines: list(body.declines).map(id),
  };
}

function referenceProblems(event: EventFile, self: string, named: NamedIds, locks: readonly LockedMeeting[]): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(event.clusters.map((c) => c.id));
  const partnersIn = (pairs: readonly (readonly [string, string])[]) =>
    new Set(pairs.flatMap(([a, b]) => (a === self ? [b] : b === self ? [a] : [])));
  const mustMeet = partnersIn(event.constraints?.mustMeet ?? []);
  const locked = partnersIn(locks.map((l) => l.clusters));
  const check = (path: string, id: string, earlier: Map<string, number>, list: string): boolean => {
    const problem: Problem | null = !known.has(id)
      ? { path, code: 'unknown_cluster', message: `unknown cluster "${id}"`, params: { cluster: id } }
      : id === self
        ? { path, code: 'self_pair', message: 'a cluster cannot name itself', params: { cluster: id } }
        : earlier.has(id)
          ? { path, code: 'duplicate', message: `"${id}" appears twice (also ${list}[${earlier.get(id)}])`, params: { cluster: id, first: `${list}[${earlier.get(id)}]` } }
          : null;
    if (problem) problems.push(problem);
    return problem === null;
  };
  const requested = new Map<string, number>();
  named.requests.forEach((to, i) => {
    if (to !== undefined && check(`requests[${i}].to`, to, requested, 'requests')) requested.set(to, i);
  });
  const declined = new Map<string, number>();
  named.declines.forEach((id, i) => {
    const path = `declines[${i}]`;
    if (id === undefined || !check(path, id, declined, 'declines')) return;
    declined.set(id, i);
    const params = { cluster: id };
    if (requested.has(id)) {
      problems.push({ path, code: 'also_requested', message: `"${id}" is also requested (requests[${requested.get(id)}])`, params: { ...params, request: `requests[${requested.get(id)}]` } });
    }
    if (mustMeet.has(id)) problems.push({ path, code: 'required_by_organiser', message: `the organiser requires a meeting with "${id}"`, params });
    if (locked.has(id)) problems.push({ path, code: 'fixed_by_organiser', message: `the organiser has fixed a meeting with "${id}"`, params });
  });
  return problems;
}

/**
 * Checks the wishes as part of the event, with the event file's own time
 * rules, and against the locked meetings; paths are mapped back to the body.
 */
function eventProblems(
  event: EventFile,
  self: string,
  wishes: ClusterPreferences,
  others: ReadonlyMap<string, ClusterPreferences>,
  locks: readonly LockedMeeting[],
): Problem[] {
  const trial = new Map(others).set(self, wishes);
  const resolved = resolveEvent(event, trial, { declinesAsNeverMeet: true, keep: self });
  if (!resolved.ok) {
    const prefix = `clusters[${event.clusters.findIndex((c) => c.id === self)}].availability`;
    return resolved.problems.map((p) =>
      p.path.startsWith(prefix)
        ? { ...p, path: `availability${p.path.slice(prefix.length)}` }
        : { ...p, path: 'availability', message: `${p.path}: ${p.message}` },
    );
  }
  const own = locks.filter((lock) => lock.clusters.includes(self));
  return validateLocks(resolved.event, own).map(
    (p): Problem => ({
      path: 'availability',
      code: 'conflicts_with_lock',
      message: `conflicts with a meeting fixed by the organiser: ${p.message}`,
      params: { ...p.params, rule: p.code },
    }),
  );
}

/**
 * Stores a cluster's wishes, replacing its previous ones: requested partners
 * (priority 1–5, default 3), declined clusters (never scheduled with it) and,
 * optionally, its availability (absent: the event file's applies).
 */
export async function submitPreferences(
  deps: Pick<AppDeps, 'store' | 'now'>,
  eventId: string,
  clusterId: string,
  input: unknown,
): Promise<PreferencesView> {
  const parsed = preferencesSchema.safeParse(input);
  const { event } = await loadEvent(deps, eventId);
  const [others, locks] = await Promise.all([deps.store.getAllPreferences(eventId), deps.store.getLocks(eventId)]);
  const shape = [...(parsed.success ? [] : zodProblems(parsed.error)), ...referenceProblems(event, clusterId, namedIds(input), locks)];
  if (!parsed.success || shape.length > 0) throw invalid('invalid preferences', shape);

  const body = parsed.data;
  const preferences: ClusterPreferences = {
    requests: body.requests,
    declines: body.declines,
    ...(body.availability ? { availability: body.availability as TimeWindow[] } : {}),
    submittedAt: deps.now().toISOString(),
  };
  const problems = eventProblems(event, clusterId, preferences, others, locks);
  if (problems.length > 0) throw invalid('invalid preferences', problems);

  if (!(await deps.store.setPreferences(eventId, clusterId, preferences))) throw notFound(`event "${eventId}"`);
  return { clusterId, submitted: true, ...preferences };
}
