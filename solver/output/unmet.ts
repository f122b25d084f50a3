/** Why each request left unmet was not scheduled, as data and as its English sentence. */
import type { NormalEvent } from '../model/normal-event';
import { pairKey } from '../model/pair-key';
import type { UnmetCause, UnmetRequest } from '../model/types';
import { Board, UNSCHEDULED } from '../search/board';
import { englishReason } from '../value/english';

export function unmetRequests(normal: NormalEvent, board: Board, proven: boolean): UnmetRequest[] {
  const { instance } = board;
  const out: UnmetRequest[] = [];
  for (const { from, to } of normal.file.requests ?? []) {
    const key = pairKey(from, to);
    const e = instance.edgeOf.get(key);
    if (e !== undefined && board.roundOf[e] !== UNSCHEDULED) continue;
    const cause = causeOf(board, from, to, e, normal.neverMeet.has(key), normal.meetingWindows.has(key), proven);
    out.push({ from, to, reason: englishReason(from, to, cause), cause });
  }
  return out;
}

function causeOf(board: Board, from: string, to: string, e: number | undefined, never: boolean, windowed: boolean, proven: boolean): UnmetCause {
  const { instance } = board;
  if (never) return { kind: 'neverMeet' };
  const a = instance.indexOf.get(from)!;
  const b = instance.indexOf.get(to)!;
  for (const c of [b, a]) if (instance.cap[c] === 0) return { kind: 'noMeetings', cluster: instance.ids[c] };
  // The pair's meeting windows are the cause when a round outside them would do: both available there
  // (and, once the pair is a candidate, both free with a table left).
  const bothAvailable = (r: number) => instance.available[a][r] === 1 && instance.available[b][r] === 1;
  const someRound = (ok: (r: number) => boolean) => windowed && instance.slots.some((_, r) => ok(r));
  if (e === undefined) return { kind: someRound(bothAvailable) ? 'meetingWindow' : 'noCommonRound' };
  const value = instance.edges[e].value;
  for (const c of [b, a]) {
    if (board.count[c] < instance.cap[c]) continue;
    const weaker = board.edgesOf(c).some((f) => instance.edges[f].value < value);
    const full = { cluster: instance.ids[c], cap: instance.cap[c] };
    if (!weaker) return { kind: 'cap', ...full };
    return instance.objective === 'fair' ? { kind: 'fairness', ...full } : { kind: 'totalValue', ...full };
  }
  const commonFree = instance.edges[e].rounds.some((r) => board.fits(e, r));
  if (!commonFree) {
    const free = (r: number) => bothAvailable(r) && board.busyAt(a, r) === -1 && board.busyAt(b, r) === -1 && board.load[r] < instance.tablesPerRound;
    return { kind: someRound(free) ? 'meetingWindow' : 'tables' };
  }
  return proven ? { kind: 'tradeOff' } : { kind: 'searchLimit' };
}
