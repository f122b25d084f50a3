/** The list of events: name, date, clusters and state, each linking to its page; and « Nouvel événement ». */
import { el, note } from '../dom';
import { dateLabel } from '../text';
import type { EventList, EventSummary } from './console-api-types';
import type { Cleanup, ConsoleContext } from './console-context';
import { consoleFailure } from './console-failure';
import { routeHash } from './console-route';
import { enterScreen, screenHeading } from './screen';

function eventItem(e: EventSummary, ctx: ConsoleContext): HTMLLIElement {
  const t = ctx.words.console.events;
  const fact = (label: string, value: string) => el('div', {}, [el('dt', { text: label }), el('dd', { text: value })]);
  return el('li', { class: 'card event-item' }, [
    el('h2', {}, [el('a', { href: routeHash({ screen: 'event', eventId: e.id }), text: e.name })]),
    el('dl', { class: 'facts-row' }, [
      fact(t.dateLabel, e.date ? dateLabel(e.date, ctx.words.console.intlLocale) : t.noDate),
      fact(t.clustersLabel, `${t.clusters(e.clusters)} · ${t.submitted(e.submitted, e.clusters)}`),
      el('div', {}, [el('dt', { text: t.stateLabel }), el('dd', {}, [el('span', { class: `state state-${e.state}`, text: t.state[e.state] })])]),
    ]),
  ]);
}

export function renderEvents(container: HTMLElement, ctx: ConsoleContext): Cleanup | void {
  const t = ctx.words.console.events;
  const body = el('div', { 'aria-busy': 'true' }, [note(ctx.words.console.shell.loading)]);
  const top = el('div', { class: 'screen-top' }, [screenHeading(t.title), el('a', { class: 'button primary', href: routeHash({ screen: 'new' }), text: t.newEvent })]);
  enterScreen(container, t.title, [top, body], ctx.words.console);
  void ctx.api<EventList>('/api/events').then((result) => {
    body.setAttribute('aria-busy', 'false');
    if (result.status !== 200 || !result.body) return body.replaceChildren(note(consoleFailure(result.status, ctx.words.console), 'notice'));
    const events = [...result.body.events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.name.localeCompare(b.name));
    body.replaceChildren(events.length ? el('ul', { class: 'plain event-list' }, events.map((e) => eventItem(e, ctx))) : note(t.empty));
  });
}
