/** Where a problem of a new event is, in words, from its path and params: never from its English message. */
import { fileLocation, importLocation, pathSegments, settingsKey } from '../../../src/browser/console/problem-location';
import { dictionary } from '../../../src/i18n/dictionary';

const fr = dictionary('fr').console;
const en = dictionary('en').console;
const file = {
  event: { id: 'x', sessions: [{ date: '2026-03-12', start: '09:00', end: '25:99' }] },
  clusters: [
    { id: 'axelera', name: 'Axelera' },
    { id: 'minalogic', name: 'Minalogic', attendees: [{ name: 'A', email: 'nope' }] },
  ],
  requests: [{ from: 'axelera', to: 'minalogic' }, { from: 'axelera', to: 'personne' }],
};

describe('the place of a problem in an event file', () => {
  it('splits a path into names and indexes', () => {
    expect(pathSegments('clusters[3].attendees[0].email')).toEqual(['clusters', 3, 'attendees', 0, 'email']);
  });

  it.each([
    ['event.timezone', 'Réglages, fuseau horaire'],
    ['event.sessions[0].end', 'Réglages, session 1, fin'],
    ['clusters[1].offers', 'Cluster 2 (Minalogic), propose'],
    ['clusters[1].attendees[0].email', 'Cluster 2 (Minalogic), participant 1, e-mail'],
    ['clusters[7].id', 'Cluster 8, identifiant'],
    ['requests[1].to', 'Demande 2 (Axelera → personne), vers'],
    ['constraints.mustMeet[0]', 'Rencontre imposée 1'],
    ['event.colour', 'Réglages, champ «\u00a0colour\u00a0»'],
    ['', 'Le fichier'],
  ])('puts %s as « %s »', (path, words) => {
    expect(fileLocation(path, file, fr)).toBe(words);
  });

  it('says it in English too', () => {
    expect(fileLocation('clusters[1].offers', file, en)).toBe('Cluster 2 (Minalogic), offers');
  });

  it('does not need the file to be what it should', () => {
    expect(fileLocation('clusters[0].name', 'not an object', fr)).toBe('Cluster 1, nom');
  });
});

describe('the place of a problem of a spreadsheet import', () => {
  it('gives a cell its line and column, as the organiser’s header names it', () => {
    expect(importLocation({ path: 'csv.rows[7].offers', params: { line: 7, column: 'offers' } }, fr)).toBe('Ligne 7, colonne «\u00a0offers\u00a0»');
    expect(importLocation({ path: 'csv.rows[7].offers', params: { line: 7, column: 'offers', heading: 'Offres', term: 2 } }, fr)).toBe(
      'Ligne 7, colonne «\u00a0Offres\u00a0», terme 2',
    );
    expect(importLocation({ path: 'csv.rows[4].seeks' }, en)).toBe('Line 4, column “seeks”');
  });

  it('gives a line, the spreadsheet itself, or a setting', () => {
    expect(importLocation({ path: 'csv.rows[9]', params: { line: 9 } }, fr)).toBe('Ligne 9');
    expect(importLocation({ path: 'csv' }, fr)).toBe('Le tableur');
    expect(importLocation({ path: 'settings.sessions[0].end' }, fr)).toBe('Réglages, session 1, fin');
  });

  it('finds the settings field of a path', () => {
    expect(settingsKey('settings.sessions[0].end', 'settings')).toBe('sessions[0].end');
    expect(settingsKey('event.name', 'event')).toBe('name');
    expect(settingsKey('csv.rows[2].id', 'settings')).toBeNull();
  });
});
