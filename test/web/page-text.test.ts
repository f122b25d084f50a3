/**
 * The browser script's text helpers, loaded under Node, and the dictionary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventFile } from '../../solver';
import { pairReasons, pairValues } from '../../solver/value/pair-value';
import { webStrings, type ClientStrings } from '../../src/web/dictionary';

interface PageHelpers {
  fill(template: string, vars: Record<string, string | number>): string;
  translateReason(reason: string, strings: ClientStrings, name: (id: string) => string): string;
  translateProblem(message: string, strings: ClientStrings): string;
  locate(path: string): { list: string | null; index: number | null; part: string | null };
  wallTime(iso: string): string;
}

// A plain script with no types: it exports its helpers when loaded as a module.
const page: PageHelpers = require('../../src/web/assets/cluster-page.js');

const fixture = (): EventFile => JSON.parse(readFileSync(join(__dirname, '../../fixtures/interclustering-2015.json'), 'utf8'));
const fr = webStrings('fr').client;
const en = webStrings('en').client;

describe('reasons from the engine', () => {
  const event = fixture();
  const names = new Map(event.clusters.map((c) => [c.id, c.name]));
  const name = (id: string) => names.get(id) ?? id;
  const reasons = [...pairValues(event).values()].flatMap((info) => [...pairReasons(info, false), ...pairReasons(info, true)]);

  it('has every form the engine writes among the fixture’s pairs', () => {
    expect(reasons.some((r) => r.startsWith('mutual request'))).toBe(true);
    expect(reasons.some((r) => r.includes(' asked to meet '))).toBe(true);
    expect(reasons.some((r) => r.endsWith(' seeks it'))).toBe(true);
    expect(reasons).toContain('required by the organiser');
  });

  it('translates every one of them into French, with names instead of ids', () => {
    for (const reason of reasons) {
      const text = page.translateReason(reason, fr, name);
      expect(text).not.toBe(reason);
      expect(text).not.toMatch(/\b(offers|seeks|asked|mutual|choice|required)\b/);
    }
  });

  it('writes a competence match and a request in French', () => {
    expect(page.translateReason("axelera offers chimie verte, traitement, minalogic seeks it", fr, name)).toBe(
      'Axelera propose «\u00a0chimie verte, traitement\u00a0», que Minalogic recherche',
    );
    expect(page.translateReason('mutual request (axelera: 1st choice, thesame: 3rd choice)', fr, name)).toBe(
      'demande réciproque (Axelera\u00a0: 1er choix, Thésame\u00a0: 3e choix)',
    );
    expect(page.translateReason('thesame asked to meet axelera (2nd choice)', en, name)).toBe('Thésame asked to meet Axelera (2nd choice)');
  });

  it('shows a reason of an unknown form as it is', () => {
    expect(page.translateReason('something new', fr, name)).toBe('something new');
  });
});

describe('problems from the API', () => {
  it.each([
    ['must not be empty', 'Choisissez un cluster.'],
    ['"minalogic" appears twice (also requests[0])', 'Ce cluster est déjà choisi plus haut.'],
    ['a cluster cannot name itself', 'Votre cluster ne peut pas se choisir lui-même.'],
    ['unknown cluster "nobody"', 'Ce cluster ne participe pas à la journée.'],
    ['"avia" is also requested (requests[1])', 'Ce cluster figure aussi dans vos partenaires souhaités.'],
    ['at most 10 partners can be requested', 'Au plus 10 partenaires.'],
    ['must be 1 (first choice) to 5', 'La priorité va de 1 à 5.'],
    ['"" is not a time (HH:MM, 00:00–23:59)', 'Indiquez une heure de début et de fin.'],
    ['ends at 15:00, not after its start 16:00', 'L’heure de fin doit suivre l’heure de début.'],
  ])('translates "%s"', (message, french) => {
    expect(page.translateProblem(message, fr)).toBe(french);
  });

  it('keeps a message it does not know', () => {
    expect(page.translateProblem('conflicts with a meeting fixed by the organiser: round 2', fr)).toBe(
      'conflicts with a meeting fixed by the organiser: round 2',
    );
  });

  it.each([
    ['requests[2].to', { list: 'requests', index: 2, part: 'to' }],
    ['requests[0].priority', { list: 'requests', index: 0, part: 'priority' }],
    ['requests', { list: 'requests', index: null, part: null }],
    ['declines[1]', { list: 'declines', index: 1, part: null }],
    ['availability[3].end', { list: 'availability', index: 3, part: 'end' }],
    ['(body)', { list: null, index: null, part: null }],
  ])('locates %s', (path, at) => {
    expect(page.locate(path)).toEqual(at);
  });
});

describe('small helpers', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(page.fill('Tour {n} · {x}', { n: 2 })).toBe('Tour 2 · {x}');
  });

  it('reads the wall-clock time of the event zone from an instant with its offset', () => {
    expect(page.wallTime('2015-09-10T14:20:00+02:00')).toBe('14:20');
  });
});

describe('the dictionary', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has the same client strings, with the same placeholders, in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr) as (keyof ClientStrings)[]) {
      expect(fr[key]).not.toBe('');
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(fr[key])]);
    }
  });

  it('has five ordinals in each language', () => {
    expect(fr.ordinals.split(',')).toHaveLength(5);
    expect(en.ordinals.split(',')).toHaveLength(5);
  });
});
