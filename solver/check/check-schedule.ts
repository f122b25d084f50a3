/**
 * The independent feasibility checker. It recomputes the round grid, the
 * pair values and every rule from the event file alone, so that it can judge
 * any schedule, the solver's included, without trusting it.
 */
import { checkLocks, checkStats, checkUnmet } from './check-summary';
import { PRIORITY_VALUE_BASE } from '../model/defaults';
import { pairKey } from '../model/pair-key';
import { deriveRules, VALUE_EPSILON, type Report, type Rules } from './check-rules';
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
  const report: Report = (path, code, message, params) => problems.push({ path, code, message, ...(params ? { params } : {}) });
  const rules = deriveRules(event);

  if (schedule.eventId !== event.event.id) {
    report('eventId', 'mismatch', `expected "${event.event.id}", got "${schedule.eventId}"`);
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
    report('rounds', 'mismatch', `expected ${grid.length} rounds, got ${rounds.length}`);
  }
  rounds.forEach((round, i) => {
    const expected = grid[i];
    if (!expected) return;
    if (round.index !== expected.index) report(`rounds[${i}].index`, 'mismatch', `expected ${expected.index}, got ${round.index}`);
    if (round.start !== expected.start) report(`rounds[${i}].start`, 'mismatch', `expected ${expected.start}, got ${round.start}`);
    if (round.end !== expected.end) report(`rounds[${i}].end`, 'mismatch', `expected ${expected.end}, got ${round.end}`);
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
    if (meeting.clusters.length !== 2) report(`${at}.clusters`, 'invalid_value', `expected 2 clusters, got ${meeting.clusters.length}`);
    meeting.clusters.forEach((id, k) => {
      if (!rules.clusters.has(id)) report(`${at}.clusters[${k}]`, 'unknown_cluster', `unknown cluster "${id}"`, { cluster: id });
    });
    if (a === b) report(`${at}.clusters`, 'self_pair', `cluster "${a}" cannot meet itself`);
    else if (a > b) report(`${at}.clusters`, 'invalid_value', `clusters must be in ascending order, got "${a}" before "${b}"`);

    const pair = pairKey(a, b);
    const locked = lockedPairs.has(pair);
    const earlier = pairSeen.get(pair);
    if (earlier !== undefined) report(`${at}.clusters`, 'duplicate', `"${a}" and "${b}" already meet in meetings[${earlier}]`, { a, b });
    else pairSeen.set(pair, i);
    if (rules.neverMeet.has(pair)) report(`${at}.clusters`, 'never_meet', `"${a}" and "${b}" must never meet`, { a, b });

    const round = Number.isInteger(meeting.round) ? rules.grid[meeting.round - 1] : undefined;
    if (!round) {
      report(`${at}.round`, 'unknown_round', `no round ${meeting.round} (the event has ${rules.grid.length})`, { round: String(meeting.round), rounds: rules.grid.length });
    } else {
      if (meeting.start !== round.start) report(`${at}.start`, 'mismatch', `expected ${round.start}, got ${meeting.start}`);
      if (meeting.end !== round.end) report(`${at}.end`, 'mismatch', `expected ${round.end}, got ${meeting.end}`);
      for (const id of new Set(meeting.clusters)) {
        if (rules.clusters.has(id) && !rules.available(id, round)) {
          report(`${at}.round`, 'unavailable', `round ${round.index} (${round.start}) is outside the availability of "${id}"`, { cluster: id, round: round.index });
        }
      }
      if (known && a !== b && !rules.insideMeetingWindow(a, b, round)) {
        report(`${at}.round`, 'outside_meeting_window', `round ${round.index} (${round.start}) is outside the meeting windows of "${a}" and "${b}"`, { a, b, round: round.index });
      }
    }

    if (typeof meeting.table !== 'string' || meeting.table === '') {
      report(`${at}.table`, 'empty', 'expected a non-empty table id');
    } else if (rules.tableIds && !rules.tableIds.has(meeting.table)) {
      report(`${at}.table`, 'unknown_table', `unknown table "${meeting.table}"`, { table: String(meeting.table) });
    }
    const tableKey = `${meeting.round}\u0000${meeting.table}`;
    const tableFirst = tableSeen.get(tableKey);
    if (tableFirst !== undefined) {
      report(`${at}.table`, 'table_taken', `table "${meeting.table}" is already used in round ${meeting.round} by meetings[${tableFirst}]`, { table: meeting.table, round: meeting.round });
    } else tableSeen.set(tableKey, i);

    const inRound = (perRound.get(meeting.round) ?? 0) + 1;
    perRound.set(meeting.round, inRound);
    if (inRound === rules.tableLimit + 1) {
      report(`${at}.round`, 'over_tables', `round ${meeting.round} has more meetings than its ${rules.tableLimit} tables`, { round: meeting.round, tables: rules.tableLimit });
    }

    for (const id of new Set(meeting.clusters)) {
      const key = `${meeting.round}\u0000${id}`;
      const first = clusterSeen.get(key);
      if (first !== undefined) {
        report(`${at}.round`, 'cluster_busy', `cluster "${id}" already meets in round ${meeting.round} (meetings[${first}])`, { cluster: id, round: meeting.round });
      } else clusterSeen.set(key, i);
      const count = (perCluster.get(id) ?? 0) + 1;
      perCluster.set(id, count);
      if (rules.clusters.has(id) && count === rules.cap(id) + 1) {
        report(`${at}.clusters`, 'over_cap', `cluster "${id}" has more meetings than its cap of ${rules.cap(id)}`, { cluster: id, cap: rules.cap(id) });
      }
    }

    if (known && a !== b) {
      const value = rules.pairValue(a, b);
      if (!(Math.abs(meeting.value - value) <= VALUE_EPSILON)) {
        report(`${at}.value`, 'wrong_value', `expected ${value}, got ${meeting.value}`);
      }
      if (value <= 0 && !rules.mustMeet.has(pair) && !locked) {
        report(`${at}.value`, 'no_value', `"${a}" and "${b}" have no value together and are not a must-meet pair`, { a, b });
      }
    }

    checkWhy(rules, meeting, at, pair, report);

    if (!Array.isArray(meeting.reasons) || (meeting.reasons.length === 0 && !locked)) {
      report(`${at}.reasons`, 'empty', locked ? 'expected a list of reasons' : 'expected at least one reason');
    } else {
      meeting.reasons.forEach((reason, k) => {
        if (typeof reason !== 'string' || reason.trim() === '') report(`${at}.reasons[${k}]`, 'empty', 'expected a non-empty reason');
      });
    }
  });

  (event.constraints?.mustMeet ?? []).forEach(([a, b], i) => {
    if (!pairSeen.has(pairKey(a, b))) report(`constraints.mustMeet[${i}]`, 'missing', `"${a}" and "${b}" must meet but are not scheduled`, { a, b });
  });
}

const WHY_KINDS = new Set(['mustMeet', 'locked', 'request', 'competence']);

/**
 * `why` is optional in files written before it existed; when present it must
 * say what makes the meeting: the organiser's decisions, the requests between
 * the two clusters and the competence matches, adding up to the pair's value.
 */
function checkWhy(rules: Rules, meeting: Meeting, at: string, pair: string, report: Report): void {
  const why: unknown = meeting.why;
  if (why === undefined) return;
  if (!Array.isArray(why) || why.length === 0) return report(`${at}.why`, 'empty', 'expected a non-empty list of reasons as data');
  const [a, b] = meeting.clusters;
  const ours = (id: unknown) => id === a || id === b;
  let value = 0;
  why.forEach((item: Record<string, unknown>, k) => {
    const path = `${at}.why[${k}]`;
    const kind = item?.kind;
    if (typeof kind !== 'string' || !WHY_KINDS.has(kind)) return report(`${path}.kind`, 'invalid_value', `unknown kind ${JSON.stringify(kind)}`);
    if (kind === 'mustMeet' && !rules.mustMeet.has(pair)) report(path, 'mismatch', `"${a}" and "${b}" are not a must-meet pair`);
    if (kind === 'locked' && meeting.locked !== true) report(path, 'mismatch', 'the meeting is not locked');
    if (kind === 'request') {
      const given = rules.requestPriority(String(item.from), String(item.to));
      if (!ours(item.from) || !ours(item.to) || item.from === item.to || given === undefined) {
        report(path, 'mismatch', `no request from ${JSON.stringify(item.from)} to ${JSON.stringify(item.to)} in this pair`);
      } else if (item.priority !== given) report(`${path}.priority`, 'mismatch', `expected ${given}, got ${JSON.stringify(item.priority)}`);
      else value += PRIORITY_VALUE_BASE - given;
    }
    if (kind === 'competence') {
      if (!ours(item.offeredBy) || !ours(item.soughtBy) || item.offeredBy === item.soughtBy || typeof item.term !== 'string') {
        report(path, 'mismatch', 'a competence match must name a term offered by one of the two clusters and sought by the other');
      } else value += rules.competenceWeight;
    }
  });
  if (rules.clusters.has(a) && rules.clusters.has(b) && !(Math.abs(value - rules.pairValue(a, b)) <= VALUE_EPSILON)) {
    report(`${at}.why`, 'wrong_value', `its requests and competences add up to ${value}, the pair's value is ${rules.pairValue(a, b)}`);
  }
}
