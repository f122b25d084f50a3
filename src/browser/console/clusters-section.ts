/**
 * The event's clusters: the messages to send them (invitations, reminders,
 * feedback requests), whether and when each has sent its wishes, when it was
 * invited and reminded, its private link with « Copier le lien », and
 * « Réémettre le lien » for a lost or leaked one (the old link then stops
 * working, so it asks first); then those no address reaches.
 */
import { el, note } from '../dom';
import { dateTimeLabel, namesOf } from '../text';
import type { ClusterStatus, MailMode, ReissuedLink } from './console-api-types';
import type { ConsoleContext } from './console-context';
import { copyText } from './copy-link';
import { mailActions } from './mail-actions';
import { sentText, unreachableNames } from './mail-text';

export interface ClustersSectionInput {
  eventId: string;
  timezone: string;
  clusters: ClusterStatus[];
  /** A schedule is published: « Demander les retours » is offered. */
  published: boolean;
  /** `outbox`: no mail server, a note says where the messages go. */
  mailMode?: MailMode;
  /** The sendings' status line, kept across reloads. */
  mailStatus: HTMLElement;
  /** Reads the clusters again (after a sending), then focuses the control with this key. */
  reload(focus?: string): void;
}

function clusterRow(c: ClusterStatus, i: number, input: ClustersSectionInput, ctx: ConsoleContext): HTMLLIElement {
  const t = ctx.words.console.clusters;
  const locale = ctx.words.console.intlLocale;
  const nameId = `cluster-${i}-name`;
  const status = el('span', { class: 'copy-status', 'aria-live': 'polite' });
  const linkBox = el('p', { class: 'cluster-link' });
  const copy = el('button', { type: 'button', class: 'secondary small-button', 'aria-describedby': nameId, text: t.copyLink });
  const reissue = el('button', { type: 'button', class: 'remove small-button', 'aria-describedby': nameId, text: t.reissue });
  let link = c.link ?? null;

  const showLink = () => {
    if (link) {
      linkBox.replaceChildren(el('a', { href: link, target: '_blank', rel: 'noopener noreferrer', class: 'break', text: t.openPage, 'aria-describedby': nameId }));
    } else {
      linkBox.replaceChildren(el('span', { class: 'muted small', text: t.noLink }));
    }
    copy.hidden = !link;
  };
  showLink();

  copy.addEventListener('click', () => {
    if (!link) return;
    const copied = link;
    void copyText(copied).then((ok) => {
      status.className = ok ? 'copy-status ok' : 'copy-status error';
      status.textContent = ok ? t.copied : t.copyFailed;
      if (!ok) linkBox.replaceChildren(Object.assign(el('input', { type: 'text', readonly: '', class: 'link-field', 'aria-label': t.privateLink }), { value: copied }));
    });
  });

  reissue.addEventListener('click', () => {
    if (!window.confirm(t.reissueConfirm(c.name))) return;
    reissue.disabled = true;
    const path = `/api/events/${encodeURIComponent(input.eventId)}/clusters/${encodeURIComponent(c.id)}/token`;
    void ctx.api<ReissuedLink>(path, { method: 'POST' }).then((result) => {
      reissue.disabled = false;
      if (result.status === 200 && result.body) {
        link = result.body.url;
        showLink();
        status.className = 'copy-status ok';
        status.textContent = t.reissued(c.name);
      } else {
        status.className = 'copy-status error';
        status.textContent = t.reissueFailed;
      }
    });
  });

  const submitted = c.submitted && c.submittedAt ? t.submittedAt(dateTimeLabel(c.submittedAt, locale, input.timezone)) : t.notSubmitted;
  const sent = (label: string, kind: 'invitation' | 'reminder') =>
    el('div', {}, [el('dt', { text: label }), el('dd', { text: sentText(c, kind, input.timezone, ctx.words.console) })]);
  return el('li', { class: `cluster-row${c.submitted ? ' submitted' : ''}` }, [
    el('div', { class: 'cluster-main' }, [
      el('strong', { id: nameId, class: 'cluster-name', text: c.name }),
      el('span', { class: c.submitted ? 'badge ok' : 'badge muted-badge', text: submitted }),
      el('dl', { class: 'cluster-mail' }, [sent(t.invitedAt, 'invitation'), sent(t.remindedAt, 'reminder')]),
    ]),
    el('div', { class: 'cluster-actions' }, [linkBox, copy, reissue, status]),
  ]);
}

export function renderClustersSection(section: HTMLElement, input: ClustersSectionInput, ctx: ConsoleContext): void {
  const t = ctx.words.console.clusters;
  const sorted = [...input.clusters].sort((a, b) => a.name.localeCompare(b.name, ctx.lang));
  const submitted = input.clusters.filter((c) => c.submitted).length;
  const unreachable = unreachableNames(input.clusters, ctx.lang);
  const mail = mailActions(
    { eventId: input.eventId, published: input.published, nameOf: namesOf(input.clusters), status: input.mailStatus, onSent: input.reload },
    ctx,
  );
  section.replaceChildren(
    ...[
      el('h2', { id: 'clusters-title', text: t.title(input.clusters.length) }),
      el('p', { class: 'muted', text: t.submittedCount(submitted, input.clusters.length) }),
      mail,
      input.mailMode === 'outbox' ? note(t.outboxNote, 'notice outbox-note') : null,
      el('ul', { class: 'plain cluster-list' }, sorted.map((c, i) => clusterRow(c, i, input, ctx))),
      unreachable.length
        ? el('section', { class: 'unreachable', 'aria-labelledby': 'unreachable-title' }, [
            el('h3', { id: 'unreachable-title', text: t.unreachableTitle }),
            note(t.unreachableHint, 'hint'),
            el('ul', { class: 'unreachable-list' }, unreachable.map((name) => el('li', { text: name }))),
          ])
        : null,
    ].filter((n): n is HTMLElement => n !== null),
  );
}
