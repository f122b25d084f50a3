import { checkSchedule, compareSchedules, eventOnTheDay, locksOnTheDay, replan, scheduleFromMeetings, solve } from '../../../solver';
import { pairKey } from '../../../solver/model/pair-key';
import type { Absence, EventFile, LockedMeeting, Meeting, Schedule } from '../../../solver/model/types';
import { deepFreeze } from '../../support/matchers';
import { afternoon, AT_THREE } from './afternoon';

/** Rounds 1–3 have started at 15:00. */
const STARTED = 3;
const ABSENT = 'tech';
/** "tech" does not come back; "mina", whose meetings were all before 15:00, leaves at 15:00. */
const LEAVES = 'mina';
const absences: Absence[] = [{ cluster: ABSENT }, { cluster: LEAVES, from: AT_THREE }];

const place = (m: Pick<Meeting, 'clusters' | 'round' | 'table'>) => `${pairKey(m.clusters[0], m.clusters[1])}@${m.round}/${m.table}`;
const involves = (m: Meeting, id: string) => m.clusters.includes(id);

function replanned(event: EventFile, previous: Schedule, options: { locks?: LockedMeeting[]; absences?: Absence[] } = {}): Schedule {
  const result = solve(event, { previous, asOf: AT_THREE, absences: options.absences ?? absences, locks: options.locks });
  expect(result.problems).toEqual([]);
  expect(result.status).toBe('feasible');
  return result.schedule!;
}

describe('re-planning the afternoon at 15:00 when "tech" does not come back', () => {
  const event = afternoon();
  const previous = solve(event).schedule!;
  const schedule = replanned(event, previous);
  const later = (s: Schedule) => s.meetings.filter((m) => m.round > STARTED);

  it('the instance: one absent cluster met before 15:00, the other was due to meet after', () => {
    expect(previous.meetings.some((m) => involves(m, LEAVES) && m.round <= STARTED)).toBe(true);
    expect(later(previous).filter((m) => involves(m, ABSENT)).length).toBeGreaterThan(0);
  });

  it('rule 1: keeps every meeting of the started rounds exactly, even those of an absent cluster', () => {
    const before = previous.meetings.filter((m) => m.round <= STARTED).map(place);
    expect(schedule.meetings.filter((m) => m.round <= STARTED).map(place)).toEqual(before);
    expect(later(schedule).filter((m) => involves(m, LEAVES))).toEqual([]);
  });

  it('rule 2: cancels the meetings of the rounds not started of a cluster absent there', () => {
    const gone = later(previous).filter((m) => involves(m, ABSENT) || involves(m, LEAVES));
    const now = new Set(schedule.meetings.map((m) => pairKey(m.clusters[0], m.clusters[1])));
    for (const m of gone) expect(now.has(pairKey(m.clusters[0], m.clusters[1]))).toBe(false);
    expect(later(schedule).filter((m) => involves(m, ABSENT))).toEqual([]);
  });

  it('rule 3: keeps every other announced meeting at its round and table, or counts it as moved', () => {
    const now = new Map(schedule.meetings.map((m) => [pairKey(m.clusters[0], m.clusters[1]), m]));
    const others = later(previous).filter((m) => !involves(m, ABSENT) && !involves(m, LEAVES));
    const moved = others.filter((m) => now.has(pairKey(m.clusters[0], m.clusters[1])) && place(now.get(pairKey(m.clusters[0], m.clusters[1]))!) !== place(m));
    const dropped = others.filter((m) => !now.has(pairKey(m.clusters[0], m.clusters[1])));
    expect(dropped).toEqual([]);
    expect(schedule.stats.changes!.moved).toBe(moved.length);
  });

  it("rule 4: gives the absent cluster's partners new meetings in the rounds not started, and none to it", () => {
    const partners = later(previous)
      .filter((m) => involves(m, ABSENT))
      .flatMap((m) => m.clusters)
      .filter((id) => id !== ABSENT);
    const before = new Set(previous.meetings.map((m) => pairKey(m.clusters[0], m.clusters[1])));
    const added = schedule.meetings.filter((m) => !before.has(pairKey(m.clusters[0], m.clusters[1])));
    expect(added.some((m) => m.clusters.some((id) => partners.includes(id)))).toBe(true);
    expect(added.every((m) => m.round > STARTED && !involves(m, ABSENT) && !involves(m, LEAVES))).toBe(true);
    const pairs = schedule.meetings.map((m) => pairKey(m.clusters[0], m.clusters[1]));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('rule 6: is a valid schedule of the event on the day with its locks', () => {
    expect(checkSchedule(eventOnTheDay(event, absences), schedule, locksOnTheDay(event, [], absences))).toEqual([]);
  });

  it('rule 7: counts the changes against the previous publication as compareSchedules does', () => {
    expect(schedule.stats.changes).toEqual(compareSchedules(previous.meetings, schedule.meetings).counts);
    expect(schedule.stats.changes!.cancelled).toBeGreaterThan(0);
    const again = solve(event, { previous });
    expect(again.schedule!.stats.changes).toEqual(compareSchedules(previous.meetings, again.schedule!.meetings).counts);
    expect(solve(event).schedule!.stats.changes).toBeUndefined();
  });

  it('is what replan gives, called directly', () => {
    expect(replan(event, { previous, asOf: AT_THREE, absences })).toEqual(solve(event, { previous, asOf: AT_THREE, absences }));
  });
});

describe('the organiser locks on the day', () => {
  const event = afternoon();
  const locks: LockedMeeting[] = [
    { clusters: ['lumi', 'tech'], round: 5, table: 'T1' },
    { clusters: ['axel', 'mina'], round: 6, table: 'T2' },
    { clusters: ['lyon', 'tene'], round: 2, table: 'T3' },
  ];
  const previous = solve(event, { locks }).schedule!;

  it('rule 5: drops the locks of an absent cluster in rounds not started and keeps the others', () => {
    const onlyTech = [{ cluster: ABSENT }];
    const schedule = replanned(event, previous, { locks, absences: onlyTech });
    const places = schedule.meetings.map(place);
    expect(places).not.toContain(place(locks[0]));
    expect(places).toEqual(expect.arrayContaining([place(locks[1]), place(locks[2])]));
    expect(schedule.meetings.filter((m) => m.locked).map(place).sort()).toEqual([place(locks[1]), place(locks[2])].sort());
    expect(checkSchedule(eventOnTheDay(event, onlyTech), schedule, locksOnTheDay(event, locks, onlyTech))).toEqual([]);
  });

  it('rule 5: drops a lock of a cluster that leaves before its round', () => {
    const schedule = replanned(event, previous, { locks });
    expect(schedule.meetings.map(place)).not.toContain(place(locks[1]));
    expect(checkSchedule(eventOnTheDay(event, absences), schedule, locksOnTheDay(event, locks, absences))).toEqual([]);
  });
});

describe('moving an announced meeting', () => {
  // Four rounds (14:00, 14:25, 14:50, 15:15); "bet" can meet only in the first two.
  const event: EventFile = {
    event: { id: 'moves', name: 'Déplacements', timezone: 'Europe/Paris', sessions: [{ date: '2026-11-19', start: '14:00', end: '15:35' }], meetingMinutes: 20, changeoverMinutes: 5 },
    clusters: [
      { id: 'alf', name: 'Alpha' },
      { id: 'bet', name: 'Bêta', availability: [{ date: '2026-11-19', start: '14:00', end: '14:45' }] },
      { id: 'gam', name: 'Gamma' },
      { id: 'del', name: 'Delta' },
      { id: 'xen', name: 'Xénon' },
    ],
    requests: [
      { from: 'xen', to: 'bet', priority: 1 },
      { from: 'alf', to: 'gam', priority: 1 },
      { from: 'del', to: 'gam', priority: 1 },
      { from: 'bet', to: 'gam', priority: 5 },
    ],
  };
  const previous = scheduleFromMeetings(event, [
    { clusters: ['bet', 'xen'], round: 1, table: 'T1' },
    { clusters: ['del', 'gam'], round: 1, table: 'T2' },
    { clusters: ['alf', 'gam'], round: 2, table: 'T1' },
  ]);

  it('rule 3: moves a kept meeting when that is the only way to give someone a meeting, and counts the move', () => {
    const result = solve(event, { previous, asOf: '2026-11-19T13:00:00+01:00', absences: [{ cluster: 'xen' }] });
    const schedule = result.schedule!;
    const pairs = schedule.meetings.map((m) => pairKey(m.clusters[0], m.clusters[1]));
    expect(pairs).toEqual(expect.arrayContaining([pairKey('bet', 'gam'), pairKey('del', 'gam'), pairKey('alf', 'gam')]));
    expect(schedule.stats.changes).toEqual({ kept: 1, moved: 1, added: 1, cancelled: 1 });
    expect(checkSchedule(eventOnTheDay(event, [{ cluster: 'xen' }]), schedule, [])).toEqual([]);
  });

  it('rule 3: moves nothing when no one gains by it', () => {
    const noWish = { ...event, requests: event.requests!.filter((r) => r.from !== 'bet') };
    const schedule = solve(noWish, { previous: scheduleFromMeetings(noWish, previous.meetings), asOf: '2026-11-19T13:00:00+01:00', absences: [{ cluster: 'xen' }] }).schedule!;
    expect(schedule.stats.changes).toEqual({ kept: 2, moved: 0, added: 0, cancelled: 1 });
  });
});

describe('re-planning without a previous schedule', () => {
  const event = afternoon();

  it('puts nothing in the started rounds', () => {
    const schedule = solve(event, { asOf: AT_THREE, absences }).schedule!;
    expect(schedule.meetings.length).toBeGreaterThan(0);
    expect(schedule.meetings.every((m) => m.round > STARTED && !involves(m, ABSENT))).toBe(true);
    expect(schedule.stats.changes).toBeUndefined();
    expect(checkSchedule(eventOnTheDay(event, absences), schedule, [])).toEqual([]);
  });

  it('keeps the organiser locks of the started rounds, which are history', () => {
    const locks: LockedMeeting[] = [{ clusters: ['mina', 'tene'], round: 2, table: 'T1' }];
    const schedule = solve(event, { asOf: AT_THREE, absences, locks }).schedule!;
    expect(schedule.meetings.filter((m) => m.round <= STARTED).map(place)).toEqual([place(locks[0])]);
    expect(checkSchedule(eventOnTheDay(event, absences), schedule, locksOnTheDay(event, locks, absences))).toEqual([]);
  });
});

describe('announced meetings that no longer fit the event', () => {
  it('are cancelled', () => {
    const event = afternoon();
    const previous = solve(event).schedule!;
    const ghost = { ...previous.meetings[previous.meetings.length - 1], clusters: ['ghost', 'mina'] as [string, string], round: 7, table: 'T3' };
    const stale: Schedule = { ...previous, meetings: [...previous.meetings, ghost] };
    const result = solve(event, { previous: stale, asOf: AT_THREE, absences });
    expect(result.schedule!.meetings.some((m) => m.clusters.includes('ghost'))).toBe(false);
    expect(checkSchedule(eventOnTheDay(event, absences), result.schedule!, [])).toEqual([]);
  });
});

describe('a required meeting held before an absence', () => {
  it('rule 1: a required meeting held before an absence stays in the schedule as a required one, with its reason', () => {
    const event = afternoon();
    event.constraints = { mustMeet: [['imag', 'mont']] };
    const previous = solve(event).schedule!;
    const held = previous.meetings.find((m) => pairKey(m.clusters[0], m.clusters[1]) === pairKey('imag', 'mont'))!;
    const asOf = previous.rounds[held.round - 1].start;
    const gone = [{ cluster: 'mont' }];
    const schedule = solve(event, { previous, asOf, absences: gone }).schedule!;
    const kept = schedule.meetings.find((m) => place(m) === place(held))!;
    expect(kept.why).toContainEqual({ kind: 'mustMeet' });
    expect(checkSchedule(eventOnTheDay(event, gone, schedule.meetings), schedule, [])).toEqual([]);
  });
});

describe('bad input on the day', () => {
  it('returns located problems for a bad instant and an unknown absent cluster, never throws', () => {
    const result = solve(afternoon(), {
      asOf: 'quinze heures',
      absences: [{ cluster: 'nobody' }, { cluster: 'mina', from: '2026-11-19T16:00:00+01:00', until: '2026-11-19T15:00:00+01:00' }],
    });
    expect(result.status).toBe('invalid');
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['asOf', 'invalid_format'],
      ['absences[0].cluster', 'unknown_cluster'],
      ['absences[1].until', 'end_before_start'],
    ]);
  });

  it('returns the problems of an invalid event', () => {
    const event = afternoon();
    event.event.meetingMinutes = 0;
    expect(solve(event, { asOf: AT_THREE }).status).toBe('invalid');
  });
});

describe('purity', () => {
  it('leaves its inputs unchanged and gives the same result for the same seed', () => {
    const event = afternoon();
    const locks: LockedMeeting[] = [{ clusters: ['axel', 'mina'], round: 6, table: 'T2' }];
    const previous = solve(event, { locks }).schedule!;
    const frozen = deepFreeze({ event, previous, locks, absences: [{ cluster: ABSENT }, { cluster: 'lyon', until: '2026-11-19T15:40:00+01:00' }] });
    const run = () => solve(frozen.event, { previous: frozen.previous, locks: frozen.locks, absences: frozen.absences, asOf: AT_THREE, seed: 7 });
    expect(run()).toEqual(run());
  });
});

describe('the night the clocks go back', () => {
  // Rounds every 25 minutes from 01:30 to 04:00 on 2026-10-25 in Paris, through the repeated hour 02:00–03:00.
  const event: EventFile = {
    event: { id: 'nuit', name: 'Nuit des clusters', timezone: 'Europe/Paris', sessions: [{ date: '2026-10-25', start: '01:30', end: '04:00' }], meetingMinutes: 20, changeoverMinutes: 5 },
    clusters: ['alf', 'bet', 'gam', 'del', 'eps', 'zet'].map((id) => ({ id, name: id.toUpperCase(), offers: ['énergie'], seeks: ['énergie'] })),
  };
  const previous = solve(event).schedule!;

  it('rule 6: re-plans at every round a valid schedule, with nothing new in the started rounds', () => {
    const gone = [{ cluster: 'alf' }];
    for (const round of previous.rounds) {
      const result = solve(event, { previous, asOf: round.start, absences: gone });
      expect({ round: round.index, problems: result.problems }).toEqual({ round: round.index, problems: [] });
      const schedule = result.schedule!;
      expect(checkSchedule(eventOnTheDay(event, gone), schedule, [])).toEqual([]);
      const history = (s: Schedule) => s.meetings.filter((m) => m.round <= round.index).map(place);
      expect(history(schedule)).toEqual(history(previous));
    }
  });
});
