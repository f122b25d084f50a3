/**
 * The messages of the clusters part: « Envoyer les invitations », « Relancer
 * les retardataires » and, once a schedule is published, « Demander les
 * retours ». Each one queues its messages on the server, then a status line
 * says how many, and names the clusters that no address reaches.
 */
import { el } from '../dom';
import type { MailKind, MailQueued } from './console-api-types';
import type { ConsoleContext } from './console-context';
import { consoleFailure } from './console-failure';
import { queuedText } from './mail-text';
import { setStatus } from './screen';

export interface MailActionsInput {
  eventId: string;
  /** A schedule is published: feedback can be asked for. */
  published: boolean;
  nameOf(id: string): string;
  /** Where the outcome is said; kept across the reloads of the part. */
  status: HTMLElement;
  /** Called once messages were queued (their dates changed), with the key of the button to focus again. */
  onSent(focus: string): void;
}

export function mailActions(input: MailActionsInput, ctx: ConsoleContext): HTMLElement {
  const t = ctx.words.console.clusters;
  const kinds: [MailKind, string][] = [
    ['invitation', t.sendInvitations],
    ['reminder', t.sendReminders],
    ...(input.published ? ([['feedback', t.askFeedback]] as [MailKind, string][]) : []),
  ];
  const buttons = kinds.map(([kind, text]) => {
    const button = el('button', { type: 'button', class: 'secondary', 'aria-describedby': 'mail-hint', 'data-focus-key': `mail:${kind}`, text });
    button.addEventListener('click', () => {
      for (const b of buttons) b.disabled = true;
      setStatus(input.status, t.sending, 'info');
      const path = `/api/events/${encodeURIComponent(input.eventId)}/invitations`;
      void ctx.api<MailQueued>(path, { method: 'POST', body: { kind } }).then((result) => {
        for (const b of buttons) b.disabled = false;
        if (result.status !== 202 || !result.body) return setStatus(input.status, result.status === 0 ? consoleFailure(0, ctx.words.console) : t.sendFailed, 'error');
        const text = queuedText(result.body, input.nameOf, ctx.words.console, ctx.lang);
        setStatus(input.status, text, 'ok');
        input.onSent(`mail:${kind}`);
      });
    });
    return button;
  });
  return el('div', { class: 'mail-actions' }, [
    el('div', { class: 'actions' }, buttons),
    el('p', { class: 'hint', id: 'mail-hint', text: t.sendHint }),
    input.status,
  ]);
}
