/**
 * Validation of the event file v1: every problem at once, each with its path
 * (`requests[3].to: unknown cluster "nobody"`).
 */
import type { z } from 'zod';
import { eventFileSchema } from './event-schema';
import { roundsIn, windowInterval, type Interval } from '../time/round-grid';
import { DEFAULT_CHANGEOVER_MINUTES } from './defaults';
import { isAvailable, normalizeEvent, pairAllowed } from './normal-event';
import type { EventFile, Problem, ProblemCode } from './types';
import { issueCode, issueParams } from './zod-issues';
import { isDate, isTime, isTimeZone } from '../time/zoned-time';
import { pairKey } from './pair-key';
import { limitProblems, roundLimitProblems } from './limits';
import { isObject, list, str, type Raw } from './raw-input';

export type ValidationResult = { ok: true; event: EventFile } | { ok: false; problems: Problem[] };

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/**
 * `['requests', 3, 'to']` → `requests[3].to`. A key that is not a plain
 * name is quoted (`event["a b"]`, `[""]`), so that a path stays on one line
 * and cannot pass for another. The empty path is `whole`.
 */
export function formatPath(path: ReadonlyArray<PropertyKey>, whole = '(file)'): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || whole;
}

function schemaProblems(issues: z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), code: 'unknown_field', message: 'unknown field' }));
    }
    if (issue.code === 'invalid_union' && issue.path.join('.') === 'event.tables') {
      return [{ path: formatPath(issue.path), code: 'invalid_type', message: 'must be a number of tables or a list of { "id", "name" }' }];
    }
    const message = issue.message.replace(/^Invalid input: /, '').replace(/, received /, ', got ');
    const params = issueParams(issue);
    return [{ path: formatPath(issue.path), code: issueCode(issue), message, ...(params ? { params } : {}) }];
  });
}

/** Checks that need more than one field: references, duplicates, times in the zone. */
function crossProblems(input: Raw): Problem[] {
  const problems: Problem[] = limitProblems(input);
  const add = (path: string, code: ProblemCode, message: string, params?: Problem['params']) =>
    problems.push({ path, code, message, ...(params ? { params } : {}) });
  const settings = isObject(input.event) ? input.event : {};
  const zone = str(settings.timezone);
  const zoneOk = zone !== undefined && isTimeZone(zone);

  const firstIndex = new Map<string, number>();
  list(input.clusters).forEach((cluster, i) => {
    const id = isObject(cluster) ? str(cluster.id) : undefined;
    if (id === undefined) return;
    if (firstIndex.has(id)) add(`clusters[${i}].id`, 'duplicate', `duplicate id "${id}" (also clusters[${firstIndex.get(id)}])`, { id });
    else firstIndex.set(id, i);
  });
  const known = (path: string, id: unknown): id is string => {
    if (typeof id !== 'string') return false;
    if (!firstIndex.has(id)) add(path, 'unknown_cluster', `unknown cluster ${JSON.stringify(id)}`, { cluster: id });
    return firstIndex.has(id);
  };

  if (Array.isArray(settings.tables)) {
    const seen = new Map<string, number>();
    settings.tables.forEach((table, i) => {
      const id = isObject(table) ? str(table.id) : undefined;
      if (id === undefined) return;
      if (seen.has(id)) add(`event.tables[${i}].id`, 'duplicate', `duplicate table id "${id}" (also event.tables[${seen.get(id)}])`, { id });
      else seen.set(id, i);
    });
  }

  const requested = new Map<string, number>();
  list(input.requests).forEach((request, i) => {
    if (!isObject(request)) return;
    const fromOk = known(`requests[${i}].from`, request.from);
    const toOk = known(`requests[${i}].to`, request.to);
    if (!fromOk || !toOk) return;
    if (request.from === request.to) return add(`requests[${i}].to`, 'self_pair', `a cluster cannot request itself ("${request.from}")`, { cluster: String(request.from) });
    const key = `${request.from}→${request.to}`;
    if (requested.has(key)) add(`requests[${i}]`, 'duplicate', `duplicate request from "${request.from}" to "${request.to}" (also requests[${requested.get(key)}])`, { from: String(request.from), to: String(request.to) });
    else requested.set(key, i);
  });

  const constraints = isObject(input.constraints) ? input.constraints : {};
  const pairsSeen = new Map<string, string>();
  for (const kind of ['mustMeet', 'neverMeet'] as const) {
    list(constraints[kind]).forEach((pair, i) => {
      if (!Array.isArray(pair) || pair.length !== 2) return;
      const path = `constraints.${kind}[${i}]`;
      const ok0 = known(`${path}[0]`, pair[0]);
      const ok1 = known(`${path}[1]`, pair[1]);
      if (!ok0 || !ok1) return;
      if (pair[0] === pair[1]) return add(path, 'self_pair', `a cluster cannot be paired with itself ("${pair[0]}")`, { cluster: pair[0] });
      const key = pairKey(pair[0], pair[1]);
      const earlier = pairsSeen.get(key);
      if (earlier) add(path, 'duplicate', `pair "${pair[0]}" – "${pair[1]}" already appears in ${earlier}`, { a: pair[0], b: pair[1] });
      else pairsSeen.set(key, path);
    });
  }

  // A pair with meeting windows that is also in neverMeet is no contradiction: it never meets, and its windows
  // are moot (a cluster's decline becomes a neverMeet pair, and must not make the organiser's file invalid).
  const windowed = new Map<string, number>();
  list(constraints.meetingWindows).forEach((entry, i) => {
    const pair = isObject(entry) ? entry.clusters : undefined;
    if (!Array.isArray(pair) || pair.length !== 2) return;
    const path = `constraints.meetingWindows[${i}]`;
    const ok0 = known(`${path}.clusters[0]`, pair[0]);
    const ok1 = known(`${path}.clusters[1]`, pair[1]);
    if (!ok0 || !ok1) return;
    if (pair[0] === pair[1]) return add(`${path}.clusters`, 'self_pair', `a cluster cannot be paired with itself ("${pair[0]}")`, { cluster: pair[0] });
    const key = pairKey(pair[0], pair[1]);
    const earlier = windowed.get(key);
    if (earlier !== undefined) {
      add(path, 'duplicate', `pair "${pair[0]}" – "${pair[1]}" already has its meeting windows in constraints.meetingWindows[${earlier}]`, { a: pair[0], b: pair[1] });
    } else windowed.set(key, i);
  });

  if (zoneOk) problems.push(...timeProblems(input, settings, zone));
  return problems;
}

function windowProblems(path: string, window: unknown, zone: string, add: (path: string, code: ProblemCode, message: string, params?: Problem['params']) => void): Interval | null {
  if (!isObject(window)) return null;
  const { date, start, end } = window;
  if (typeof date !== 'string' || typeof start !== 'string' || typeof end !== 'string') return null;
  if (!isDate(date) || !isTime(start) || !isTime(end)) return null;
  const interval = windowInterval({ date, start, end }, zone);
  if (interval === null) {
    for (const key of ['start', 'end'] as const) {
      if (windowInterval({ date, start: window[key] as string, end: window[key] as string }, zone) === null) {
        add(`${path}.${key}`, 'time_skipped', `${window[key]} does not exist on ${date} in ${zone} (the clocks go forward)`, { time: String(window[key]), date });
      }
    }
    return null;
  }
  if (interval.endMs <= interval.startMs) {
    add(`${path}.end`, 'end_before_start', `ends at ${end}, not after its start ${start}`, { start, end });
    return null;
  }
  return interval;
}

function timeProblems(input: Raw, settings: Raw, zone: string): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, code: ProblemCode, message: string, params?: Problem['params']) =>
    problems.push({ path, code, message, ...(params ? { params } : {}) });
  const minutes = settings.meetingMinutes;
  const changeover = settings.changeoverMinutes ?? DEFAULT_CHANGEOVER_MINUTES;
  const gridOk = Number.isInteger(minutes) && (minutes as number) >= 1 && Number.isInteger(changeover) && (changeover as number) >= 0;

  const sessions: { interval: Interval; i: number }[] = [];
  let rounds = 0;
  list(settings.sessions).forEach((session, i) => {
    const interval = windowProblems(`event.sessions[${i}]`, session, zone, add);
    if (!interval) return;
    sessions.push({ interval, i });
    if (!gridOk) return;
    const count = roundsIn(interval, { meetingMinutes: minutes, changeoverMinutes: changeover } as never);
    rounds += count;
    if (count === 0) add(`event.sessions[${i}]`, 'session_too_short', `too short for one ${minutes}-minute meeting`, { minutes: minutes as number });
  });
  problems.push(...roundLimitProblems(rounds));
  sessions.sort((x, y) => x.interval.startMs - y.interval.startMs);
  for (let k = 1; k < sessions.length; k++) {
    if (sessions[k].interval.startMs < sessions[k - 1].interval.endMs) {
      add(`event.sessions[${sessions[k].i}]`, 'overlap', `overlaps event.sessions[${sessions[k - 1].i}]`, { other: `event.sessions[${sessions[k - 1].i}]` });
    }
  }

  list(input.clusters).forEach((cluster, c) => {
    if (!isObject(cluster)) return;
    list(cluster.availability).forEach((window, w) => windowProblems(`clusters[${c}].availability[${w}]`, window, zone, add));
  });
  const constraints = isObject(input.constraints) ? input.constraints : {};
  list(constraints.meetingWindows).forEach((entry, i) => {
    if (!isObject(entry)) return;
    list(entry.windows).forEach((window, w) => windowProblems(`constraints.meetingWindows[${i}].windows[${w}]`, window, zone, add));
  });
  return problems;
}

/**
 * Checks that a mustMeet pair can be met at all: caps, and a common available
 * round inside the pair's meeting windows.
 */
function mustMeetProblems(event: EventFile): Problem[] {
  const problems: Problem[] = [];
  const normal = normalizeEvent(event);
  const windowEntry = new Map((event.constraints?.meetingWindows ?? []).map((m, j) => [pairKey(m.clusters[0], m.clusters[1]), j] as const));
  const mustCount = new Map<string, number>();
  (event.constraints?.mustMeet ?? []).forEach(([a, b], i) => {
    const path = `constraints.mustMeet[${i}]`;
    for (const id of [a, b]) {
      const cap = normal.cap.get(id)!;
      const n = (mustCount.get(id) ?? 0) + 1;
      mustCount.set(id, n);
      if (n > cap) problems.push({ path, code: 'over_cap', message: `"${id}" must meet more partners than its cap of ${cap} meetings`, params: { cluster: id, cap } });
    }
    const common = normal.slots.filter((s) => isAvailable(normal, a, s) && isAvailable(normal, b, s));
    const j = windowEntry.get(pairKey(a, b));
    if (common.length === 0) {
      problems.push({ path, code: 'no_common_round', message: `"${a}" and "${b}" have no round in which both are available`, params: { a, b } });
    } else if (j !== undefined && !normal.slots.some((s) => pairAllowed(normal, a, b, s))) {
      // The same code, with the entry that rules the rounds out: the pair still has no round to meet in.
      const where = `constraints.meetingWindows[${j}]`;
      problems.push({
        path,
        code: 'no_common_round',
        message: `"${a}" and "${b}" have no round inside their meeting windows (${where}) in which both are available`,
        params: { a, b, meetingWindows: where },
      });
    }
    if (normal.neverMeet.has(pairKey(a, b))) problems.push({ path, code: 'never_meet', message: `"${a}" – "${b}" is also in neverMeet`, params: { a, b } });
  });
  return problems;
}

/**
 * Validates an event file v1. Reports every problem found, each with its
 * path; on success returns the event (the input itself is never modified).
 */
export function validateEvent(input: unknown): ValidationResult {
  if (!isObject(input)) return { ok: false, problems: [{ path: '(file)', code: 'invalid_type', message: 'must be a JSON object', params: { expected: 'object' } }] };
  const parsed = eventFileSchema.safeParse(input);
  const problems = [...(parsed.success ? [] : schemaProblems(parsed.error.issues)), ...crossProblems(input)];
  if (problems.length === 0 && parsed.success) {
    const event = input as unknown as EventFile;
    problems.push(...mustMeetProblems(event));
    if (problems.length === 0) return { ok: true, event };
  }
  return { ok: false, problems: dedupe(problems) };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.code}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
