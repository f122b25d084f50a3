/**
 * Building the schedule: « Construire le planning » (or « Reconstruire »
 * once there is one) starts a solve job that keeps its result as a draft,
 * and a progress bar (`role="progressbar"`, with `aria-valuenow`) follows the
 * job until it is done; then the page reloads its schedule.
 */
import type { Problem } from '../../../solver/model/types';
import { el } from '../dom';
import type { ErrorBody, SolveStarted } from './console-api-types';
import type { ConsoleContext } from './console-context';
import { consoleFailure } from './console-failure';
import { setStatus, statusLine } from './screen';
import { followJob, type JobFollower } from './follow-job';


export interface BuildSection {
  element: HTMLElement;
  /** Words the button for a first build or a rebuild. */
  setHasSchedule(has: boolean): void;
  /** Clears what the last build said, once another action (an edit, a publication) has followed it. */
  settle(): void;
  /** Stops following the job (the screen is left). */
  stop(): void;
}

export interface BuildOptions {
  eventId: string;
  /** There is already a schedule: the button rebuilds it. */
  hasSchedule: boolean;
  /** Called once a job completed. */
  onBuilt(): void;
  /** A problem of the event that prevents the build, with its place, in words. */
  describe(problem: Problem): string;
}

export function createBuildSection(ctx: ConsoleContext, options: BuildOptions): BuildSection {
  const t = ctx.words.console.build;
  const button = el('button', { type: 'button', class: 'primary' });
  const hint = el('p', { class: 'hint', id: 'build-hint', text: t.rebuildHint });
  const setHasSchedule = (has: boolean) => {
    button.textContent = has ? t.rebuild : t.build;
    hint.hidden = !has;
    if (has) button.setAttribute('aria-describedby', 'build-hint');
    else button.removeAttribute('aria-describedby');
  };
  setHasSchedule(options.hasSchedule);
  const label = el('p', { class: 'progress-label', id: 'build-progress-label', text: t.progressLabel });
  const fill = el('span', { class: 'progress-fill' });
  const bar = el('div', {
    class: 'progress',
    role: 'progressbar',
    'aria-labelledby': 'build-progress-label',
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    'aria-valuenow': '0',
    'aria-valuetext': t.percent(0),
  }, [fill]);
  const progress = el('div', { class: 'progress-box', hidden: '' }, [label, bar]);
  const status = statusLine('build-status');
  const problems = el('div', { class: 'errors-slot' });
  let job: JobFollower | null = null;
  let stopped = false;

  const setProgress = (value: number) => {
    const v = Math.max(0, Math.min(100, Math.round(value)));
    bar.setAttribute('aria-valuenow', String(v));
    bar.setAttribute('aria-valuetext', t.percent(v));
    // Through the CSSOM, which the page's policy allows (no style attribute in the markup).
    fill.style.width = `${v}%`;
  };

  const finish = (text: string, tone: 'ok' | 'error') => {
    button.disabled = false;
    setStatus(status, text, tone);
  };

  const follow = (jobId: string) => {
    job = followJob(ctx, jobId, (view) => {
      setProgress(view.progress);
      setStatus(status, view.state === 'waiting' ? t.waiting : t.running);
    });
    void job.done.then((outcome) => {
      if (stopped) return;
      if (outcome.state === 'unread') return finish(consoleFailure(outcome.status, ctx.words.console), 'error');
      if (outcome.state === 'failed') return finish(t.failed, 'error');
      setProgress(100);
      // The status line (role="status") says it: no second announcement.
      finish(t.done, 'ok');
      options.onBuilt();
    });
  };

  button.addEventListener('click', () => {
    button.disabled = true;
    problems.replaceChildren();
    setProgress(0);
    progress.hidden = false;
    setStatus(status, t.waiting);
    const path = `/api/events/${encodeURIComponent(options.eventId)}/solve`;
    void ctx.api<SolveStarted | ErrorBody>(path, { method: 'POST', body: { publish: false } }).then((result) => {
      if (stopped) return;
      if (result.status === 202 && result.body) return follow((result.body as SolveStarted).jobId);
      const details = (result.body as ErrorBody | null)?.error?.details ?? [];
      progress.hidden = true;
      if (details.length && (result.status === 422 || result.status === 409)) {
        problems.replaceChildren(
          el('div', { class: 'error-summary', role: 'alert' }, [
            el('p', { class: 'summary-title', text: t.refused }),
            el('ul', {}, details.map((p) => el('li', { text: options.describe(p) }))),
          ]),
        );
        return finish('', 'error');
      }
      finish(consoleFailure(result.status, ctx.words.console), 'error');
    });
  });

  return {
    element: el('div', { class: 'build' }, [el('div', { class: 'actions' }, [button, status]), hint, progress, problems]),
    setHasSchedule,
    settle() {
      if (!button.disabled) {
        setStatus(status, '');
        progress.hidden = true;
      }
    },
    stop() {
      stopped = true;
      job?.stop();
    },
  };
}
