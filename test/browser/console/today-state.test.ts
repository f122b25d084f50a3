import { presenceAt, presenceText } from '../../../src/browser/console/today-state';
import { dictionary } from '../../../src/i18n/dictionary';

const fr = dictionary('fr').console;
const en = dictionary('en').console;
const ZONE = 'Europe/Paris';
const at = (time: string) => `2026-11-19T${time}:00+01:00`;
const text = (absence: Parameters<typeof presenceAt>[0], time: string, words = fr) => presenceText(presenceAt(absence, at(time)), ZONE, words);

describe('a cluster’s presence in words', () => {
  it('is present without an absence', () => {
    expect(text(undefined, '15:00')).toBe('Présent');
    expect(text(undefined, '15:00', en)).toBe('Present');
  });

  it('is absent for the whole day without bounds', () => {
    expect(text({ markedAt: at('14:10') }, '15:00')).toBe('Absent');
  });

  it('says until when a late cluster is absent, on the event’s clock, then present once it has come', () => {
    const late = { until: '2026-11-19T14:00:00Z', markedAt: at('14:10') };
    expect(text(late, '14:30')).toBe('Absent jusqu’à 15:00');
    expect(text(late, '14:30', en)).toBe('Absent until 15:00');
    expect(text(late, '15:00')).toBe('Présent');
  });

  it('says from when a cluster leaving early will be absent, then absent', () => {
    const leaves = { from: at('16:00'), markedAt: at('14:10') };
    expect(text(leaves, '15:00')).toBe('Absent à partir de 16:00');
    expect(text(leaves, '16:30')).toBe('Absent');
  });
});
