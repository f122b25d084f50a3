/**
 * The agenda as the page writes it: from the meetings' `why` and the unmet
 * requests' `cause`, in the page's language, with names.
 */
import { solve } from '../../solver';
import type { AgendaView } from '../../src/browser/api-types';
import { agendaLines, type AgendaContext } from '../../src/browser/agenda-view';
import { namesOf } from '../../src/browser/text';
import { getAgenda } from '../../src/app/get-agenda';
import type { AppDeps } from '../../src/app/ports';
import { dictionary } from '../../src/i18n/dictionary';
import { readFixture } from '../support/fixtures';

const clusters = [
  { id: 'axelera', name: 'Axelera' },
  { id: 'organics-cluster', name: 'Organics Cluster' },
  { id: 'thesame', name: 'Thésame' },
];
const context = (lang: 'fr' | 'en', tables: Record<string, string> = {}): AgendaContext => ({
  words: dictionary(lang),
  nameOf: namesOf(clusters),
  tableName: (id) => tables[id] ?? id,
});

const meeting = (overrides: Partial<AgendaView['meetings'][number]> = {}): AgendaView['meetings'][number] => ({
  round: 2,
  start: '2015-09-10T14:25:00+02:00',
  end: '2015-09-10T14:45:00+02:00',
  table: 'T3',
  partner: { id: 'organics-cluster', name: 'Organics Cluster' },
  locked: false,
  why: [
    { kind: 'request', from: 'axelera', to: 'organics-cluster', priority: 3 },
    { kind: 'request', from: 'organics-cluster', to: 'axelera', priority: 2 },
    { kind: 'competence', offeredBy: 'axelera', soughtBy: 'organics-cluster', term: 'chimie verte' },
  ],
  ...overrides,
});

describe('the agenda in the page’s language', () => {
  it('renders a mutual request with both names in French', () => {
    const [m] = agendaLines({ meetings: [meeting()], unmet: [] }, context('fr')).meetings;
    expect(m.reasons).toEqual([
      'Demande mutuelle (Axelera\u00a0: 3e choix, Organics Cluster\u00a0: 2e choix)',
      'Axelera propose chimie verte, compétence recherchée par Organics Cluster',
    ]);
  });

  it('renders the same meeting in English with ?lang=en', () => {
    const [m] = agendaLines({ meetings: [meeting()], unmet: [] }, context('en')).meetings;
    expect(m.reasons[0]).toBe('Mutual request (Axelera: 3rd choice, Organics Cluster: 2nd choice)');
  });

  it('says when, in which round and at which table, with the table’s name when the event gives one', () => {
    const fr = agendaLines({ meetings: [meeting()], unmet: [] }, context('fr')).meetings[0];
    expect([fr.when, fr.where, fr.partner]).toEqual(['14:25–14:45', 'Tour 2 · table T3', 'Organics Cluster']);
    const named = agendaLines({ meetings: [meeting({ table: 'r1' })], unmet: [] }, context('fr', { r1: 'Salle Rhône – table 1' })).meetings[0];
    expect(named.where).toBe('Tour 2 · Salle Rhône – table 1');
  });

  it('puts the day before the time when the meetings span several days', () => {
    const lines = agendaLines(
      { meetings: [meeting(), meeting({ start: '2015-09-11T09:00:00+02:00', end: '2015-09-11T09:20:00+02:00' })], unmet: [] },
      context('fr'),
    );
    expect(lines.meetings.map((m) => m.when)).toEqual(['Jeudi 10 septembre, 14:25–14:45', 'Vendredi 11 septembre, 09:00–09:20']);
    expect(lines.summary).toBe('2 rencontres');
  });

  it('says that a meeting was fixed or required by the organiser', () => {
    const [m] = agendaLines({ meetings: [meeting({ locked: true, why: [{ kind: 'locked' }, { kind: 'mustMeet' }] })], unmet: [] }, context('fr')).meetings;
    expect(m.locked).toBe(true);
    expect(m.reasons).toEqual(['Rencontre demandée par l’organisateur', 'Rencontre fixée par l’organisateur']);
  });

  it('explains an unmet request from its cause, with names', () => {
    const lines = agendaLines(
      { meetings: [], unmet: [{ from: 'axelera', to: 'thesame', cause: { kind: 'cap', cluster: 'thesame', cap: 3 } }] },
      context('fr'),
    );
    expect(lines.summary).toBe('Aucune rencontre ne vous a été attribuée.');
    expect(lines.unmet).toEqual([{ partner: 'Thésame', reason: 'Thésame a atteint son maximum de 3 rencontres avec des partenaires plus demandés' }]);
  });

  it('writes the fixture’s agendas with no English sentence and no cluster id', async () => {
    const event = readFixture('interclustering-2015.json');
    const result = solve(event, { seed: 1 });
    expect(result.schedule).not.toBeNull();
    const ids = event.clusters.map((c) => c.id);
    const ctx: AgendaContext = { words: dictionary('fr'), nameOf: namesOf(event.clusters), tableName: (id) => id };
    // The use case itself, on a store that holds the fixture and its published schedule.
    const store = {
      getEvent: async () => ({ event, revision: 1 }),
      getPublication: async () => ({ schedule: result.schedule, ledger: {}, storedAt: '2015-09-01T10:00:00.000Z', published: 1 }),
    };
    const deps = { store } as unknown as Pick<AppDeps, 'store'>;
    for (const id of ids) {
      const lines = agendaLines(await getAgenda(deps, event.event.id, id), ctx);
      const text = [...lines.meetings.flatMap((m) => [m.partner, ...m.reasons]), ...lines.unmet.flatMap((u) => [u.partner, u.reason])].join('\n');
      expect(text).not.toMatch(/\b(offers|seeks|sought|asked|mutual|choice|required|reached|round)\b/i);
      for (const other of ids) expect(text).not.toMatch(new RegExp(`(^|[\\s(])${other}\\b`));
    }
  });
});
