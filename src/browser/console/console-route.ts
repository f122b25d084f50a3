/**
 * The console's screens, in the address's hash (`#/`, `#/nouveau`,
 * `#/evenements/<id>`, its `/aujourdhui` and its `/bilan`), so that each
 * one has its own address, the back button works and the server serves a
 * single page. Free of the DOM.
 */

export type Route =
  | { screen: 'events' }
  | { screen: 'new' }
  | { screen: 'event'; eventId: string }
  /** « Aujourd'hui »: the day as it goes, absences and re-planning. */
  | { screen: 'today'; eventId: string }
  /** « Bilan »: what the meetings gave. */
  | { screen: 'report'; eventId: string };

/** The event's screens by the last part of their address. */
const EVENT_SCREENS = { '': 'event', '/aujourdhui': 'today', '/bilan': 'report' } as const;

/** The route of a hash; anything unknown is the list of events. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/nouveau') return { screen: 'new' };
  const event = /^\/evenements\/([^/?#]+)(|\/aujourdhui|\/bilan)$/.exec(path);
  if (event) {
    try {
      return { screen: EVENT_SCREENS[event[2] as keyof typeof EVENT_SCREENS], eventId: decodeURIComponent(event[1]) };
    } catch {
      return { screen: 'events' };
    }
  }
  return { screen: 'events' };
}

/** The hash of a route, for links. */
export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'events':
      return '#/';
    case 'new':
      return '#/nouveau';
    case 'event':
      return `#/evenements/${encodeURIComponent(route.eventId)}`;
    case 'today':
      return `#/evenements/${encodeURIComponent(route.eventId)}/aujourdhui`;
    case 'report':
      return `#/evenements/${encodeURIComponent(route.eventId)}/bilan`;
  }
}

/** The console in another language, on the same screen: `/?lang=en#/nouveau`. */
export function langHref(basePath: string, lang: 'fr' | 'en', hash: string): string {
  return `${basePath}/${lang === 'en' ? '?lang=en' : ''}${hash}`;
}
