/** Why each request left unmet was not scheduled. */
import { Board, UNSCHEDULED } from '../search/board';
import { pairKey } from '../value/pair-value';
import type { EventFile, UnmetRequest } from '../model/types';

export function unmetRequests(event: EventFile, board: Board, proven: boolean): UnmetRequest[] {
  const { instance } = board;
  const never = new Set((event.constraints?.neverMeet ?? []).map(([a, b]) => pairKey(a, b)));
  const out: UnmetRequest[] = [];
  for (const { from, to } of event.requests ?? []) {
    const key = pairKey(from, to);
    const e = instance.edgeOf.get(key);
    if (e !== undefined && board.roundOf[e] !== UNSCHEDULED) continue;
    out.push({ from, to, reason: reasonFor(event, board, from, to, e, never.has(key), proven) });
  }
  return out;
}

function reasonFor(event: EventFile, board: Board, from: string, to: string, e: number | undefined, never: boolean, proven: boolean): string {
  const { instance } = board;
  if (never) return `${from} and ${to} must not meet (neverMeet)`;
  const a = instance.indexOf.get(from)!;
  const b = instance.indexOf.get(to)!;
  for (const c of [b, a]) if (instance.cap[c] === 0) return `${instance.ids[c]} takes no meetings (cap of 0)`;
  if (e === undefined) return `${from} and ${to} have no round in which both are available`;
  const value = instance.edges[e].value;
  for (const c of [b, a]) {
    if (board.count[c] < instance.cap[c]) continue;
    const weaker = board.edgesOf(c).some((f) => instance.edges[f].value < value);
    const id = instance.ids[c];
    const cap = instance.cap[c];
    if (!weaker) return `${id} reached its cap of ${cap} meetings with higher-value partners`;
    return instance.objective === 'fair'
      ? `${id} reached its cap of ${cap} meetings; its partners were chosen so that more clusters get a meeting`
      : `${id} reached its cap of ${cap} meetings with partners that give a higher total value`;
  }
  const commonFree = instance.edges[e].rounds.some((r) => board.fits(e, r));
  if (!commonFree) return `no round left in which ${from} and ${to} are both free and a table is available`;
  return proven
    ? `leaving it out lets more clusters meet or gives a higher total value`
    : `not reached by the heuristic search within its time limit`;
}
