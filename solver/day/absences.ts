/**
 * The event as it stands on the day: which rounds have started at an instant,
 * which rounds each absent cluster misses, and what a no-show voids (its
 * required meetings, the organiser's locks it cannot attend). Pure helpers,
 * read by the re-planning and by the service that checks what it publishes.
 */
import { pairKey } from '../model/pair-key';
import type { Absence, EventFile, LockedMeeting, Problem } from '../model/types';
import { roundSlots } from '../time/round-grid';

/** An ISO 8601 instant with its offset (or `Z`): `2026-11-19T15:00:00+01:00`. */
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant in milliseconds, or `null` when the text is not an ISO 8601 instant with offset. */
export function instantMs(text: unknown): number | null {
  if (typeof text !== 'string' || !INSTANT_RE.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

/** How many rounds have started at `asOf` (round start <= asOf); 0 when `asOf` is not an instant. */
export function startedRounds(event: EventFile, asOf: string): number {
  const at = instantMs(asOf);
  if (at === null) return 0;
  return roundSlots(event.event).filter((slot) => slot.startMs <= at).length;
}

/**
 * Cluster id → 1-based indexes of the rounds that overlap its absence
 * interval [from, until) (round.start < until && round.end > from), every
 * absence of a cluster together. Each absent cluster has an entry, even when
 * its absence overlaps no round.
 */
export function absentRounds(event: EventFile, absences: readonly Absence[]): Map<string, Set<number>> {
  const slots = roundSlots(event.event);
  const out = new Map<string, Set<number>>();
  for (const absence of absences) {
    const rounds = out.get(absence.cluster) ?? new Set<number>();
    out.set(absence.cluster, rounds);
    const from = absence.from === undefined ? -Infinity : instantMs(absence.from);
    const until = absence.until === undefined ? Infinity : instantMs(absence.until);
    if (from === null || until === null) continue;
    for (const slot of slots) if (slot.startMs < until && slot.endMs > from) rounds.add(slot.index);
  }
  return out;
}

/**
 * The event as it stands with absences: the same file (a new object, the
 * input untouched) without the `constraints.mustMeet` pairs that involve a
 * cluster with an absence (a no-show voids a required meeting), except those
 * that `placed` holds: a required meeting already held, or placed anyway,
 * stays one, with its reason.
 */
export function eventOnTheDay(
  event: EventFile,
  absences: readonly Absence[],
  placed: readonly { readonly clusters: readonly [string, string] }[] = [],
): EventFile {
  const absent = new Set(absences.map((a) => a.cluster));
  const constraints = event.constraints;
  if (!constraints?.mustMeet) return { ...event };
  const kept = new Set(placed.map((m) => pairKey(m.clusters[0], m.clusters[1])));
  const mustMeet = constraints.mustMeet.filter(([a, b]) => (!absent.has(a) && !absent.has(b)) || kept.has(pairKey(a, b)));
  return { ...event, constraints: { ...constraints, mustMeet } };
}

/** The locks without those whose round is in an absent round of one of its clusters. */
export function locksOnTheDay(event: EventFile, locks: readonly LockedMeeting[], absences: readonly Absence[]): LockedMeeting[] {
  const absent = absentRounds(event, absences);
  return locks.filter((lock) => !lock.clusters.some((id) => absent.get(id)?.has(lock.round)));
}

/** The problems of `asOf` and of the absences, each with its path (`absences[1].until`). */
export function dayProblems(event: EventFile, asOf: string | undefined, absences: readonly Absence[]): Problem[] {
  const problems: Problem[] = [];
  const notInstant = (path: string, value: unknown) =>
    problems.push({ path, code: 'invalid_format', message: `${JSON.stringify(value)} is not an ISO 8601 instant with its offset`, params: { value: String(value) } });
  if (asOf !== undefined && instantMs(asOf) === null) notInstant('asOf', asOf);
  const known = new Set(event.clusters.map((c) => c.id));
  absences.forEach((absence, i) => {
    const at = `absences[${i}]`;
    if (!known.has(absence.cluster)) {
      problems.push({ path: `${at}.cluster`, code: 'unknown_cluster', message: `unknown cluster ${JSON.stringify(absence.cluster)}`, params: { cluster: String(absence.cluster) } });
    }
    const from = absence.from === undefined ? -Infinity : instantMs(absence.from);
    const until = absence.until === undefined ? Infinity : instantMs(absence.until);
    if (from === null) notInstant(`${at}.from`, absence.from);
    if (until === null) notInstant(`${at}.until`, absence.until);
    if (from !== null && until !== null && until <= from) {
      problems.push({
        path: `${at}.until`,
        code: 'end_before_start',
        message: `ends at ${absence.until}, not after its start ${absence.from}`,
        params: { start: String(absence.from), end: String(absence.until) },
      });
    }
  });
  return problems;
}
