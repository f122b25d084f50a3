/**
 * Explanations rendered from the schedule's data (`why`, `cause`) in the
 * reader's language, with names. Pure and free of Node.js: the pages' browser
 * code uses it too.
 */
import type { MeetingWhy, UnmetCause } from '../../solver/model/types';
import type { ExplainWords } from './explain-words';

/** A cluster's name from its id (the id itself when unknown). */
export type NameOf = (id: string) => string;

/**
 * The sentences of a meeting's `why`, strongest first: the organiser's
 * decisions, the requests (two directions make one mutual request), then the
 * competences.
 */
export function explainMeeting(why: readonly MeetingWhy[], nameOf: NameOf, words: ExplainWords): string[] {
  const out: string[] = [];
  if (why.some((w) => w.kind === 'mustMeet')) out.push(words.mustMeet);
  if (why.some((w) => w.kind === 'locked')) out.push(words.locked);
  const requests = why.filter((w): w is Extract<MeetingWhy, { kind: 'request' }> => w.kind === 'request');
  const [first, second] = requests;
  if (first && second) {
    out.push(words.mutualRequest(nameOf(first.from), words.choice(first.priority), nameOf(second.from), words.choice(second.priority)));
  } else if (first) {
    out.push(words.request(nameOf(first.from), nameOf(first.to), words.choice(first.priority)));
  }
  for (const w of why) if (w.kind === 'competence') out.push(words.competence(nameOf(w.offeredBy), w.term, nameOf(w.soughtBy)));
  return out;
}

/** The sentence of an unmet request's `cause`. */
export function explainUnmet(unmet: { from: string; to: string; cause: UnmetCause }, nameOf: NameOf, words: ExplainWords): string {
  const { cause } = unmet;
  const from = nameOf(unmet.from);
  const to = nameOf(unmet.to);
  const u = words.unmet;
  switch (cause.kind) {
    case 'neverMeet':
      return u.neverMeet(from, to);
    case 'noMeetings':
      return u.noMeetings(nameOf(cause.cluster));
    case 'noCommonRound':
      return u.noCommonRound(from, to);
    case 'meetingWindow':
      return u.meetingWindow(from, to);
    case 'cap':
      return u.cap(nameOf(cause.cluster), cause.cap);
    case 'fairness':
      return u.fairness(nameOf(cause.cluster), cause.cap);
    case 'totalValue':
      return u.totalValue(nameOf(cause.cluster), cause.cap);
    case 'tables':
      return u.tables(from, to);
    case 'tradeOff':
      return u.tradeOff;
    case 'searchLimit':
      return u.searchLimit;
  }
}
