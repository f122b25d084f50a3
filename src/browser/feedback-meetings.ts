/**
 * « Vos retours » as data: which meetings of the agenda are past (against
 * the page's clock, given as an argument), what the cluster already
 * answered, and the body to send from what the form holds. Free of the DOM.
 */
import type { AgendaView, FeedbackAnswer, FeedbackBody, FeedbackView, FollowUp } from './api-types';
import { dayLabel, wallDate, wallTime } from './text';

export interface FeedbackMeeting {
  partner: { id: string; name: string };
  /** `14:00–14:20`, with the day first when the agenda spans several days. */
  when: string;
  /** What the cluster answered last, if it did. */
  answer: FeedbackView['meetings'][number] | null;
}

/** What one meeting's group of the form holds; `''` when nothing is chosen. */
export interface FeedbackValues {
  with: string;
  happened: '' | 'yes' | 'no';
  followUp: '' | FollowUp;
  rating: string;
  comment: string;
}

/**
 * The meetings that have started by `now` (ms since the epoch), in the
 * agenda's order, one per partner: an answer is about a partner.
 */
export function pastMeetings(agenda: AgendaView, now: number, answers: FeedbackView | null, locale: string): FeedbackMeeting[] {
  const byPartner = new Map((answers?.meetings ?? []).map((a) => [a.with, a]));
  const multiDay = new Set(agenda.meetings.map((m) => wallDate(m.start))).size > 1;
  const seen = new Set<string>();
  const out: FeedbackMeeting[] = [];
  for (const m of agenda.meetings) {
    if (Date.parse(m.start) > now || seen.has(m.partner.id)) continue;
    seen.add(m.partner.id);
    out.push({
      partner: m.partner,
      when: `${multiDay ? `${dayLabel(wallDate(m.start), locale)}, ` : ''}${wallTime(m.start)}–${wallTime(m.end)}`,
      answer: byPartner.get(m.partner.id) ?? null,
    });
  }
  return out;
}

/** The form's values of a stored answer (or of none). */
export function valuesOf(partnerId: string, answer: FeedbackAnswer | null): FeedbackValues {
  return {
    with: partnerId,
    happened: answer ? (answer.happened ? 'yes' : 'no') : '',
    followUp: answer?.followUp ?? '',
    rating: answer?.rating ? String(answer.rating) : '',
    comment: answer?.comment ?? '',
  };
}

/**
 * The body to post, and for each of its meetings the index of its group in
 * the form (a group left blank is not sent), so that the API's problems
 * (`meetings[i].rating`) can be placed. A meeting that did not take place
 * keeps only its comment.
 */
export function feedbackBody(values: readonly FeedbackValues[]): { body: FeedbackBody; groups: number[] } {
  const groups: number[] = [];
  const meetings: FeedbackAnswer[] = [];
  values.forEach((v, i) => {
    if (v.happened === '') return;
    const happened = v.happened === 'yes';
    const comment = v.comment.trim();
    groups.push(i);
    meetings.push({
      with: v.with,
      happened,
      ...(happened && v.followUp ? { followUp: v.followUp } : {}),
      ...(happened && v.rating ? { rating: Number(v.rating) } : {}),
      ...(comment ? { comment } : {}),
    });
  });
  return { body: { meetings }, groups };
}

/** Which part of a group a problem's path names: `meetings[2].rating` → `{ index: 2, part: 'rating' }`. */
export function locateFeedback(path: string): { index: number | null; part: string | null } {
  const m = /^meetings(?:\[(\d+)\](?:\.(\w+))?)?/.exec(path);
  if (!m) return { index: null, part: null };
  return { index: m[1] === undefined ? null : Number(m[1]), part: m[2] ?? null };
}
