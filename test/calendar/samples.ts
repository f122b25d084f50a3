/**
 * Hand-made events and schedules for the calendar and export tests.
 * Times are written by hand with the offset of the event's zone on that date.
 */
import type { EventFile, Meeting, Schedule } from '../../solver/model/types';

/** A name with everything that must survive: accents, `,;"\`, a newline. */
export const TRICKY_NAME = 'Évian «Eaux», Alpes; "Sud" \\ Nord\nLigne 2';
/** A name trying to add a property to the event. */
export const INJECTION_NAME = 'Evil\r\nATTENDEE:mailto:x@evil.example';

export function sampleEvent(): EventFile {
  return {
    event: {
      id: 'aura-2026',
      name: 'Interclustering Auvergne-Rhône-Alpes 2026',
      timezone: 'Europe/Paris',
      location: 'Hôtel de Région, Lyon',
      sessions: [{ date: '2026-03-12', start: '14:00', end: '15:40' }],
      meetingMinutes: 20,
      tables: [
        { id: 'T1', name: 'T1' },
        { id: 'T2', name: 'Salle Rhône' },
        { id: 'T3', name: 'T3' },
      ],
    },
    clusters: [
      {
        id: 'mont-blanc',
        name: 'Mont-Blanc Industries',
        region: 'Haute-Savoie',
        offers: ['décolletage', 'usinage de précision'],
        seeks: ['robotique'],
        attendees: [{ name: 'Jeanne Dupont', email: 'jeanne.dupont@mbi.example' }, { name: 'Paul Martin' }],
      },
      {
        id: 'robotics',
        name: 'Coboteam Robotique',
        offers: ['robotique', 'vision industrielle'],
        seeks: ['usinage de précision'],
        attendees: [{ name: 'Amélie Rousseau', email: 'amelie@coboteam.example' }],
      },
      { id: 'tricky', name: TRICKY_NAME, offers: ['eau, minérale; "pure"'], seeks: [] },
      { id: 'evil', name: INJECTION_NAME },
      { id: 'plastics', name: 'Plastipolis', offers: ['plasturgie'], seeks: ['décolletage'] },
      { id: 'lonely', name: 'Cluster sans rencontre' },
    ],
  };
}

export function makeSchedule(eventId: string, meetings: Meeting[]): Schedule {
  const rounds = new Map<number, { index: number; start: string; end: string }>();
  for (const m of meetings) rounds.set(m.round, { index: m.round, start: m.start, end: m.end });
  const value = meetings.reduce((sum, m) => sum + m.value, 0);
  return {
    eventId,
    rounds: [...rounds.values()].sort((a, b) => a.index - b.index),
    meetings,
    unmet: [],
    stats: {
      objective: 'fair',
      value,
      covered: new Set(meetings.flatMap((m) => m.clusters)).size,
      upperBound: value,
      optimal: true,
      idleRounds: 0,
      rounds: rounds.size,
      meetings: meetings.length,
      solveMs: 0,
    },
  };
}

function meeting(
  a: string,
  b: string,
  round: number,
  table: string,
  start: string,
  end: string,
  value: number,
  reasons: string[],
): Meeting {
  return { clusters: [a, b], round, table, start, end, value, reasons };
}

/** 12 March 2026 in Lyon: winter time, +01:00. */
export function sampleSchedule(): Schedule {
  return makeSchedule('aura-2026', [
    meeting('mont-blanc', 'robotics', 1, 'T1', '2026-03-12T14:00:00+01:00', '2026-03-12T14:20:00+01:00', 7, [
      'Mont-Blanc Industries a demandé cette rencontre (priorité 1)',
      'Coboteam Robotique offre « robotique », recherché par Mont-Blanc Industries',
    ]),
    meeting('plastics', 'tricky', 1, 'T2', '2026-03-12T14:00:00+01:00', '2026-03-12T14:20:00+01:00', 2.5, [
      'intérêt commun ; "eau"',
    ]),
    meeting('evil', 'mont-blanc', 2, 'T2', '2026-03-12T14:20:00+01:00', '2026-03-12T14:40:00+01:00', 1, []),
    meeting('mont-blanc', 'tricky', 3, 'T3', '2026-03-12T14:40:00+01:00', '2026-03-12T15:00:00+01:00', 3, [
      'Évian «Eaux» a demandé cette rencontre',
    ]),
    meeting('plastics', 'robotics', 4, 'T1', '2026-03-12T15:00:00+01:00', '2026-03-12T15:20:00+01:00', 4, []),
  ]);
}

/** The sample schedule after a re-solve: mont-blanc × robotics moves to round 5, evil × mont-blanc is dropped. */
export function movedAndDropped(): Schedule {
  const meetings = sampleSchedule().meetings.flatMap((m): Meeting[] => {
    const key = m.clusters.join('|');
    if (key === 'evil|mont-blanc') return [];
    if (key === 'mont-blanc|robotics') {
      return [{ ...m, round: 5, start: '2026-03-12T15:20:00+01:00', end: '2026-03-12T15:40:00+01:00' }];
    }
    return [m];
  });
  return makeSchedule('aura-2026', meetings);
}

/** A small event on the night summer time ends in Paris (25 October 2026, 03:00 CEST → 02:00 CET). */
export function dstEvent(): EventFile {
  return {
    event: {
      id: 'nuit-dst',
      name: 'Nuit du changement d’heure',
      timezone: 'Europe/Paris',
      location: 'Lyon',
      sessions: [{ date: '2026-10-25', start: '01:20', end: '03:20' }],
      meetingMinutes: 20,
      tables: 2,
    },
    clusters: [
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Bêta' },
      { id: 'c', name: 'Gamma' },
      { id: 'd', name: 'Delta' },
    ],
  };
}

/** Rounds every 20 minutes of elapsed time; 02:00 and 02:20 come twice on the wall clock. */
export function dstSchedule(): Schedule {
  return makeSchedule('nuit-dst', [
    meeting('a', 'b', 1, 'T1', '2026-10-25T01:20:00+02:00', '2026-10-25T01:40:00+02:00', 1, []),
    meeting('a', 'c', 3, 'T1', '2026-10-25T02:00:00+02:00', '2026-10-25T02:20:00+02:00', 1, []),
    meeting('b', 'c', 6, 'T2', '2026-10-25T02:00:00+01:00', '2026-10-25T02:20:00+01:00', 1, []),
    meeting('a', 'd', 9, 'T2', '2026-10-25T03:00:00+01:00', '2026-10-25T03:20:00+01:00', 1, []),
  ]);
}
