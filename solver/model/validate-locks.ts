/** Checks locked meetings against the event: each problem with its path (`locks[2].table`) and code. */
import { insideMeetingWindow, isAvailable, normalizeEvent, type NormalEvent } from './normal-event';
import { pairKey } from './pair-key';
import type { EventFile, LockedMeeting, Problem, ProblemCode } from './types';

/** Problems of locks against a normalised event. */
export function lockProblems(normal: NormalEvent, locks: readonly LockedMeeting[]): Problem[] {
  const problems: Problem[] = [];
  const { slots, tables, byId } = normal;
  const seenPair = new Map<string, number>();
  const seenSlot = new Map<string, number>();
  const count = new Map<string, number>();

  locks.forEach((lock, i) => {
    const path = `locks[${i}]`;
    const add = (suffix: string, code: ProblemCode, message: string, params?: Problem['params']) =>
      problems.push({ path: path + suffix, code, message, ...(params ? { params } : {}) });
    const [a, b] = lock.clusters;
    let ok = true;
    for (const [k, id] of [a, b].entries()) {
      if (!byId.has(id)) {
        add(`.clusters[${k}]`, 'unknown_cluster', `unknown cluster ${JSON.stringify(id)}`, { cluster: String(id) });
        ok = false;
      }
    }
    if (a === b) {
      add('.clusters', 'self_pair', 'a cluster cannot meet itself', { cluster: a });
      ok = false;
    }
    const slot = slots[lock.round - 1];
    if (!Number.isInteger(lock.round) || !slot) {
      add('.round', 'unknown_round', `round ${lock.round} does not exist (the event has rounds 1 to ${slots.length})`, {
        round: String(lock.round),
        rounds: slots.length,
      });
      ok = false;
    }
    if (tables ? !tables.includes(lock.table) : !(typeof lock.table === 'string' && lock.table.length > 0)) {
      add('.table', 'unknown_table', `unknown table ${JSON.stringify(lock.table)}`, { table: String(lock.table) });
      ok = false;
    }
    if (!ok) return;
    const key = pairKey(a, b);
    if (normal.neverMeet.has(key)) add('', 'never_meet', `"${a}" and "${b}" must not meet (neverMeet)`, { a, b });
    if (seenPair.has(key)) add('', 'duplicate', `"${a}" and "${b}" are already locked in locks[${seenPair.get(key)}]`, { a, b });
    else seenPair.set(key, i);
    if (!insideMeetingWindow(normal, a, b, slot)) {
      add('.round', 'outside_meeting_window', `round ${lock.round} is outside the meeting windows of "${a}" and "${b}"`, { a, b, round: lock.round });
    }
    const tableKey = `${lock.round}|${lock.table}`;
    if (seenSlot.has(tableKey)) {
      add('.table', 'table_taken', `table ${lock.table} is already locked in round ${lock.round} by locks[${seenSlot.get(tableKey)}]`, {
        table: lock.table,
        round: lock.round,
      });
    } else seenSlot.set(tableKey, i);
    for (const id of [a, b]) {
      const roundKey = `${lock.round}|${id}`;
      if (seenSlot.has(roundKey)) {
        add('', 'cluster_busy', `"${id}" already has a locked meeting in round ${lock.round} (locks[${seenSlot.get(roundKey)}])`, {
          cluster: id,
          round: lock.round,
        });
      } else seenSlot.set(roundKey, i);
      if (!isAvailable(normal, id, slot)) add('.round', 'unavailable', `"${id}" is not available in round ${lock.round}`, { cluster: id, round: lock.round });
      const n = (count.get(id) ?? 0) + 1;
      count.set(id, n);
      const cap = normal.cap.get(id)!;
      if (n === cap + 1) add('', 'over_cap', `"${id}" has more locked meetings than its cap of ${cap}`, { cluster: id, cap });
    }
  });
  return problems;
}

/** Checks locked meetings against a validated event. */
export function validateLocks(event: EventFile, locks: readonly LockedMeeting[]): Problem[] {
  return lockProblems(normalizeEvent(event), locks);
}
