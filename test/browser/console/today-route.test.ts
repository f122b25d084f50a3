import { parseRoute, routeHash, type Route } from '../../../src/browser/console/console-route';

describe('the event’s « Aujourd’hui » and « Bilan » screens in the address’s hash', () => {
  it.each<[string, Route]>([
    ['#/evenements/interclustering-2015-lyon/aujourdhui', { screen: 'today', eventId: 'interclustering-2015-lyon' }],
    ['#/evenements/a%2Fb/bilan', { screen: 'report', eventId: 'a/b' }],
    ['#/evenements/x/ailleurs', { screen: 'events' }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes the hash that reads back as the same screen', () => {
    for (const route of [{ screen: 'today', eventId: 'day.2026_lyon-1' }, { screen: 'report', eventId: 'a/b' }] as Route[]) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
    expect(routeHash({ screen: 'today', eventId: 'x' })).toBe('#/evenements/x/aujourdhui');
    expect(routeHash({ screen: 'report', eventId: 'x' })).toBe('#/evenements/x/bilan');
  });
});
