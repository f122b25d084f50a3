import { dayLabel, namesOf, wallDate, wallTime } from '../../src/browser/text';
import { failureText } from '../../src/browser/failure-text';
import { dictionary } from '../../src/i18n/dictionary';

describe('the page’s small text helpers', () => {
  it('reads the wall-clock time and day of the event zone from an instant with its offset', () => {
    expect(wallTime('2015-09-10T14:20:00+02:00')).toBe('14:20');
    expect(wallDate('2015-09-10T23:40:00-05:00')).toBe('2015-09-10');
  });

  it('writes a day in the page’s language, capitalised, whatever the machine’s zone', () => {
    expect(dayLabel('2015-09-10', 'fr-FR')).toBe('Jeudi 10 septembre');
    expect(dayLabel('2015-09-10', 'en-GB')).toBe('Thursday 10 September');
  });

  it('names a cluster from its id, and keeps an unknown id', () => {
    const nameOf = namesOf([{ id: 'axelera', name: 'Axelera' }]);
    expect([nameOf('axelera'), nameOf('nobody')]).toEqual(['Axelera', 'nobody']);
  });

  it('says why a part of the page could not be loaded', () => {
    const page = dictionary('fr').page;
    expect(failureText(0, page)).toBe(page.networkError);
    expect(failureText(401, page)).toBe(page.linkExpired);
    expect(failureText(403, page)).toBe(page.linkExpired);
    expect(failureText(429, page)).toBe(page.tooManyAttempts);
    expect(failureText(500, page)).toBe(page.loadFailed);
  });
});
