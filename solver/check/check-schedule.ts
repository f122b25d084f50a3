/**
 * The independent feasibility checker. It recomputes the round grid, the
 * pair values and every rule from the event file alone, so that it can judge
 * any schedule, the solver's included, without trusting it.
 */
import { checkLocks, checkStats, checkUnmet } from './check-summary';
import { deriveRules, pairKey, VALUE_EPSILON, type Report, type Rules } from './check-rules';
import type { EventFile, LockedMeeting, Meeting, Problem, Round, Schedule } from '../model/types';

/**
 * Checks a schedule against its event and reports every violation, each with
 * the path of the offending field (`meetings[4].round`). An empty array means
 * the schedule is valid.
 *
 * Pure: reads neither clock nor environment, and mutates nothing. Assumes the
 * event itself is valid (see `validateEvent`); the schedule may be anything
 * of the right shape.
 *
 * @param event - The event file the schedule was built for.
 * @param schedule - The schedule to check.
 * @param locks - Meetings the organiser locked. When given, each must appear
 *   at its round and table marked `locked: true`, and no other meeting may be
 *   marked locked. When omitted, the `locked` flags are not checked. A locked
 *   pair is the organiser's decision: it may have no value and no reasons.
 */
export function checkSchedule(event: EventFile, schedule: Schedule, locks?: LockedMeeting[]): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  const rules = deriveRules(event);

  if (schedule.eventId !== event.event.id) {
    report('eventId', `expected "${event.event.id}", got "${schedule.eventId}"`);
  }
  checkRounds(rules, schedule.rounds, report);
  const lockedPairs = new Set((locks ?? []).map((l) => pairKey(l.clusters[0], l.clusters[1])));
  checkMeetings(event, rules, schedule.meetings, lockedPairs, report);
  checkUnmet(event, schedule, report);
  checkStats(event, rules, schedule, report);
  if (locks) checkLocks(locks, schedule.meetings, report);
  return problems;
}

function checkRounds(rules: Rules, rounds: readonly Round[], report: Report): void {
  const grid = rules.grid;
  if (rounds.length !== grid.length) {
    report('rounds', `expected ${grid.length} rounds, got ${rounds.length}`);
  }
  rounds.forEach((round, i) => {
    const expected = grid[i];
    if (!expected) return;
    if (round.index !== expected.index) report(`rounds[${i}].index`, `expected ${expected.index}, got ${round.index}`);
    if (round.start !== expected.start) report(`rounds[${i}].start`, `expected ${expected.start}, got ${round.start}`);
    if (round.end !== expected.end) report(`rounds[${i}].end`, `expected ${expected.end}, got ${round.end}`);
  });
}

function checkMeetings(
  event: EventFile,
  rules: Rules,
  meetings: readonly Meeting[],
  lockedPairs: ReadonlySet<string>,
  report: Report,
): void {
  // First meeting seen for each pair, (round, table) and (round, cluster).
  const pairSeen = new Map<string, number>();
  const tableSeen = new Map<string, number>();
  const clusterSeen = new Map<string, number>();
  const perRound = new Map<number, number>();
  const perCluster = new Map<string, number>();

  meetings.forEach((meeting, i) => {
    const at = `meetings[${i}]`;
    const [a, b] = meeting.clusters;
    const known = meeting.clusters.length === 2 && meeting.clusters.every((id) => rules.clusters.has(id));
    if (meeting.clusters.length !== 2) report(`${at}.clusters`, `expected 2 clusters, got ${meeting.clusters.length}`);
    meeting.clusters.forEach((id, k) => {
      if (!rules.clusters.has(id)) report(`${at}.clusters[${k}]`, `unknown cluster "${id}"`);
    });
    if (a === b) report(`${at}.clusters`, `cluster "${a}" cannot meet itself`);
    else if (a > b) report(`${at}.clusters`, `clusters must be in ascending order, got "${a}" before "${b}"`);

    const pair = pairKey(a, b);
    const locked = lockedPairs.has(pair);
    const earlier = pairSeen.get(pair);
    if (earlier !== undefined) report(`${at}.clusters`, `"${a}" and "${b}" already meet in meetings[${earlier}]`);
    else pairSeen.set(pair, i);
    if (rules.neverMeet.has(pair)) report(`${at}.clusters`, `"${a}" and "${b}" must never meet`);

    const round = Number.isInteger(meeting.round) ? rules.grid[meeting.round - 1] : undefined;
    if (!round) {
      report(`${at}.round`, `no round ${meeting.round} (the event has ${rules.grid.length})`);
    } else {
      if (meeting.start !== round.start) report(`${at}.start`, `expected ${round.start}, got ${meeting.start}`);
      if (meeting.end !== round.end) report(`${at}.end`, `expected ${round.end}, got ${meeting.end}`);
      for (const id of new Set(meeting.clusters)) {
        if (rules.clusters.has(id) && !rules.available(id, round)) {
          report(`${at}.round`, `round ${round.index} (${round.start}) is outside the availability of "${id}"`);
        }
      }
    }

    if (typeof meeting.table !== 'string' || meeting.table === '') {
      report(`${at}.table`, 'expected a non-empty table id');
    } else if (rules.tableIds && !rules.tableIds.has(meeting.table)) {
      report(`${at}.table`, `unknown table "${meeting.table}"`);
    }
    const tableKey = `${meeting.round}\u0000${meeting.table}`;
    const tableFirst = tableSeen.get(tableKey);
    if (tableFirst !== undefined) {
      report(`${at}.table`, `table "${meeting.table}" is already used in round ${meeting.round} by meetings[${tableFirst}]`);
    } else tableSeen.set(tableKey, i);

    const inRound = (perRound.get(meeting.round) ?? 0) + 1;
    perRound.set(meeting.round, inRound);
    if (inRound === rules.tableLimit + 1) {
      report(`${at}.round`, `round ${meeting.round} has more meetings than its ${rules.tableLimit} tables`);
    }

    for (const id of new Set(meeting.clusters)) {
      const key = `${meeting.round}\u0000${id}`;
      const first = clusterSeen.get(key);
      if (first !== undefined) {
        report(`${at}.round`, `cluster "${id}" already meets in round ${meeting.round} (meetings[${first}])`);
      } else clusterSeen.set(key, i);
      const count = (perCluster.get(id) ?? 0) + 1;
      perCluster.set(id, count);
      if (rules.clusters.has(id) && count === rules.cap(id) + 1) {
        report(`${at}.clusters`, `cluster "${id}" has more meetings than its cap of ${rules.cap(id)}`);
      }
    }

    if (known && a !== b) {
      const value = rules.pairValue(a, b);
      if (!(Math.abs(meeting.value - value) <= VALUE_EPSILON)) {
        report(`${at}.value`, `expected ${value}, got ${meeting.value}`);
      }
      if (value <= 0 && !rules.mustMeet.has(pair) && !locked) {
        report(`${at}.value`, `"${a}" and "${b}" have no value together and are not a must-meet pair`);
      }
    }

    if (!Array.isArray(meeting.reasons) || (meeting.reasons.length === 0 && !locked)) {
      report(`${at}.reasons`, locked ? 'expected a list of reasons' : 'expected at least one reason');
    } else {
      meeting.reasons.forEach((reason, k) => {
        if (typeof reason !== 'string' || reason.trim() === '') report(`${at}.reasons[${k}]`, 'expected a non-empty reason');
      });
    }
  });

  (event.constraints?.mustMeet ?? []).forEach(([a, b], i) => {
    if (!pairSeen.has(pairKey(a, b))) report(`constraints.mustMeet[${i}]`, `"${a}" and "${b}" must meet but are not scheduled`);
  });
}
