/**
 * The trail above a screen of one event (« Aujourd'hui », « Bilan »): the
 * list of events, then the event by its name once it is known.
 */
import type { ConsoleWords } from '../../i18n/console-words';
import { el } from '../dom';
import { routeHash } from './console-route';

export interface EventCrumbs {
  element: HTMLElement;
  /** Shows the link to the event, named. */
  named(name: string): void;
}

export function eventCrumbs(w: ConsoleWords, eventId: string): EventCrumbs {
  const back = el('a', { href: routeHash({ screen: 'event', eventId }), class: 'event-crumb', hidden: '' });
  return {
    element: el('p', { class: 'crumbs' }, [el('a', { href: routeHash({ screen: 'events' }), text: w.eventPage.backToEvents }), back]),
    named(name) {
      back.textContent = name;
      back.hidden = false;
    },
  };
}
