import type { AgendaView, FeedbackView } from '../../src/browser/api-types';
import { feedbackBody, locateFeedback, pastMeetings, valuesOf } from '../../src/browser/feedback-meetings';

const meeting = (partner: string, start: string, end: string): AgendaView['meetings'][number] => ({
  round: 1,
  start,
  end,
  table: 'T1',
  partner: { id: partner, name: `Cluster ${partner}` },
  why: [],
  locked: false,
});

const agenda: AgendaView = {
  meetings: [
    meeting('a', '2026-11-19T09:00:00+01:00', '2026-11-19T09:20:00+01:00'),
    meeting('b', '2026-11-19T10:00:00+01:00', '2026-11-19T10:20:00+01:00'),
    meeting('c', '2026-11-19T11:00:00+01:00', '2026-11-19T11:20:00+01:00'),
  ],
  unmet: [],
};
const at = (iso: string) => Date.parse(iso);

describe('the meetings a cluster can give feedback on', () => {
  it('are those that have started on the page’s clock, whatever the machine’s zone', () => {
    const past = pastMeetings(agenda, at('2026-11-19T09:00:00Z'), null, 'fr');
    expect(past.map((m) => [m.partner.name, m.when])).toEqual([
      ['Cluster a', '09:00–09:20'],
      ['Cluster b', '10:00–10:20'],
    ]);
    expect(pastMeetings(agenda, at('2026-11-19T07:59:00Z'), null, 'fr')).toEqual([]);
  });

  it('come with what the cluster already answered about each partner', () => {
    const answers: FeedbackView = { meetings: [{ with: 'b', happened: true, followUp: 'maybe', rating: 4, comment: 'Bien', answeredAt: '2026-11-19T18:00:00Z' }] };
    const past = pastMeetings(agenda, at('2026-11-20T00:00:00Z'), answers, 'fr');
    expect(past.map((m) => m.answer?.rating ?? null)).toEqual([null, 4, null]);
    expect(valuesOf('b', past[1].answer)).toEqual({ with: 'b', happened: 'yes', followUp: 'maybe', rating: '4', comment: 'Bien' });
    expect(valuesOf('a', null)).toEqual({ with: 'a', happened: '', followUp: '', rating: '', comment: '' });
  });

  it('name the day too when the agenda spans several days, and keep one group per partner', () => {
    const twoDays: AgendaView = {
      meetings: [...agenda.meetings, meeting('a', '2026-11-20T09:00:00+01:00', '2026-11-20T09:20:00+01:00')],
      unmet: [],
    };
    const past = pastMeetings(twoDays, at('2026-11-21T00:00:00Z'), null, 'fr');
    expect(past.map((m) => m.when)).toEqual(['Jeudi 19 novembre, 09:00–09:20', 'Jeudi 19 novembre, 10:00–10:20', 'Jeudi 19 novembre, 11:00–11:20']);
  });
});

describe('the feedback body', () => {
  it('leaves out the meetings left blank, and keeps the index of each group it sends', () => {
    const { body, groups } = feedbackBody([
      { with: 'a', happened: '', followUp: 'yes', rating: '5', comment: 'x' },
      { with: 'b', happened: 'yes', followUp: 'maybe', rating: '4', comment: '  Très utile  ' },
      { with: 'c', happened: 'yes', followUp: '', rating: '', comment: '' },
    ]);
    expect(body).toEqual({
      meetings: [
        { with: 'b', happened: true, followUp: 'maybe', rating: 4, comment: 'Très utile' },
        { with: 'c', happened: true },
      ],
    });
    expect(groups).toEqual([1, 2]);
  });

  it('sends only the comment of a meeting that did not take place', () => {
    const { body } = feedbackBody([{ with: 'a', happened: 'no', followUp: 'yes', rating: '3', comment: 'Absent' }]);
    expect(body.meetings).toEqual([{ with: 'a', happened: false, comment: 'Absent' }]);
  });

  it('finds the group and the part a problem names', () => {
    expect(locateFeedback('meetings[2].with')).toEqual({ index: 2, part: 'with' });
    expect(locateFeedback('meetings[0]')).toEqual({ index: 0, part: null });
    expect(locateFeedback('meetings')).toEqual({ index: null, part: null });
    expect(locateFeedback('requests[0].to')).toEqual({ index: null, part: null });
  });
});
