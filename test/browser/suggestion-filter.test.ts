/** The search among suggested partners: what it keeps, and the regions and sectors it offers. */
import { suggestPartners, validateEvent } from '../../solver';
import type { ClusterProfile } from '../../src/browser/api-types';
import { filterChoices, filterSuggestions, foldText, isUnfiltered, NO_CRITERIA } from '../../src/browser/suggestion-filter';
import { suggestionLines, type SuggestionLines } from '../../src/browser/suggestion-view';
import { namesOf } from '../../src/browser/text';
import { dictionary } from '../../src/i18n/dictionary';
import { readFixture } from '../support/fixtures';

const line = (overrides: Partial<SuggestionLines> & Pick<SuggestionLines, 'clusterId' | 'name'>): SuggestionLines => ({
  about: '',
  offers: [],
  seeks: [],
  reasons: [],
  ...overrides,
});

const lines: SuggestionLines[] = [
  line({ clusterId: 'mb', name: 'Mont-Blanc Industries', region: 'Rhône-Alpes', sector: 'mécatronique', offers: ['Métrologie'], seeks: ['big data'] }),
  line({ clusterId: 'ae', name: 'Auvergne Efficience Industrielle', region: 'Auvergne', sector: 'industrie', reasons: ['Auvergne Efficience Industrielle a demandé à rencontrer Lyonbiopôle (1er choix)'] }),
  line({ clusterId: 'ci', name: 'Cœur d’Industrie', region: 'rhone-alpes', sector: 'Mécatronique', seeks: ['Chimie verte'] }),
  line({ clusterId: 'nr', name: 'Sans Région' }),
];
const ids = (kept: SuggestionLines[]) => kept.map((l) => l.clusterId);

describe('the search among suggested partners', () => {
  it('keeps every partner, in the ranking’s order, when nothing is typed or chosen', () => {
    expect(ids(filterSuggestions(lines, NO_CRITERIA))).toEqual(['mb', 'ae', 'ci', 'nr']);
    expect(isUnfiltered({ query: '   ', region: '', sector: '' })).toBe(true);
    expect(isUnfiltered({ query: 'x', region: '', sector: '' })).toBe(false);
  });

  it('finds a partner by its name, ignoring case and accents', () => {
    expect(ids(filterSuggestions(lines, { ...NO_CRITERIA, query: 'MONT blanc' }))).toEqual(['mb']);
    expect(ids(filterSuggestions(lines, { ...NO_CRITERIA, query: 'coeur d\'industrie' }))).toEqual(['ci']);
  });

  it('finds a partner by what it offers or seeks, and by the reasons given', () => {
    expect(ids(filterSuggestions(lines, { ...NO_CRITERIA, query: 'metrologie' }))).toEqual(['mb']);
    expect(ids(filterSuggestions(lines, { ...NO_CRITERIA, query: 'chimie' }))).toEqual(['ci']);
    expect(ids(filterSuggestions(lines, { ...NO_CRITERIA, query: '1er choix' }))).toEqual(['ae']);
  });

  it('needs every word typed, wherever each one is found', () => {
    expect(ids(filterSuggestions(lines, { ...NO_CRITERIA, query: 'industrie  big' }))).toEqual(['mb']);
    expect(ids(filterSuggestions(lines, { ...NO_CRITERIA, query: 'industrie nowhere' }))).toEqual([]);
  });

  it('keeps one region or one sector, whatever its case and accents', () => {
    expect(ids(filterSuggestions(lines, { ...NO_CRITERIA, region: 'Rhône-Alpes' }))).toEqual(['mb', 'ci']);
    expect(ids(filterSuggestions(lines, { ...NO_CRITERIA, sector: 'mécatronique' }))).toEqual(['mb', 'ci']);
    expect(ids(filterSuggestions(lines, { query: 'coeur', region: 'Rhône-Alpes', sector: 'Mécatronique' }))).toEqual(['ci']);
    expect(ids(filterSuggestions(lines, { ...NO_CRITERIA, region: 'Auvergne', sector: 'mécatronique' }))).toEqual([]);
  });

  it('does not change the partners it is given', () => {
    const before = JSON.stringify(lines);
    filterSuggestions(lines, { query: 'x', region: 'Auvergne', sector: '' });
    expect(JSON.stringify(lines)).toBe(before);
  });

  it('folds case, accents, ligatures, apostrophes and spaces', () => {
    expect(foldText('  Métrologie   Œnologie l’Été ')).toBe("metrologie oenologie l'ete");
  });
});

describe('the regions and sectors offered', () => {
  it('lists each region and sector of the partners once, in alphabetical order, as first written', () => {
    expect(filterChoices(lines, 'fr-FR')).toEqual({ regions: ['Auvergne', 'Rhône-Alpes'], sectors: ['industrie', 'mécatronique'] });
  });

  it('offers the fixture’s regions to Lyonbiopôle, and each of them keeps some partners', () => {
    const event = readFixture('interclustering-2015.json');
    const valid = validateEvent(event);
    if (!valid.ok) throw new Error('the fixture is valid');
    const profiles = new Map<string, ClusterProfile>(event.clusters.map((c) => [c.id, { offers: [], seeks: [], ...c }]));
    const suggested = suggestionLines({ suggestions: suggestPartners(valid.event, 'lyonbiopole') }, profiles, namesOf(event.clusters), dictionary('fr'));
    const { regions, sectors } = filterChoices(suggested, 'fr-FR');
    expect(regions).toEqual(['Auvergne', 'Rhône-Alpes']);
    for (const region of regions) expect(filterSuggestions(suggested, { ...NO_CRITERIA, region }).length).toBeGreaterThan(0);
    for (const sector of sectors) expect(filterSuggestions(suggested, { ...NO_CRITERIA, sector }).length).toBeGreaterThan(0);
    expect(suggested.every((s) => s.offers === profiles.get(s.clusterId)!.offers)).toBe(true);
  });
});
