import { langHref, parseRoute, routeHash, type Route } from '../../../src/browser/console/console-route';

describe('the console’s screens in the address’s hash', () => {
  it.each<[string, Route]>([
    ['', { screen: 'events' }],
    ['#/', { screen: 'events' }],
    ['#/nouveau', { screen: 'new' }],
    ['#/evenements/interclustering-2015-lyon', { screen: 'event', eventId: 'interclustering-2015-lyon' }],
    ['#/evenements/a%2Fb', { screen: 'event', eventId: 'a/b' }],
    ['#/evenements/%E0%A4%A', { screen: 'events' }],
    ['#/nowhere', { screen: 'events' }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes the hash that reads back as the same screen', () => {
    for (const route of [{ screen: 'events' }, { screen: 'new' }, { screen: 'event', eventId: 'day.2026_lyon-1' }] as Route[]) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it('links to the same screen in the other language, the token staying in the tab', () => {
    expect(langHref('', 'en', '#/evenements/x')).toBe('/?lang=en#/evenements/x');
    expect(langHref('/maillage', 'fr', '#/nouveau')).toBe('/maillage/#/nouveau');
  });
});
