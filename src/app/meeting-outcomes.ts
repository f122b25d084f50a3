/**
 * What came of each published meeting, from the clusters' answers and the
 * absences marked on the day: the one place where "held", "no-show" and
 * "follow-up" are decided, for the report and its CSV.
 */
import { absentRounds, type Absence, type EventFile, type Meeting } from '../../solver';
import type { FollowUp, MeetingFeedback, MeetingOutcome, MeetingState } from './ports';

const HOPE: readonly FollowUp[] = ['yes', 'maybe', 'no'];

export function meetingOutcomes(
  event: EventFile,
  meetings: readonly Meeting[],
  feedback: ReadonlyMap<string, ReadonlyMap<string, MeetingFeedback>>,
  absences: readonly Absence[],
): MeetingOutcome[] {
  const absent = absentRounds(event, absences);
  return meetings.map((meeting) => {
    const [a, b] = meeting.clusters;
    const answers: [MeetingFeedback | undefined, MeetingFeedback | undefined] = [feedback.get(a)?.get(b), feedback.get(b)?.get(a)];
    const given = answers.filter((x): x is MeetingFeedback => x !== undefined);
    const missed = meeting.clusters.some((id) => absent.get(id)?.has(meeting.round));
    const state: MeetingState = given.some((x) => x.happened) ? 'held' : given.length > 0 || missed ? 'noShow' : 'unknown';
    const followUp = state === 'held' ? HOPE.find((f) => given.some((x) => x.followUp === f)) : undefined;
    return { meeting, state, ...(followUp ? { followUp } : {}), answers };
  });
}
