/**
 * « Replanifier la suite » on the « Aujourd'hui » screen: a solve at the
 * screen's time, kept as a draft (`POST …/solve` with `now` and `publish:
 * false`), followed until done; then what it changes against the published
 * schedule, in figures and by names and times, and « Publier », which sends
 * it to the clusters' agendas, calendars and mailboxes.
 */
import type { Problem, Round } from '../../../solver/model/types';
import { el } from '../dom';
import { problemMessage } from '../problem-view';
import type { ErrorBody, Published, ScheduleChanges, SolveStarted } from './console-api-types';
import type { ConsoleContext } from './console-context';
import { consoleFailure } from './console-failure';
import { refusalBox } from './refusal-view';
import { setStatus, statusLine } from './screen';
import { changeLines } from './today-changes';
import { followJob, type JobFollower } from './follow-job';

export interface ReplanInput {
  eventId: string;
  /** The screen's time as ISO with the offset, or null when the field is not a date and a time. */
  now(): string | null;
  rounds(): readonly Round[];
  nameOf(id: string): string;
  tableName(id: string): string;
  /** Called once the draft is published. */
  onPublished(): void;
}

export interface ReplanPart {
  element: HTMLElement;
  stop(): void;
}

export function createReplan(ctx: ConsoleContext, input: ReplanInput): ReplanPart {
  const w = ctx.words.console;
  const t = w.today;
  const path = `/api/events/${encodeURIComponent(input.eventId)}`;
  const button = el('button', { type: 'button', class: 'primary', 'aria-describedby': 'replan-hint', text: t.replan });
  const status = statusLine('replan-status');
  const result = el('div', { class: 'replan-result' });
  const publishStatus = statusLine('today-publish-status');
  let job: JobFollower | null = null;
  let stopped = false;

  const refused = (title: string, body: unknown, status: number) => {
    const details: Problem[] = (body as ErrorBody | null)?.error?.details ?? [];
    const reasons = details.length ? details.map((p) => problemMessage(p, ctx.words)) : [consoleFailure(status, w)];
    return refusalBox(title, reasons);
  };

  const list = (title: string, id: string, lines: string[]): HTMLElement | null =>
    lines.length
      ? el('div', { class: 'change-list' }, [el('h4', { id, text: title }), el('ul', { 'aria-labelledby': id }, lines.map((text) => el('li', { text })))])
      : null;

  function showChanges(changes: ScheduleChanges): void {
    const lines = changeLines(changes.changes, input.rounds(), { nameOf: input.nameOf, tableName: input.tableName, words: w, exports: ctx.words.exports });
    const publish = el('button', { type: 'button', class: 'primary', text: t.publish });
    publish.addEventListener('click', () => {
      publish.disabled = true;
      setStatus(publishStatus, t.publishing, 'info');
      void ctx.api<Published | ErrorBody>(`${path}/publish`, { method: 'POST' }).then((answer) => {
        if (stopped) return;
        if (answer.status !== 200) {
          publish.disabled = false;
          setStatus(publishStatus, '', 'error');
          return publishStatus.replaceChildren(refused(t.publishFailed, answer.body, answer.status));
        }
        publish.remove();
        setStatus(publishStatus, t.published, 'ok');
        input.onPublished();
      });
    });
    result.replaceChildren(
      ...[
        el('h3', { id: 'today-changes-title', text: t.changesTitle }),
        el('p', { class: 'changes-counts', text: changes.changes.length ? w.schedule.changesCounts(changes.counts) : w.schedule.noChanges }),
        list(t.cancelledTitle, 'today-cancelled-title', lines.cancelled),
        list(t.addedTitle, 'today-added-title', lines.added),
        list(t.movedTitle, 'today-moved-title', lines.moved),
        el('div', { class: 'actions' }, [publish]),
      ].filter((n): n is HTMLElement => n !== null),
    );
    result.classList.add('changes', 'card');
    result.setAttribute('aria-labelledby', 'today-changes-title');
  }

  const finish = (text: string, tone: 'ok' | 'error') => {
    button.disabled = false;
    setStatus(status, text, tone);
  };

  button.addEventListener('click', () => {
    const now = input.now();
    if (!now) return finish(t.badTime, 'error');
    button.disabled = true;
    result.replaceChildren();
    result.classList.remove('changes', 'card');
    setStatus(publishStatus, '');
    setStatus(status, t.replanning);
    void ctx.api<SolveStarted | ErrorBody>(`${path}/solve`, { method: 'POST', body: { now, publish: false } }).then((started) => {
      if (stopped) return;
      if (started.status !== 202 || !started.body) {
        finish('', 'error');
        return result.replaceChildren(refused(t.replanFailed, started.body, started.status));
      }
      job = followJob(ctx, (started.body as SolveStarted).jobId, () => setStatus(status, t.replanning));
      void job.done.then(async (outcome) => {
        if (outcome.state === 'unread') return finish(consoleFailure(outcome.status, w), 'error');
        if (outcome.state === 'failed') return finish(t.replanFailed, 'error');
        const changes = await ctx.api<ScheduleChanges>(`${path}/schedule/changes`);
        if (stopped) return;
        if (changes.status !== 200 || !changes.body) return finish(consoleFailure(changes.status, w), 'error');
        finish(t.replanned, 'ok');
        showChanges(changes.body);
      });
    });
  });

  return {
    element: el('section', { class: 'part', 'aria-labelledby': 'replan-title' }, [
      el('h2', { id: 'replan-title', text: t.replan }),
      el('p', { class: 'hint', id: 'replan-hint', text: t.replanHint }),
      el('div', { class: 'actions' }, [button, status]),
      result,
      publishStatus,
    ]),
    stop() {
      stopped = true;
      job?.stop();
    },
  };
}
