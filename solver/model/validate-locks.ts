/** Checks locked meetings against the event: each problem with its path (`locks[2].table`). */
import { capOf, tableIds } from '../search/instance';
import { pairKey } from '../value/pair-value';
import { insideOneWindow, roundSlots, windowInterval, type Interval } from '../time/round-grid';
import type { EventFile, LockedMeeting, Problem } from './types';

export function validateLocks(event: EventFile, locks: readonly LockedMeeting[]): Problem[] {
  const problems: Problem[] = [];
  const slots = roundSlots(event.event);
  const tables = tableIds(event);
  const index = new Map(event.clusters.map((c, i) => [c.id, i]));
  const never = new Set((event.constraints?.neverMeet ?? []).map(([a, b]) => pairKey(a, b)));
  const zone = event.event.timezone;
  const windows = event.clusters.map((c) =>
    c.availability ? c.availability.map((w) => windowInterval(w, zone)).filter((x): x is Interval => x !== null) : null,
  );
  const seenPair = new Map<string, number>();
  const seenSlot = new Map<string, number>();
  const count = new Map<string, number>();

  locks.forEach((lock, i) => {
    const path = `locks[${i}]`;
    const add = (suffix: string, message: string) => problems.push({ path: path + suffix, message });
    const [a, b] = lock.clusters;
    let ok = true;
    for (const [k, id] of [a, b].entries()) {
      if (!index.has(id)) {
        add(`.clusters[${k}]`, `unknown cluster ${JSON.stringify(id)}`);
        ok = false;
      }
    }
    if (a === b) {
      add('.clusters', 'a cluster cannot meet itself');
      ok = false;
    }
    const slot = slots[lock.round - 1];
    if (!Number.isInteger(lock.round) || !slot) {
      add('.round', `round ${lock.round} does not exist (the event has rounds 1 to ${slots.length})`);
      ok = false;
    }
    if (tables ? !tables.includes(lock.table) : !(typeof lock.table === 'string' && lock.table.length > 0)) {
      add('.table', `unknown table ${JSON.stringify(lock.table)}`);
      ok = false;
    }
    if (!ok) return;
    const key = pairKey(a, b);
    if (never.has(key)) add('', `"${a}" and "${b}" must not meet (neverMeet)`);
    if (seenPair.has(key)) add('', `"${a}" and "${b}" are already locked in locks[${seenPair.get(key)}]`);
    else seenPair.set(key, i);
    const tableKey = `${lock.round}|${lock.table}`;
    if (seenSlot.has(tableKey)) add('.table', `table ${lock.table} is already locked in round ${lock.round} by locks[${seenSlot.get(tableKey)}]`);
    else seenSlot.set(tableKey, i);
    for (const id of [a, b]) {
      const c = index.get(id)!;
      const roundKey = `${lock.round}|${id}`;
      if (seenSlot.has(roundKey)) add('', `"${id}" already has a locked meeting in round ${lock.round} (locks[${seenSlot.get(roundKey)}])`);
      else seenSlot.set(roundKey, i);
      const own = windows[c];
      if (own && !insideOneWindow(slot, own)) add('.round', `"${id}" is not available in round ${lock.round}`);
      const n = (count.get(id) ?? 0) + 1;
      count.set(id, n);
      if (n === capOf(event, c) + 1) add('', `"${id}" has more locked meetings than its cap of ${capOf(event, c)}`);
    }
  });
  return problems;
}
