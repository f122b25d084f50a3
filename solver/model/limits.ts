/**
 * The limits of an event file, each written once, and the problems beyond
 * them. They are generous for real events (a brokerage event of a few
 * thousand companies, a national platform of 10,000 clusters) and refuse a
 * file whose size or round grid would exhaust a solver or a server: 10,000
 * sessions of 1-minute rounds, a million requests.
 */
import { isObject, list, type Raw } from './raw-input';
import type { CountedItems, Problem } from './types';

/** Most clusters in one event (`clusters`). */
export const MAX_CLUSTERS = 20_000;

/** Most requests in one event file (`requests`), ten per cluster at {@link MAX_CLUSTERS}. */
export const MAX_EVENT_REQUESTS = 200_000;

/** Most sessions (`event.sessions`). */
export const MAX_SESSIONS = 100;

/** Most rounds in the grid that the sessions make, all sessions together. */
export const MAX_ROUNDS = 1_000;

/** Most tables, as a count or as a list (`event.tables`). */
export const MAX_TABLES = 10_000;

/** Most windows in one list: a cluster's availability, a pair's meeting windows. */
export const MAX_WINDOWS = 100;

/** Most attendees of one cluster (`clusters[].attendees`). */
export const MAX_ATTENDEES = 100;

/** Most pairs with meeting windows (`constraints.meetingWindows`). */
export const MAX_MEETING_WINDOWS = 10_000;

/** Most required pairs (`constraints.mustMeet`); each is checked against every round. */
export const MAX_MUST_MEET = 20_000;

/** Most forbidden pairs (`constraints.neverMeet`), the clusters' declines included once merged. */
export const MAX_NEVER_MEET = 200_000;

/** A list longer than its limit: code `too_many`, with the limit, what it counts and how many there are. */
function tooMany(path: string, items: CountedItems, count: number, max: number, message?: string): Problem {
  return { path, code: 'too_many', message: message ?? `${count} ${items}, more than the limit of ${max}`, params: { max, items, count } };
}

/** The lists of an event file that are longer than their limits (the rounds are checked with the times). */
export function limitProblems(input: Raw): Problem[] {
  const problems: Problem[] = [];
  const check = (path: string, value: unknown, items: CountedItems, max: number) => {
    if (Array.isArray(value) && value.length > max) problems.push(tooMany(path, items, value.length, max));
  };
  const settings = isObject(input.event) ? input.event : {};
  check('event.sessions', settings.sessions, 'sessions', MAX_SESSIONS);
  check('event.tables', settings.tables, 'tables', MAX_TABLES);
  check('clusters', input.clusters, 'clusters', MAX_CLUSTERS);
  list(input.clusters).forEach((cluster, i) => {
    if (!isObject(cluster)) return;
    check(`clusters[${i}].availability`, cluster.availability, 'windows', MAX_WINDOWS);
    check(`clusters[${i}].attendees`, cluster.attendees, 'attendees', MAX_ATTENDEES);
  });
  check('requests', input.requests, 'requests', MAX_EVENT_REQUESTS);
  const constraints = isObject(input.constraints) ? input.constraints : {};
  check('constraints.mustMeet', constraints.mustMeet, 'pairs', MAX_MUST_MEET);
  check('constraints.neverMeet', constraints.neverMeet, 'pairs', MAX_NEVER_MEET);
  check('constraints.meetingWindows', constraints.meetingWindows, 'pairs', MAX_MEETING_WINDOWS);
  list(constraints.meetingWindows).forEach((entry, i) => {
    if (isObject(entry)) check(`constraints.meetingWindows[${i}].windows`, entry.windows, 'windows', MAX_WINDOWS);
  });
  return problems;
}

/** The round grid of the sessions, when it is larger than {@link MAX_ROUNDS}. */
export function roundLimitProblems(rounds: number): Problem[] {
  if (rounds <= MAX_ROUNDS) return [];
  return [tooMany('event.sessions', 'rounds', rounds, MAX_ROUNDS, `the sessions make ${rounds} rounds, more than the limit of ${MAX_ROUNDS}`)];
}
