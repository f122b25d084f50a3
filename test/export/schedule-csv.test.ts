import type { EventFile } from '../../solver/model/types';
import { scheduleCsv } from '../../src/export/schedule-csv';
import { expectGolden } from '../calendar/golden';
import { parseCsv } from '../support/parse-csv';
import { dstEvent, dstSchedule, ENGLISH_REASONS, INJECTION_NAME, sampleEvent, sampleSchedule, TRICKY_NAME } from '../calendar/samples';

const BOM = '\uFEFF';

describe('scheduleCsv', () => {
  const event = sampleEvent();
  const schedule = sampleSchedule();
  const csv = scheduleCsv(event, schedule);
  const rows = parseCsv(csv.slice(1), ';');

  it('starts with a UTF-8 byte-order mark, for Excel', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.indexOf(BOM, 1)).toBe(-1);
  });

  it('has a French header separated by semicolons', () => {
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'Tour;Début;Fin;Table;Cluster A (id);Cluster A;Cluster B (id);Cluster B;Valeur;Raisons;Début (ISO 8601);Fin (ISO 8601)',
    );
  });

  it('has one row per meeting in time order, with local times, table names, both clusters, value and French reasons with names', () => {
    expect(rows).toHaveLength(1 + schedule.meetings.length);
    expect(rows.slice(1).map((r) => r.length)).toEqual(schedule.meetings.map(() => 12));
    expect(rows[1]).toEqual([
      '1',
      '2026-03-12 14:00',
      '2026-03-12 14:20',
      'T1',
      'mont-blanc',
      'Mont-Blanc Industries',
      'robotics',
      'Coboteam Robotique',
      '7',
      'Mont-Blanc Industries a demandé à rencontrer Coboteam Robotique (1er choix) ; ' +
        'Coboteam Robotique propose robotique, compétence recherchée par Mont-Blanc Industries ; ' +
        'Mont-Blanc Industries propose usinage de précision, compétence recherchée par Coboteam Robotique',
      '2026-03-12T14:00:00+01:00',
      '2026-03-12T14:20:00+01:00',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[4], r[6]])).toEqual([
      ['1', 'T1', 'mont-blanc', 'robotics'],
      ['1', 'Salle Rhône', 'plastics', 'tricky'],
      ['2', 'Salle Rhône', 'evil', 'mont-blanc'],
      ['3', 'T3', 'mont-blanc', 'tricky'],
      ['4', 'T1', 'plastics', 'robotics'],
    ]);
    expect(rows.find((r) => r[4] === 'plastics' && r[6] === 'robotics')![9]).toBe('Rencontre demandée par l’organisateur');
    for (const english of ENGLISH_REASONS) expect(csv).not.toContain(english);
  });

  it('gives the reasons in English with names with lang en', () => {
    const en = parseCsv(scheduleCsv(event, schedule, { lang: 'en' }).slice(1), ';');
    expect(en[1][9]).toBe(
      'Mont-Blanc Industries asked to meet Coboteam Robotique (1st choice) ; ' +
        'Coboteam Robotique offers robotique, sought by Mont-Blanc Industries ; ' +
        'Mont-Blanc Industries offers usinage de précision, sought by Coboteam Robotique',
    );
  });

  it('quotes names holding semicolons, quotes and line breaks so that they read back intact', () => {
    const tricky = rows.find((r) => r[4] === 'plastics' && r[6] === 'tricky')!;
    expect(tricky[7]).toBe(TRICKY_NAME);
    expect(tricky[9]).toBe(`${TRICKY_NAME} propose eau, minérale; "pure", compétence recherchée par Plastipolis`);
    expect(csv).toContain('"Évian «Eaux», Alpes; ""Sud"" \\ Nord\nLigne 2"');
    const evil = rows.find((r) => r[4] === 'evil')!;
    expect(evil[5]).toBe(INJECTION_NAME);
  });

  it('writes decimals with a comma next to the semicolon, and a point with a comma separator', () => {
    expect(rows.find((r) => r[4] === 'plastics' && r[6] === 'tricky')![8]).toBe('2,5');
    const comma = parseCsv(scheduleCsv(event, schedule, { delimiter: ',' }).slice(1), ',');
    expect(comma.find((r) => r[4] === 'plastics' && r[6] === 'tricky')![8]).toBe('2.5');
    expect(comma[1][9]).toContain('(1er choix) ; Coboteam');
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    const formula: EventFile = {
      ...event,
      clusters: event.clusters.map((c) => (c.id === 'robotics' ? { ...c, name: '=HYPERLINK("http://evil.example","x")' } : c)),
    };
    const read = parseCsv(scheduleCsv(formula, schedule).slice(1), ';');
    expect(read[1][7]).toBe('\'=HYPERLINK("http://evil.example","x")');
  });

  it('has an English header with lang en', () => {
    expect(scheduleCsv(event, schedule, { lang: 'en' }).slice(1).split('\r\n')[0]).toBe(
      'Round;Start;End;Table;Cluster A (id);Cluster A;Cluster B (id);Cluster B;Value;Reasons;Start (ISO 8601);End (ISO 8601)',
    );
  });

  it('keeps the two 02:00 of the night summer time ends apart through the ISO columns', () => {
    const night = parseCsv(scheduleCsv(dstEvent(), dstSchedule()).slice(1), ';');
    expect(night.slice(1).map((r) => [r[1], r[10]])).toEqual([
      ['2026-10-25 01:20', '2026-10-25T01:20:00+02:00'],
      ['2026-10-25 02:00', '2026-10-25T02:00:00+02:00'],
      ['2026-10-25 02:00', '2026-10-25T02:00:00+01:00'],
      ['2026-10-25 03:00', '2026-10-25T03:00:00+01:00'],
    ]);
  });

  it('matches its golden file byte for byte', () => {
    expectGolden('schedule-aura-2026.fr.csv', csv);
  });
});

describe('scheduleCsv with a bad zone', () => {
  it('rejects an event zone unknown to the runtime', () => {
    const event = sampleEvent();
    const bad: EventFile = { ...event, event: { ...event.event, timezone: 'Europe/Lyon' } };
    expect(() => scheduleCsv(bad, sampleSchedule())).toThrow('unknown time zone "Europe/Lyon"');
  });
});
