/** The cluster's meetings once the schedule is published, and the links to its calendar. */
import type { PageWords } from '../i18n/page-words';
import type { ApiResult } from './api-client';
import { failureText } from './failure-text';
import type { AgendaView } from './api-types';
import { agendaLines, type AgendaContext } from './agenda-view';
import { byId, el, note, show } from './dom';

export interface AgendaLinks {
  /** `webcal://…/agenda.ics?token=…` */
  webcal: string;
  ics: string;
  print: string;
}

export function renderAgenda(result: ApiResult<AgendaView>, ctx: AgendaContext, links: AgendaLinks): void {
  const body = byId('agenda-body');
  const page: PageWords = ctx.words.page;
  if (result.status === 404) return show(body, [note(page.agendaPending)]);
  if (result.status !== 200 || !result.body) return show(body, [note(failureText(result.status, page), 'notice')]);
  const lines = agendaLines(result.body, ctx);
  const nodes: Node[] = [note(lines.summary)];
  if (lines.meetings.length) {
    nodes.push(
      el(
        'ol',
        { class: 'meetings' },
        lines.meetings.map((m) =>
          el('li', { class: 'meeting' }, [
            el('p', { class: 'when' }, [
              el('span', { class: 'time', text: m.when }),
              el('span', { class: 'where', text: m.where }),
              m.locked ? el('span', { class: 'badge', text: page.lockedMeeting }) : null,
            ]),
            el('h3', { text: m.partner }),
            m.reasons.length ? el('ul', { class: 'reasons', 'aria-label': page.why }, m.reasons.map((text) => el('li', { text }))) : null,
          ]),
        ),
      ),
    );
  }
  if (lines.unmet.length) {
    nodes.push(el('h3', { class: 'unmet-title', text: page.unmetTitle }), note(page.unmetHint));
    nodes.push(
      el(
        'ul',
        { class: 'plain unmet' },
        lines.unmet.map((u) => el('li', { class: 'unmet-item' }, [el('strong', { text: u.partner }), el('p', { class: 'muted small', text: u.reason })])),
      ),
    );
  }
  show(body, nodes);
  byId<HTMLAnchorElement>('webcal-link').href = links.webcal;
  byId<HTMLAnchorElement>('ics-link').href = links.ics;
  byId<HTMLAnchorElement>('print-link').href = links.print;
  byId('agenda-links').hidden = false;
}
