import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeRounds, solve, checkSchedule, validateEvent } from '../../../solver';
import { roundGrid } from '../../support/reference-grid';
import type { EventFile, Round, TimeWindow } from '../../../solver/model/types';
import { mulberry32, randomEvent } from '../../../bench/random-event';

const MINUTE = 60_000;

const fixture = (name: string): EventFile =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'fixtures', name), 'utf8')) as EventFile;

function event(sessions: TimeWindow[], meetingMinutes: number, changeoverMinutes?: number, timezone = 'Europe/Paris'): EventFile {
  const settings: EventFile['event'] = { id: 'grid', name: 'Grid', timezone, sessions, meetingMinutes };
  if (changeoverMinutes !== undefined) settings.changeoverMinutes = changeoverMinutes;
  return { event: settings, clusters: [{ id: 'a', name: 'A' }] };
}

/** `HH:MM` pairs of each round's wall-clock start and end, as the ISO strings show them. */
const wallClock = (rounds: Round[]) => rounds.map((r) => `${r.start.slice(11, 16)}–${r.end.slice(11, 16)}`);

/** Minutes of real time between consecutive round starts. */
const gaps = (rounds: Round[]) => rounds.slice(1).map((r, i) => (Date.parse(r.start) - Date.parse(rounds[i].start)) / MINUTE);

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

function withMachineZone<T>(zone: string, run: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('the round grid', () => {
  it('starts round k at start + k × (meeting + changeover) and keeps a round that ends exactly at the session end', () => {
    const rounds = computeRounds(event([{ date: '2026-06-11', start: '14:00', end: '15:10' }], 20, 5));
    expect(wallClock(rounds)).toEqual(['14:00–14:20', '14:25–14:45', '14:50–15:10']);
    expect(rounds.map((r) => r.index)).toEqual([1, 2, 3]);
  });

  it('drops a round that would end one minute after the session end', () => {
    const rounds = computeRounds(event([{ date: '2026-06-11', start: '14:00', end: '15:09' }], 20, 5));
    expect(wallClock(rounds)).toEqual(['14:00–14:20', '14:25–14:45']);
  });

  it('takes no changeover when it is absent', () => {
    const rounds = computeRounds(event([{ date: '2026-06-11', start: '09:00', end: '10:00' }], 20));
    expect(wallClock(rounds)).toEqual(['09:00–09:20', '09:20–09:40', '09:40–10:00']);
  });

  it('gives the number of rounds the rule implies for any session length', () => {
    const rand = mulberry32(42);
    for (let k = 0; k < 200; k++) {
      const meeting = 5 + Math.floor(rand() * 40);
      const changeover = Math.floor(rand() * 15);
      const from = 6 * 60 + Math.floor(rand() * 240);
      const span = meeting + Math.floor(rand() * 300);
      const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const e = event([{ date: '2026-06-11', start: hhmm(from), end: hhmm(from + span) }], meeting, changeover);
      const rounds = computeRounds(e);
      expect(rounds).toHaveLength(Math.floor((span - meeting) / (meeting + changeover)) + 1);
      expect(gaps(rounds).every((g) => g === meeting + changeover)).toBe(true);
      const last = rounds[rounds.length - 1];
      expect((Date.parse(last.end) - Date.parse(last.start)) / MINUTE).toBe(meeting);
      expect(Date.parse(last.end)).toBeLessThanOrEqual(Date.parse(`2026-06-11T${hhmm(from + span)}:00+02:00`));
    }
  });

  it('numbers rounds 1..R chronologically across two sessions on two days', () => {
    const e = fixture('deux-sessions.json');
    const rounds = computeRounds(e);
    expect(rounds.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rounds.map((r) => r.start.slice(0, 16))).toEqual([
      '2016-03-17T09:30',
      '2016-03-17T10:00',
      '2016-03-17T10:30',
      '2016-03-18T14:00',
      '2016-03-18T14:30',
      '2016-03-18T15:00',
    ]);
  });

  it('numbers rounds chronologically even when the sessions are listed out of order', () => {
    const e = event(
      [
        { date: '2026-06-12', start: '09:00', end: '09:45' },
        { date: '2026-06-11', start: '14:00', end: '14:45' },
        { date: '2026-06-11', start: '09:00', end: '09:20' },
      ],
      20,
      5,
    );
    const rounds = computeRounds(e);
    expect(rounds.map((r) => `${r.index} ${r.start.slice(0, 16)}`)).toEqual([
      '1 2026-06-11T09:00',
      '2 2026-06-11T14:00',
      '3 2026-06-11T14:25',
      '4 2026-06-12T09:00',
      '5 2026-06-12T09:25',
    ]);
  });

  it('writes ISO 8601 times with the event zone\'s offset, never Z', () => {
    const cases: [string, string, string][] = [
      ['Europe/Paris', '2026-01-15', '+01:00'],
      ['Europe/Paris', '2026-07-15', '+02:00'],
      ['America/New_York', '2026-07-15', '-04:00'],
      ['Asia/Kolkata', '2026-07-15', '+05:30'],
      ['UTC', '2026-07-15', '+00:00'],
    ];
    for (const [zone, date, offset] of cases) {
      const [round] = computeRounds(event([{ date, start: '09:00', end: '09:30' }], 20, 5, zone));
      expect(round).toEqual({ index: 1, start: `${date}T09:00:00${offset}`, end: `${date}T09:20:00${offset}` });
      expect(round.start).toMatch(ISO_WITH_OFFSET);
    }
  });

  it('does not depend on the machine time zone', () => {
    const e = fixture('changement-heure.json');
    const reference = computeRounds(e);
    for (const zone of ['Pacific/Apia', 'Asia/Kolkata', 'America/St_Johns', 'UTC']) {
      expect(withMachineZone(zone, () => computeRounds(e))).toEqual(reference);
    }
  });

  it('agrees with the independent checker\'s grid on random events', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rounds = 1 + (seed % 8);
      const e = randomEvent(seed, { clusters: 4, rounds, sessions: seed % 2 === 0 ? 2 : 1 });
      const grid = roundGrid(e).map(({ index, start, end }) => ({ index, start, end }));
      expect(computeRounds(e)).toEqual(grid);
      expect(grid).toHaveLength(rounds);
    }
  });

  describe('on the autumn DST night (Europe/Paris, 2026-10-25, 03:00 → 02:00)', () => {
    const e = fixture('changement-heure.json');
    const rounds = computeRounds(e);

    it('counts real elapsed time: 01:00 to 04:00 holds four hours of 30-minute rounds', () => {
      expect(rounds.map((r) => r.start)).toEqual([
        '2026-10-25T01:00:00+02:00',
        '2026-10-25T01:30:00+02:00',
        '2026-10-25T02:00:00+02:00',
        '2026-10-25T02:30:00+02:00',
        '2026-10-25T02:00:00+01:00',
        '2026-10-25T02:30:00+01:00',
        '2026-10-25T03:00:00+01:00',
        '2026-10-25T03:30:00+01:00',
      ]);
      expect(gaps(rounds)).toEqual([30, 30, 30, 30, 30, 30, 30]);
      expect(rounds.every((r) => (Date.parse(r.end) - Date.parse(r.start)) / MINUTE === 20)).toBe(true);
    });

    it('shows the repeated hour with its two offsets, ten real minutes apart', () => {
      expect(rounds[3].end).toBe('2026-10-25T02:50:00+02:00');
      expect(rounds[4].start).toBe('2026-10-25T02:00:00+01:00');
      expect((Date.parse(rounds[4].start) - Date.parse(rounds[3].end)) / MINUTE).toBe(10);
    });

    it('schedules the cluster available only from 03:00 in the last two rounds only', () => {
      const result = solve(e);
      expect(result.status).toBe('optimal');
      expect(checkSchedule(e, result.schedule!)).toEqual([]);
      const late = e.clusters.find((c) => c.availability !== undefined)!;
      const rounds = result.schedule!.meetings.filter((m) => m.clusters.includes(late.id)).map((m) => m.round);
      expect(rounds.length).toBeGreaterThan(0);
      for (const r of rounds) expect([7, 8]).toContain(r);
    });

    it('starts an ambiguous session start at its first occurrence', () => {
      const ambiguous = event([{ date: '2026-10-25', start: '02:30', end: '03:30' }], 20, 10);
      expect(validateEvent(ambiguous).ok).toBe(true);
      // 02:30+02:00 to 03:30+01:00 is two real hours.
      expect(computeRounds(ambiguous).map((r) => r.start)).toEqual([
        '2026-10-25T02:30:00+02:00',
        '2026-10-25T02:00:00+01:00',
        '2026-10-25T02:30:00+01:00',
        '2026-10-25T03:00:00+01:00',
      ]);
    });
  });

  describe('on the spring DST night (Europe/Paris, 2026-03-29, 02:00 → 03:00)', () => {
    const e = fixture('changement-heure-printemps.json');

    it('counts real elapsed time: 01:00 to 04:00 holds two hours, four rounds', () => {
      const rounds = computeRounds(e);
      expect(rounds.map((r) => `${r.start}/${r.end}`)).toEqual([
        '2026-03-29T01:00:00+01:00/2026-03-29T01:20:00+01:00',
        '2026-03-29T01:30:00+01:00/2026-03-29T01:50:00+01:00',
        '2026-03-29T03:00:00+02:00/2026-03-29T03:20:00+02:00',
        '2026-03-29T03:30:00+02:00/2026-03-29T03:50:00+02:00',
      ]);
      expect(gaps(rounds)).toEqual([30, 30, 30]);
    });

    it('gives a valid, proven schedule on that night', () => {
      const result = solve(e);
      expect(result.status).toBe('optimal');
      expect(checkSchedule(e, result.schedule!)).toEqual([]);
    });
  });
});
