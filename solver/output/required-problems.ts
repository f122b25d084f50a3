/**
 * The problems of a solve that found no place for the required meetings:
 * impossible (with its proof, as data and as an English sentence with ids),
 * or out of time before a schedule or a proof.
 */
import type { EventFile, InfeasibilityProof, LockedMeeting, Problem } from '../model/types';

/** `1–4, 7` from 1-based rounds in ascending order. */
export function roundRanges(rounds: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rounds.length; i++) {
    let j = i;
    while (j + 1 < rounds.length && rounds[j + 1] === rounds[j] + 1) j++;
    parts.push(j === i ? `${rounds[i]}` : `${rounds[i]}–${rounds[j]}`);
    i = j;
  }
  return parts.join(', ');
}

const roundsText = (rounds: readonly number[]) => (rounds.length === 1 ? `round ${rounds[0]}` : `rounds ${roundRanges(rounds)}`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/** The proof as an English sentence with ids. */
export function proofSentence(proof: InfeasibilityProof): string {
  switch (proof.kind) {
    case 'cap':
      return `"${proof.cluster}" has ${proof.required} required meetings (mustMeet pairs and locks) but a cap of ${proof.cap}`;
    case 'clusterRounds': {
      const meetings = `"${proof.cluster}" has ${plural(proof.partners.length, 'required meeting', 'required meetings')} (with ${quoted(proof.partners)})`;
      if (proof.rounds.length === 0) return `${meetings} but no round left in which ${proof.partners.length === 1 ? 'it' : 'they'} can take place`;
      return `${meetings} but only ${plural(proof.rounds.length, 'usable round', 'usable rounds')} (${roundsText(proof.rounds)})`;
    }
    case 'tables':
      return `${roundsText(proof.rounds)} ${proof.rounds.length === 1 ? 'needs' : 'need'} ${proof.required} tables for the required meetings that can only take place there, there are ${proof.tables}`;
    case 'exhaustive':
      return 'an exhaustive search over the rounds found no schedule';
  }
}

function subject(event: EventFile, locks: readonly LockedMeeting[]) {
  const must = event.constraints?.mustMeet ?? [];
  const windows = event.constraints?.meetingWindows?.length ?? 0;
  const what = [must.length > 0 ? `the ${must.length} mustMeet pair(s)` : '', locks.length > 0 ? `the ${locks.length} locked meeting(s)` : '']
    .filter(Boolean)
    .join(' and ');
  return {
    what,
    path: must.length > 0 ? 'constraints.mustMeet' : 'locks',
    windows,
    params: { mustMeet: must.length, locks: locks.length, ...(windows > 0 ? { meetingWindows: windows } : {}) },
  };
}

/** The required meetings cannot all be scheduled: the proof says why. */
export function infeasibleProblems(event: EventFile, locks: readonly LockedMeeting[], proof: InfeasibilityProof): Problem[] {
  const { what, path, windows, params } = subject(event, locks);
  const where = windows > 0 ? ' inside the meeting windows' : '';
  return [{ path, code: 'infeasible', params, proof, message: `${what} cannot all be scheduled${where}: ${proofSentence(proof)}` }];
}

/** The time limit came before a schedule of the required meetings or a proof that there is none. */
export function timedOutProblems(event: EventFile, locks: readonly LockedMeeting[], timeLimitMs: number): Problem[] {
  const { what, path, params } = subject(event, locks);
  const seconds = timeLimitMs / 1000;
  if (!what) {
    // No required meeting: the time ran out before the first schedule was built (a very large event, a very short limit).
    return [
      {
        path: 'timeLimitSeconds',
        code: 'timed_out',
        params: { timeLimitMs },
        message: `no schedule was found within the time limit of ${seconds} s: try a longer time limit`,
      },
    ];
  }
  return [
    {
      path,
      code: 'timed_out',
      params: { ...params, timeLimitMs },
      message: `no schedule of ${what} was found within the time limit of ${seconds} s, and none was proven impossible: try a longer time limit`,
    },
  ];
}
