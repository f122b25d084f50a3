/** Suggested partners as the page writes them: from `why`, with names, in the page's language. */
import { suggestPartners, validateEvent } from '../../solver';
import type { ClusterProfile } from '../../src/browser/api-types';
import { suggestionLines } from '../../src/browser/suggestion-view';
import { namesOf } from '../../src/browser/text';
import { dictionary } from '../../src/i18n/dictionary';
import { readFixture } from '../support/fixtures';

const event = readFixture('interclustering-2015.json');
const profiles = new Map<string, ClusterProfile>(event.clusters.map((c) => [c.id, { offers: [], seeks: [], ...c }]));
const nameOf = namesOf(event.clusters);
const suggestionsFor = (id: string) => {
  const valid = validateEvent(event);
  if (!valid.ok) throw new Error('the fixture is valid');
  return { suggestions: suggestPartners(valid.event, id) };
};

describe('suggested partners in the page’s language', () => {
  it('writes each reason in French with names, and the partner’s sector and region', () => {
    const lines = suggestionLines(suggestionsFor('lyonbiopole'), profiles, nameOf, dictionary('fr'));
    expect(lines.length).toBeGreaterThan(0);
    const first = lines[0];
    const profile = profiles.get(first.clusterId)!;
    expect(first.name).toBe(profile.name);
    expect(first.about).toBe([profile.sector, profile.region].filter(Boolean).join(' · '));
    expect(lines.flatMap((l) => l.reasons).some((r) => / propose .+, compétence recherchée par Lyonbiopôle$|^Lyonbiopôle propose /.test(r))).toBe(true);
  });

  it('shows no English sentence and no cluster id to any cluster of the fixture', () => {
    const ids = event.clusters.map((c) => c.id);
    for (const id of ids) {
      const text = suggestionLines(suggestionsFor(id), profiles, nameOf, dictionary('fr'))
        .flatMap((l) => [l.name, ...l.reasons])
        .join('\n');
      expect(text).not.toMatch(/\b(offers|seeks|sought|asked|mutual|choice|required)\b/i);
      for (const other of ids) expect(text).not.toMatch(new RegExp(`(^|[\\s(])${other}\\b`));
    }
  });

  it('writes them in English for ?lang=en', () => {
    const reasons = suggestionLines(suggestionsFor('lyonbiopole'), profiles, nameOf, dictionary('en')).flatMap((l) => l.reasons);
    expect(reasons.some((r) => / offers .+, sought by Lyonbiopôle$|^Lyonbiopôle offers /.test(r))).toBe(true);
  });
});
