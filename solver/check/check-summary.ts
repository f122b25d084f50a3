/**
 * The checker's account of what a schedule says about itself: the unmet
 * requests, the statistics and the locked meetings.
 */
import { DEFAULT_IDLE_MEASURE, DEFAULT_OBJECTIVE } from '../model/defaults';
import { pairKey } from '../model/pair-key';
import { VALUE_EPSILON, type Report, type Rules } from './check-rules';
import type { EventFile, LockedMeeting, Meeting, Schedule } from '../model/types';

/** `unmet` must hold exactly the requests whose pair is not scheduled. */
export function checkUnmet(event: EventFile, schedule: Schedule, report: Report): void {
  const scheduled = new Map<string, number>();
  schedule.meetings.forEach((m, i) => {
    const key = pairKey(m.clusters[0], m.clusters[1]);
    if (!scheduled.has(key)) scheduled.set(key, i);
  });

  // Requests still expected in `unmet`, by direction; a request listed twice
  // in the event is expected twice.
  const expected = new Map<string, number[]>();
  (event.requests ?? []).forEach((r, i) => {
    if (scheduled.has(pairKey(r.from, r.to))) return;
    const key = `${r.from}\u0000${r.to}`;
    expected.set(key, [...(expected.get(key) ?? []), i]);
  });

  schedule.unmet.forEach((u, j) => {
    const at = `unmet[${j}]`;
    const met = scheduled.get(pairKey(u.from, u.to));
    const waiting = expected.get(`${u.from}\u0000${u.to}`);
    if (met !== undefined) report(at, 'mismatch', `"${u.from}" and "${u.to}" meet in meetings[${met}]`);
    else if (waiting && waiting.length > 0) waiting.shift();
    else report(at, 'mismatch', `no unmet request from "${u.from}" to "${u.to}" (or listed twice)`);
    if (typeof u.reason !== 'string' || u.reason.trim() === '') report(`${at}.reason`, 'empty', 'expected a non-empty reason');
  });

  for (const indices of expected.values()) {
    for (const i of indices) {
      const r = (event.requests ?? [])[i];
      report('unmet', 'missing', `requests[${i}] from "${r.from}" to "${r.to}" is not met and is missing from unmet`);
    }
  }
}

/** The distinct rounds of each cluster's meetings in each session, in order. */
function roundsBySession(rules: Rules, meetings: readonly Meeting[]): number[][] {
  const rounds = new Map<string, Set<number>>();
  for (const m of meetings) {
    const round = Number.isInteger(m.round) ? rules.grid[m.round - 1] : undefined;
    if (!round) continue;
    for (const id of new Set(m.clusters)) {
      const key = `${id}\u0000${round.session}`;
      const set = rounds.get(key) ?? new Set<number>();
      set.add(round.index);
      rounds.set(key, set);
    }
  }
  // Distinct rounds, so that a cluster booked twice in a round (reported elsewhere) never gives negative idleness.
  return [...rounds.values()].map((set) => [...set].sort((x, y) => x - y));
}

/** Idle rounds: for each cluster and session, the rounds between its first and last meeting without one. */
export function idleRounds(rules: Rules, meetings: readonly Meeting[]): number {
  return roundsBySession(rules, meetings).reduce((idle, list) => idle + list[list.length - 1] - list[0] + 1 - list.length, 0);
}

/** Idle gaps: for each cluster and session, the stretches without a meeting between two of its meetings, each counted once. */
export function idleGaps(rules: Rules, meetings: readonly Meeting[]): number {
  let gaps = 0;
  for (const list of roundsBySession(rules, meetings)) for (let i = 1; i < list.length; i++) if (list[i] > list[i - 1] + 1) gaps++;
  return gaps;
}

/** Every count in `stats` is recomputed from the meetings and compared. */
export function checkStats(event: EventFile, rules: Rules, schedule: Schedule, report: Report): void {
  const { stats, meetings } = schedule;
  const objective = event.event.objective ?? DEFAULT_OBJECTIVE;
  const value = meetings.reduce((sum, m) => sum + m.value, 0);
  const covered = new Set(meetings.flatMap((m) => m.clusters)).size;
  const idle = idleRounds(rules, meetings);

  if (stats.objective !== objective) report('stats.objective', 'mismatch', `expected "${objective}", got "${stats.objective}"`);
  if (!(Math.abs(stats.value - value) <= VALUE_EPSILON)) {
    report('stats.value', 'mismatch', `expected ${value} (the sum of meeting values), got ${stats.value}`);
  }
  if (stats.covered !== covered) report('stats.covered', 'mismatch', `expected ${covered}, got ${stats.covered}`);
  if (stats.meetings !== meetings.length) report('stats.meetings', 'mismatch', `expected ${meetings.length}, got ${stats.meetings}`);
  if (stats.rounds !== rules.grid.length) report('stats.rounds', 'mismatch', `expected ${rules.grid.length}, got ${stats.rounds}`);
  if (stats.idleRounds !== idle) report('stats.idleRounds', 'mismatch', `expected ${idle}, got ${stats.idleRounds}`);
  if (!(stats.upperBound >= value - VALUE_EPSILON)) {
    report('stats.upperBound', 'mismatch', `upper bound ${stats.upperBound} is below the value ${value}`);
  }
  if (typeof stats.optimal !== 'boolean') report('stats.optimal', 'invalid_type', 'expected a boolean');
  checkIdle(event, rules, schedule, report);
  if (!(Number.isFinite(stats.solveMs) && stats.solveMs >= 0)) {
    report('stats.solveMs', 'invalid_value', `expected a non-negative number, got ${stats.solveMs}`);
  }
}

/**
 * The idle statistics, optional in schedule v1: `idle` by the event's
 * measure, recomputed; a lower bound no greater than it, and equal to it
 * when the idle time is said to be optimal. The bound itself cannot be
 * verified without solving again; its consistency can.
 */
function checkIdle(event: EventFile, rules: Rules, schedule: Schedule, report: Report): void {
  const { stats, meetings } = schedule;
  const measure = event.event.idleMeasure ?? DEFAULT_IDLE_MEASURE;
  const idle = measure === 'gaps' ? idleGaps(rules, meetings) : idleRounds(rules, meetings);
  const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (stats.idle !== undefined && stats.idle !== idle) report('stats.idle', 'mismatch', `expected ${idle} (idle ${measure}), got ${stats.idle}`);
  if (stats.idleLowerBound !== undefined) {
    if (!count(stats.idleLowerBound)) report('stats.idleLowerBound', 'invalid_value', `expected a whole number, got ${stats.idleLowerBound}`);
    else if (stats.idleLowerBound > idle) report('stats.idleLowerBound', 'mismatch', `lower bound ${stats.idleLowerBound} is above the idle time ${idle}`);
  }
  if (stats.idleOptimal !== undefined) {
    if (typeof stats.idleOptimal !== 'boolean') report('stats.idleOptimal', 'invalid_type', 'expected a boolean');
    else if (stats.idleOptimal && stats.idleLowerBound !== idle) {
      report('stats.idleOptimal', 'mismatch', `idle time ${idle} is said to be optimal, but its lower bound is ${stats.idleLowerBound}`);
    }
  }
}

/** Each lock appears at its round and table, marked locked; nothing else is. */
export function checkLocks(locks: readonly LockedMeeting[], meetings: readonly Meeting[], report: Report): void {
  const matched = new Set<number>();
  locks.forEach((lock, i) => {
    const [a, b] = lock.clusters;
    const key = pairKey(a, b);
    const samePair = meetings.findIndex((m) => pairKey(m.clusters[0], m.clusters[1]) === key);
    const exact = meetings.findIndex(
      (m) => pairKey(m.clusters[0], m.clusters[1]) === key && m.round === lock.round && m.table === lock.table,
    );
    const where = `round ${lock.round} at table "${lock.table}"`;
    if (exact >= 0) {
      matched.add(exact);
      if (meetings[exact].locked !== true) report(`meetings[${exact}].locked`, 'not_locked', `locked meeting of "${a}" and "${b}" must be marked locked`);
    } else if (samePair >= 0) {
      const m = meetings[samePair];
      report(`locks[${i}]`, 'mismatch', `"${a}" and "${b}" are locked in ${where} but meet in round ${m.round} at table "${m.table}"`, {
        a,
        b,
        round: m.round,
        table: m.table,
      });
    } else {
      report(`locks[${i}]`, 'missing', `"${a}" and "${b}" are locked in ${where} but do not meet`, { a, b });
    }
  });
  meetings.forEach((m, j) => {
    if (m.locked === true && !matched.has(j)) report(`meetings[${j}].locked`, 'mismatch', 'marked locked but matches no lock');
  });
}
