import fc from 'fast-check';
import { checkSchedule, eventOnTheDay, locksOnTheDay, solve } from '../../../solver';
import { deriveRules } from '../../../solver/check/check-rules';
import { pairKey } from '../../../solver/model/pair-key';
import type { EventFile, Meeting } from '../../../solver/model/types';
import { randomEvent } from '../../../bench/random-event';

const key = (m: Pick<Meeting, 'clusters'>) => pairKey(m.clusters[0], m.clusters[1]);
const place = (m: Pick<Meeting, 'clusters' | 'round' | 'table'>) => `${key(m)}@${m.round}/${m.table}`;

/**
 * The most meetings the given clusters can have, by exhaustive search over
 * the meetings that can be added to `fixed` in rounds after `started`,
 * without `absent`, with the checker's rules (values, caps, tables, one
 * meeting per cluster and round, one per pair, availability).
 */
function mostMeetingsOf(event: EventFile, fixed: readonly Meeting[], started: number, absent: string, counted: ReadonlySet<string>): number {
  const rules = deriveRules(event);
  const ids = event.clusters.map((c) => c.id).filter((id) => id !== absent);
  const candidates: { a: string; b: string; round: number }[] = [];
  const fixedPairs = new Set(fixed.map(key));
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i], ids[j]];
      if (fixedPairs.has(pairKey(a, b)) || rules.pairValue(a, b) <= 0 || rules.neverMeet.has(pairKey(a, b))) continue;
      for (const round of rules.grid.slice(started)) {
        if (rules.available(a, round) && rules.available(b, round) && rules.insideMeetingWindow(a, b, round)) candidates.push({ a, b, round: round.index });
      }
    }
  }
  const busy = new Set(fixed.flatMap((m) => m.clusters.map((id) => `${id}@${m.round}`)));
  const load = new Map<number, number>();
  const count = new Map<string, number>();
  for (const m of fixed) {
    load.set(m.round, (load.get(m.round) ?? 0) + 1);
    for (const id of m.clusters) count.set(id, (count.get(id) ?? 0) + 1);
  }
  const used = new Set<string>();
  const score = (a: string, b: string) => (counted.has(a) ? 1 : 0) + (counted.has(b) ? 1 : 0);
  let best = 0;
  const search = (k: number, gained: number) => {
    best = Math.max(best, gained);
    for (let c = k; c < candidates.length; c++) {
      const { a, b, round } = candidates[c];
      if (used.has(pairKey(a, b)) || busy.has(`${a}@${round}`) || busy.has(`${b}@${round}`) || (load.get(round) ?? 0) >= rules.tableLimit) continue;
      if ((count.get(a) ?? 0) >= rules.cap(a) || (count.get(b) ?? 0) >= rules.cap(b) || score(a, b) === 0) continue;
      used.add(pairKey(a, b));
      busy.add(`${a}@${round}`).add(`${b}@${round}`);
      load.set(round, (load.get(round) ?? 0) + 1);
      count.set(a, (count.get(a) ?? 0) + 1).set(b, (count.get(b) ?? 0) + 1);
      search(c + 1, gained + score(a, b));
      used.delete(pairKey(a, b));
      busy.delete(`${a}@${round}`);
      busy.delete(`${b}@${round}`);
      load.set(round, load.get(round)! - 1);
      count.set(a, count.get(a)! - 1).set(b, count.get(b)! - 1);
    }
  };
  search(0, 0);
  return best;
}

describe('the meetings given back on a tiny event', () => {
  it("rule 4: gives the absent cluster's partners as many meetings as the rules allow around what is kept (brute force)", () => {
    let compared = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const event = randomEvent(seed, { clusters: 6, rounds: 4, tables: 2, cap: 2, terms: 3 });
      const previous = solve(event, { method: 'exact' }).schedule!;
      const started = 1;
      // A minute before round 2 starts: only round 1 has started.
      const at = new Date(Date.parse(previous.rounds[started].start) - 60_000).toISOString();
      const later = previous.meetings.filter((m) => m.round > started);
      if (later.length === 0) continue;
      const absent = later[0].clusters[0];
      const partners = new Set(later.filter((m) => m.clusters.includes(absent)).flatMap((m) => m.clusters).filter((id) => id !== absent));
      const result = solve(event, { previous, asOf: at, absences: [{ cluster: absent }], method: 'exact' });
      const schedule = result.schedule!;
      expect(checkSchedule(eventOnTheDay(event, [{ cluster: absent }]), schedule, [])).toEqual([]);
      const announced = new Set(previous.meetings.map(place));
      const fixed = schedule.meetings.filter((m) => announced.has(place(m)));
      const added = schedule.meetings.filter((m) => !announced.has(place(m)));
      const got = added.reduce((n, m) => n + m.clusters.filter((id) => partners.has(id)).length, 0);
      expect({ seed, got }).toEqual({ seed, got: mostMeetingsOf(event, fixed, started, absent, partners) });
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe('re-plans of random small events', () => {
  it('rule 6: are valid schedules of the event on the day, keep the started rounds and give absent clusters nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 4, max: 12 }),
        fc.integer({ min: 2, max: 6 }),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (seed, clusters, rounds, tables, startedPick, absentPicks, lateArrival) => {
          const event = randomEvent(seed, { clusters, rounds, tables, cap: 2, partialAvailability: 0.3, mustMeet: 1, neverMeet: 1 });
          const previous = solve(event, { seed, method: 'heuristic' }).schedule;
          if (!previous) return;
          const started = Math.min(startedPick, rounds);
          const asOf = started === 0 ? '2000-01-01T00:00:00Z' : previous.rounds[started - 1].start;
          const ids = event.clusters.map((c) => c.id);
          const absences = absentPicks.map((p, i) =>
            lateArrival && i === 0 ? { cluster: ids[p % ids.length], until: previous.rounds[Math.min(started + 1, rounds - 1)].end } : { cluster: ids[p % ids.length] },
          );
          const result = solve(event, { seed, previous, asOf, absences, method: 'heuristic' });
          if (result.status === 'infeasible') return;
          expect(result.problems).toEqual([]);
          const schedule = result.schedule!;
          expect(checkSchedule(eventOnTheDay(event, absences, schedule.meetings), schedule, locksOnTheDay(event, [], absences))).toEqual([]);
          const history = (ms: readonly Meeting[]) => ms.filter((m) => m.round <= started).map(place);
          expect(history(schedule.meetings)).toEqual(history(previous.meetings));
          const absentAt = new Map<string, Set<number>>();
          for (const a of absences) {
            const until = a.until === undefined ? Infinity : Date.parse(a.until);
            for (const r of previous.rounds) if (Date.parse(r.start) < until) absentAt.set(a.cluster, (absentAt.get(a.cluster) ?? new Set()).add(r.index));
          }
          for (const m of schedule.meetings.filter((x) => x.round > started)) {
            for (const id of m.clusters) expect(absentAt.get(id)?.has(m.round) ?? false).toBe(false);
          }
        },
      ),
      { numRuns: 60, seed: 2026 },
    );
  });
});
