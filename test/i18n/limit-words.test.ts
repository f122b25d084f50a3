/** The words of a limit reached (`too_many`), in each language, from the problem's params. */
import { MAX_CLUSTERS, MAX_ROUNDS, validateEvent, type CountedItems, type EventFile } from '../../solver';
import { dictionary } from '../../src/i18n/dictionary';

const fr = dictionary('fr').problems;
const en = dictionary('en').problems;

describe('the words of a limit reached', () => {
  it('names what the limit counts, with the limit in the digits of the language', () => {
    expect(en.too_many({ max: MAX_CLUSTERS, items: 'clusters' })).toBe('At most 20,000 clusters.');
    expect(fr.too_many({ max: MAX_CLUSTERS, items: 'clusters' })).toBe('Au plus 20\u202f000 clusters.');
    expect(en.too_many({ max: MAX_ROUNDS, items: 'rounds' })).toBe('At most 1,000 rounds.');
    expect(fr.too_many({ max: MAX_ROUNDS, items: 'rounds' })).toBe('Au plus 1\u202f000 tours.');
  });

  it('has a French and an English noun for everything a limit counts', () => {
    const items: CountedItems[] = ['clusters', 'requests', 'sessions', 'rounds', 'tables', 'windows', 'attendees', 'pairs'];
    const nouns = (words: typeof fr) => items.map((item) => words.too_many({ items: item }));
    expect(new Set(nouns(en)).size).toBe(items.length);
    expect(nouns(fr)).toEqual(['Trop de clusters.', 'Trop de demandes.', 'Trop de sessions.', 'Trop de tours.', 'Trop de tables.', 'Trop de créneaux.', 'Trop de participants.', 'Trop de paires.']);
  });

  it("keeps the words of a cluster's wishes, which name no items, and reads no inherited key as a noun", () => {
    expect(fr.too_many({ max: 10 })).toBe('Au plus 10 partenaires.');
    expect(en.too_many({ max: 10, items: 'constructor' })).toBe('At most 10 partners.');
    expect(en.too_many({ items: '__proto__' })).toBe('Too many partners.');
  });

  it('renders the problem of an event beyond a limit from its params alone', () => {
    const file: EventFile = {
      event: { id: 'e', name: 'E', timezone: 'UTC', sessions: [{ date: '2026-06-11', start: '00:00', end: '23:00' }], meetingMinutes: 1 },
      clusters: [{ id: 'a', name: 'A' }],
    };
    const result = validateEvent(file);
    const problem = result.ok ? undefined : result.problems.find((p) => p.code === 'too_many');
    expect(problem?.path).toBe('event.sessions');
    expect(fr.too_many(problem?.params ?? {})).toBe('Au plus 1\u202f000 tours.');
    expect(en.too_many(problem?.params ?? {})).toBe('At most 1,000 rounds.');
  });
});
