/**
 * « Vos retours » on the cluster's page: shown once some of its published
 * meetings have started (on the page's clock), filled in from the stored
 * answers, sent in one go.
 */
import type { Dictionary } from '../i18n/dictionary';
import type { Api } from './api-client';
import type { AgendaView, ErrorBody, FeedbackView } from './api-types';
import { byId, note, show } from './dom';
import { createFeedbackErrors } from './feedback-errors';
import { feedbackGroup, type FeedbackGroup } from './feedback-form';
import { feedbackBody, pastMeetings } from './feedback-meetings';
import { failureText } from './failure-text';
import { dateTimeLabel } from './text';

export interface FeedbackContext {
  words: Dictionary;
  api: Api;
  /** `/api/events/<id>` */
  eventPath: string;
  /** The page's clock, ms since the epoch. */
  now(): number;
  /** The event's zone, for the dates of the answers. */
  timeZone: string;
}

export function renderFeedback(agenda: AgendaView, ctx: FeedbackContext): void {
  const { page } = ctx.words;
  const t = page.feedback;
  if (!agenda.meetings.some((m) => Date.parse(m.start) <= ctx.now())) return;
  const section = byId('feedback');
  const list = byId('feedback-list');
  const form = byId<HTMLFormElement>('feedback-form');
  const status = byId('feedback-status');
  const submit = form.querySelector('button[type="submit"]') as HTMLButtonElement;
  const errors = createFeedbackErrors(form, byId('feedback-errors'), ctx.words);
  let groups: FeedbackGroup[] = [];
  section.hidden = false;
  byId('feedback-toc').hidden = false;

  const draw = (view: FeedbackView | null) => {
    groups = pastMeetings(agenda, ctx.now(), view, page.intlLocale).map((m, i) =>
      feedbackGroup(m, i, t, m.answer ? dateTimeLabel(m.answer.answeredAt, page.intlLocale, ctx.timeZone) : null),
    );
    show(
      list,
      groups.map((g) => g.element),
    );
  };

  void ctx.api<FeedbackView>(`${ctx.eventPath}/feedback`).then((result) => {
    if (result.status === 200 && result.body) return draw(result.body);
    draw(null);
    list.prepend(note(failureText(result.status, page), 'notice'));
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.clear();
    const { body, groups: sentIndex } = feedbackBody(groups.map((g) => g.values()));
    if (body.meetings.length === 0) {
      status.className = 'status error';
      status.textContent = t.nothing;
      return;
    }
    const sent = sentIndex.map((i) => groups[i]);
    submit.disabled = true;
    status.className = 'status';
    status.textContent = t.saving;
    void ctx.api<FeedbackView | ErrorBody>(`${ctx.eventPath}/feedback`, { method: 'POST', body }).then((result) => {
      submit.disabled = false;
      if (result.status === 200 && result.body) {
        status.className = 'status ok';
        status.textContent = t.saved;
        return;
      }
      status.textContent = '';
      const problems = result.status === 422 ? ((result.body as ErrorBody | null)?.error?.details ?? []) : [];
      errors.show(problems, sent, failureText(result.status, page));
    });
  });
}
