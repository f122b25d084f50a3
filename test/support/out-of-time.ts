/** A solve that runs out of time before it can place or rule out its required meetings, without real timing. */
import { solve, type EventFile, type SolveResult } from '../../solver';

/** Three clusters that must all meet each other in two rounds: no count rules it out, only an exhaustive search can. */
export const triangle: EventFile = {
  event: { id: 't', name: 'Triangle', timezone: 'Europe/Paris', sessions: [{ date: '2026-06-11', start: '09:00', end: '09:45' }], meetingMinutes: 20, changeoverMinutes: 5 },
  clusters: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }],
  constraints: { mustMeet: [['a', 'b'], ['b', 'c'], ['a', 'c']] },
};

/** The solve of `event` with a clock that jumps a second at each look: its 10 ms are gone at once. */
export function solveOutOfTime(event: EventFile = triangle): SolveResult {
  let clock = 0;
  return solve(event, { now: () => (clock += 1000), timeLimitMs: 10 });
}
