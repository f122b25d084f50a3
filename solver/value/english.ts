/**
 * The English sentences of format v1 (`reasons`, `reason`), with ids,
 * rendered from the data (`why`, `cause`) for the readers of the schedule
 * JSON. People read the sentences rendered at the edge, in their language,
 * with names.
 */
import type { MeetingWhy, UnmetCause } from '../model/types';

const ordinal = (priority: number) => ['1st', '2nd', '3rd', '4th', '5th'][priority - 1] ?? `${priority}th`;

/** The sentences of a meeting's `why`, strongest first. */
export function englishReasons(why: readonly MeetingWhy[]): string[] {
  const reasons: string[] = [];
  if (why.some((w) => w.kind === 'mustMeet')) reasons.push('required by the organiser');
  if (why.some((w) => w.kind === 'locked')) reasons.push('locked by the organiser');
  const requests = why.filter((w): w is Extract<MeetingWhy, { kind: 'request' }> => w.kind === 'request');
  const [first, second] = requests;
  if (first && second) {
    reasons.push(`mutual request (${first.from}: ${ordinal(first.priority)} choice, ${second.from}: ${ordinal(second.priority)} choice)`);
  } else if (first) {
    reasons.push(`${first.from} asked to meet ${first.to} (${ordinal(first.priority)} choice)`);
  }
  for (const w of why) if (w.kind === 'competence') reasons.push(`${w.offeredBy} offers ${w.term}, ${w.soughtBy} seeks it`);
  return reasons;
}

/** The sentence of an unmet request's `cause`. */
export function englishReason(from: string, to: string, cause: UnmetCause): string {
  switch (cause.kind) {
    case 'neverMeet':
      return `${from} and ${to} must not meet (neverMeet)`;
    case 'noMeetings':
      return `${cause.cluster} takes no meetings (cap of 0)`;
    case 'noCommonRound':
      return `${from} and ${to} have no round in which both are available`;
    case 'meetingWindow':
      return `no round inside the meeting windows of ${from} and ${to} in which both are available and free with a table left`;
    case 'cap':
      return `${cause.cluster} reached its cap of ${cause.cap} meetings with higher-value partners`;
    case 'fairness':
      return `${cause.cluster} reached its cap of ${cause.cap} meetings; its partners were chosen so that more clusters get a meeting`;
    case 'totalValue':
      return `${cause.cluster} reached its cap of ${cause.cap} meetings with partners that give a higher total value`;
    case 'tables':
      return `no round left in which ${from} and ${to} are both free and a table is available`;
    case 'tradeOff':
      return 'leaving it out lets more clusters meet or gives a higher total value';
    case 'searchLimit':
      return 'not reached by the heuristic search within its time limit';
  }
}
