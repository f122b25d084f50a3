/**
 * `npm run bench -- --only replan`: re-planning the rest of the day. Each
 * event is solved and published, then, at the start of its middle round, a
 * few clusters with meetings left are marked absent and the rest of the day
 * is re-planned, and checked by the independent checker against the event as
 * it stands on the day. Beside it, in the same run, the reference: a plain
 * re-solve of the event without the absent clusters' later rounds, which keeps
 * close to what was published but may move anything, the rounds already held
 * included (its last column counts those changes).
 */
import {
  checkSchedule,
  compareSchedules,
  computeRounds,
  eventOnTheDay,
  locksOnTheDay,
  solve,
  startedRounds,
  type Absence,
  type EventFile,
  type Schedule,
  type TimeWindow,
} from '../solver';
import { forumEvent } from './forum-event';
import { randomEvent } from './random-event';

interface ReplanCase {
  name: string;
  event: EventFile;
}

const CASES: ReplanCase[] = [
  { name: '40 clusters, 7 rounds, 20 tables', event: randomEvent(1, { clusters: 40, rounds: 7, tables: 20, cap: 3 }) },
  { name: '150 clusters, 10 rounds, 40 tables', event: randomEvent(1, { clusters: 150, rounds: 10, tables: 40, partialAvailability: 0.2 }) },
  { name: '300 clusters, 10 rounds, 80 tables', event: randomEvent(1, { clusters: 300, rounds: 10, tables: 80, partialAvailability: 0.2 }) },
  { name: '1,000 clusters, 12 rounds, 200 tables', event: randomEvent(1, { clusters: 1000, rounds: 12, tables: 200, sessions: 2, partialAvailability: 0.2 }) },
  { name: 'forum, 200 participants, 12 rounds, 40 tables', event: forumEvent(1, { participants: 200, rounds: 12, tables: 40 }) },
];

/** Share of the clusters with meetings left that do not come back after the break. */
const ABSENT_SHARE = 0.03;

/** The clusters with a meeting after `asOf`, every `1 / share`-th of them, at least one. */
function absentees(schedule: Schedule, asOf: string, share: number): Absence[] {
  const later = [...new Set(schedule.meetings.filter((m) => Date.parse(m.start) > Date.parse(asOf)).flatMap((m) => m.clusters))].sort();
  const step = Math.max(1, Math.round(1 / share));
  return later.filter((_, i) => i % step === 0).map((cluster) => ({ cluster }));
}

/** `windows` cut at `date` `end` (wall clock): what lies after it is dropped. */
function clipWindows(windows: readonly TimeWindow[], date: string, end: string): TimeWindow[] {
  return windows.flatMap((w) => {
    if (w.date < date) return [w];
    if (w.date > date || w.start >= end) return [];
    return [{ ...w, end: w.end < end ? w.end : end }];
  });
}

/** The event with the absent clusters unavailable after the rounds started at `asOf`: what a re-solve from scratch would be given. */
function withoutAbsentLater(event: EventFile, absences: readonly Absence[], asOf: string): EventFile {
  const absent = new Set(absences.map((a) => a.cluster));
  const started = computeRounds(event).filter((r) => Date.parse(r.start) <= Date.parse(asOf));
  const last = started[started.length - 1];
  if (!last) return event;
  // Rounds are written on the event zone's wall clock: `YYYY-MM-DDTHH:MM…`.
  const [date, end] = [last.end.slice(0, 10), last.end.slice(11, 16)];
  const clusters = event.clusters.map((c) => (absent.has(c.id) ? { ...c, availability: clipWindows(c.availability ?? event.event.sessions, date, end) } : c));
  return { ...eventOnTheDay(event, absences), clusters };
}

const ms = (from: number) => Math.round(performance.now() - from);

export function benchReplan(options: { timeLimitMs: number }): void {
  const limit = options.timeLimitMs;
  console.log(`\nRe-planning the rest of the day, time limit ${limit / 1000} s (re-plan at the start of the middle round, ${ABSENT_SHARE * 100} % of the clusters with meetings left absent)\n`);
  console.log('| event | absent | re-plan (ms) | kept | moved | added | cancelled | checker | re-solve from scratch (ms) | its moved | its cancelled | its added | its changes in started rounds |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|');
  for (const { name, event } of CASES) {
    const first = solve(event, { seed: 1, now: () => performance.now(), timeLimitMs: limit });
    if (!first.schedule) {
      console.log(`| ${name} | | ${first.status} | | | | | | | | | | |`);
      continue;
    }
    const rounds = first.schedule.rounds;
    const asOf = rounds[Math.floor(rounds.length / 2)].start;
    const absences = absentees(first.schedule, asOf, ABSENT_SHARE);
    const started = performance.now();
    const replanned = solve(event, { seed: 1, now: () => performance.now(), timeLimitMs: limit, previous: first.schedule, asOf, absences });
    const replanMs = ms(started);
    const referenceStarted = performance.now();
    const reference = solve(withoutAbsentLater(event, absences, asOf), { seed: 1, now: () => performance.now(), timeLimitMs: limit, previous: first.schedule });
    const referenceMs = ms(referenceStarted);
    const r = replanned.schedule?.stats.changes;
    const day = replanned.schedule ? eventOnTheDay(event, absences, replanned.schedule.meetings) : event;
    const checked = replanned.schedule ? checkSchedule(day, replanned.schedule, locksOnTheDay(event, [], absences)) : [];
    const verdict = replanned.schedule ? (checked.length === 0 ? 'valid' : `${checked.length} violations`) : replanned.status;
    const f = reference.schedule?.stats.changes;
    // What the re-solve from scratch changes in rounds already held: what a re-plan must never touch.
    const held = startedRounds(event, asOf);
    const rewritten = reference.schedule
      ? compareSchedules(first.schedule.meetings, reference.schedule.meetings).changes.filter((c) => [c.from?.round, c.to?.round].some((x) => x !== undefined && x <= held)).length
      : '';
    console.log(
      `| ${name} | ${absences.length} | ${replanMs} | ${r?.kept ?? ''} | ${r?.moved ?? ''} | ${r?.added ?? ''} | ${r?.cancelled ?? ''} | ${verdict} | ${referenceMs} | ${f?.moved ?? reference.status} | ${f?.cancelled ?? ''} | ${f?.added ?? ''} | ${rewritten} |`,
    );
  }
}
