/**
 * Hand-made events and schedules for the calendar and export tests.
 * Times are written by hand with the offset of the event's zone on that date.
 */
import type { EventFile, Meeting, MeetingWhy, Schedule } from '../../solver/model/types';

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

/**
 * A meeting with its reasons as data (`why`) and, in `reasons`, English
 * sentences with ids as the solver writes them: no export may show those.
 */
function meeting(
  a: string,
  b: string,
  round: number,
  table: string,
  start: string,
  end: string,
  value: number,
  why: MeetingWhy[],
  reasons: string[] = [],
): Meeting {
  return { clusters: [a, b], round, table, start, end, value, reasons, why };
}

/** English sentences with ids, as in the schedule's `reasons`: data for scripts, never shown to people. */
export const ENGLISH_REASONS = [
  'mont-blanc asked to meet robotics (1st choice)',
  'robotics offers robotique, mont-blanc seeks it',
  'locked by the organiser',
  'mutual request (tricky: 1st choice, mont-blanc: 3rd choice)',
  'required by the organiser',
];

/** 12 March 2026 in Lyon: winter time, +01:00. */
export function sampleSchedule(): Schedule {
  return makeSchedule('aura-2026', [
    meeting(
      'mont-blanc',
      'robotics',
      1,
      'T1',
      '2026-03-12T14:00:00+01:00',
      '2026-03-12T14:20:00+01:00',
      7,
      [
        { kind: 'request', from: 'mont-blanc', to: 'robotics', priority: 1 },
        { kind: 'competence', offeredBy: 'robotics', soughtBy: 'mont-blanc', term: 'robotique' },
        { kind: 'competence', offeredBy: 'mont-blanc', soughtBy: 'robotics', term: 'usinage de précision' },
      ],
      [ENGLISH_REASONS[0], ENGLISH_REASONS[1], 'mont-blanc offers usinage de précision, robotics seeks it'],
    ),
    meeting('plastics', 'tricky', 1, 'T2', '2026-03-12T14:00:00+01:00', '2026-03-12T14:20:00+01:00', 2.5, [
      { kind: 'competence', offeredBy: 'tricky', soughtBy: 'plastics', term: 'eau, minérale; "pure"' },
    ]),
    {
      ...meeting(
        'evil',
        'mont-blanc',
        2,
        'T2',
        '2026-03-12T14:20:00+01:00',
        '2026-03-12T14:40:00+01:00',
        1,
        [{ kind: 'locked' }, { kind: 'request', from: 'evil', to: 'mont-blanc', priority: 2 }],
        [ENGLISH_REASONS[2], 'evil asked to meet mont-blanc (2nd choice)'],
      ),
      locked: true,
    },
    meeting(
      'mont-blanc',
      'tricky',
      3,
      'T3',
      '2026-03-12T14:40:00+01:00',
      '2026-03-12T15:00:00+01:00',
      3,
      [
        { kind: 'request', from: 'tricky', to: 'mont-blanc', priority: 1 },
        { kind: 'request', from: 'mont-blanc', to: 'tricky', priority: 3 },
      ],
      [ENGLISH_REASONS[3]],
    ),
    meeting('plastics', 'robotics', 4, 'T1', '2026-03-12T15:00:00+01:00', '2026-03-12T15:20:00+01:00', 4, [{ kind: 'mustMeet' }], [
      ENGLISH_REASONS[4],
    ]),
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
