/** Turns the working board into the schedule v1: times, tables, why and reasons, stats. */
import { numberedTableId } from '../model/defaults';
import type { NormalEvent } from '../model/normal-event';
import type { Meeting, Schedule } from '../model/types';
import type { Board } from '../search/board';
import { edgeWhy } from '../search/instance';
import { formatInZone } from '../time/zoned-time';
import { englishReasons } from '../value/english';
import { unmetRequests } from './unmet';

export interface ScheduleFacts {
  upperBound: number;
  optimal: boolean;
  solveMs: number;
  /** Tables of the previous schedule, per edge, to keep when free. */
  previousTables?: Map<number, string>;
  /** A proven lower bound on the idle time of these meetings, by the event's measure. */
  idleLowerBound: number;
  /** True when the idle time is proven minimal for these meetings. */
  idleOptimal: boolean;
}

function assignTables(board: Board, facts: ScheduleFacts): Map<number, string> {
  const { instance } = board;
  const tableOf = new Map<number, string>();
  const byRound = instance.slots.map(() => [] as number[]);
  for (const e of board.scheduled()) byRound[board.roundOf[e]].push(e);
  const lockedTable = new Map(instance.locks.map((l) => [l.edge, l.table]));
  byRound.forEach((edges) => {
    const used = new Set<string>();
    const take = (e: number, table: string | undefined) => {
      if (table === undefined || used.has(table) || (instance.tables && !instance.tables.includes(table))) return false;
      used.add(table);
      tableOf.set(e, table);
      return true;
    };
    for (const e of edges) take(e, lockedTable.get(e));
    for (const e of edges) if (!tableOf.has(e)) take(e, facts.previousTables?.get(e));
    let next = 0;
    const names = instance.tables;
    for (const e of edges) {
      if (tableOf.has(e)) continue;
      while (used.has(names ? names[next] : numberedTableId(next))) next++;
      take(e, names ? names[next] : numberedTableId(next));
    }
  });
  return tableOf;
}

export function buildSchedule(normal: NormalEvent, board: Board, facts: ScheduleFacts): Schedule {
  const { instance } = board;
  const zone = normal.zone;
  const rounds = instance.slots.map((s) => ({ index: s.index, start: formatInZone(s.startMs, zone), end: formatInZone(s.endMs, zone) }));
  const tableOf = assignTables(board, facts);
  const meetings: Meeting[] = board
    .scheduled()
    .map((e): Meeting => {
      const edge = instance.edges[e];
      const r = board.roundOf[e];
      const why = edgeWhy(instance, e, board.locked[e] === 1);
      return {
        clusters: [instance.ids[edge.a], instance.ids[edge.b]],
        round: r + 1,
        table: tableOf.get(e)!,
        start: rounds[r].start,
        end: rounds[r].end,
        value: edge.value,
        reasons: englishReasons(why),
        why,
        ...(board.locked[e] ? { locked: true } : {}),
      };
    })
    .sort((x, y) => x.round - y.round || compareTables(instance.tables, x.table, y.table));
  const value = meetings.reduce((sum, m) => sum + m.value, 0);
  return {
    eventId: normal.file.event.id,
    rounds,
    meetings,
    unmet: unmetRequests(normal, board, facts.optimal),
    stats: {
      objective: instance.objective,
      value,
      covered: board.covered,
      upperBound: Math.max(value, facts.upperBound),
      optimal: facts.optimal,
      idleRounds: board.idle(),
      idle: board.idleCost(),
      idleLowerBound: facts.idleLowerBound,
      idleOptimal: facts.idleOptimal,
      rounds: rounds.length,
      meetings: meetings.length,
      solveMs: facts.solveMs,
    },
  };
}

function compareTables(tables: readonly string[] | null, x: string, y: string): number {
  if (tables) return tables.indexOf(x) - tables.indexOf(y);
  return Number(x.slice(1)) - Number(y.slice(1));
}
