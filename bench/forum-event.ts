/**
 * Seeded generator of forum-type events: every meeting is agreed beforehand
 * (`constraints.mustMeet` for every pair), each participant's cap is its
 * number of meetings, tables bind, and some participants have forbidden
 * rounds (a late arrival, an early departure, a hole in the day, a session
 * missed). The meetings come from a planted schedule, so the event can be
 * scheduled unless `planted` is false; the planted schedule itself is left
 * out, and its idle time is far from the best.
 *
 * The solver's tests build their forum events with it too.
 */
import { mulberry32 } from './random-event';
import type { ClusterInput, EventFile, TimeWindow } from '../solver';

/** Options of {@link forumEvent}. */
export interface ForumOptions {
  /** Participants, ids `p01`, `p02`… */
  participants: number;
  /** Rounds of the grid. */
  rounds: number;
  tables: number;
  /** One session, or a morning and an afternoon. @defaultValue 1 */
  sessions?: 1 | 2;
  /** Share of the rounds × tables taken by the planted meetings, at most. @defaultValue 0.9 */
  fill?: number;
  /** Share of participants with forbidden rounds. @defaultValue 0.3 */
  forbidden?: number;
  /** Share of participants who meet in (almost) every round. @defaultValue 0.2 */
  popular?: number;
  /**
   * True: the meetings come from a planted schedule, so a schedule exists.
   * False: the same kind of event with meetings drawn without one, which may
   * be impossible. @defaultValue true
   */
  planted?: boolean;
  /** `event.idleMeasure`; absent leaves the default. */
  idleMeasure?: 'rounds' | 'gaps';
}

const DATE = '2026-06-11';
const MEETING = 20;
const STEP = 25;

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Start minute of each round, and its session. */
function grid(rounds: number, sessions: 1 | 2): { start: number; session: number }[] {
  const split = sessions === 2 && rounds >= 2 ? [Math.ceil(rounds / 2), Math.floor(rounds / 2)] : [rounds];
  const out: { start: number; session: number }[] = [];
  let from = 8 * 60;
  split.forEach((count, session) => {
    for (let k = 0; k < count; k++) out.push({ start: from + k * STEP, session });
    from += (count - 1) * STEP + MEETING + 60;
  });
  return out;
}

/**
 * A forum-type event. The same seed and options always give the same event.
 * All times lie on one day in `Europe/Paris`, 20-minute meetings with
 * 5-minute changeovers; an afternoon session starts an hour after the morning.
 */
export function forumEvent(seed: number, options: ForumOptions): EventFile {
  const rand = mulberry32(seed);
  const { participants: n, rounds: R, tables: T } = options;
  const slots = grid(R, options.sessions ?? 1);
  const ids = Array.from({ length: n }, (_, i) => `p${String(i + 1).padStart(Math.max(2, String(n).length), '0')}`);
  const popular = options.popular ?? 0.2;
  const perRound = Math.max(1, Math.floor(T * (options.fill ?? 0.9)));
  // Popular participants meet in (almost) every round; the others share what the tables leave, a little more than fits.
  const isPopular = ids.map(() => rand() < popular);
  const popularMeetings = isPopular.filter(Boolean).length * (R - 1);
  const others = Math.max(1, n - isPopular.filter(Boolean).length);
  const mean = Math.max(2, (2.2 * perRound * R - popularMeetings) / others);
  const target = isPopular.map((p) => (p ? R - Math.floor(rand() * 3) : Math.min(R, 1 + Math.floor(rand() * (2 * mean - 1)))));
  const busy = ids.map(() => new Uint8Array(R));
  const met = new Set<string>();
  const key = (i: number, j: number) => (i < j ? `${i} ${j}` : `${j} ${i}`);
  const pairs: [number, number][] = [];
  const degree = new Int32Array(n);

  if (options.planted ?? true) {
    for (let r = 0; r < R; r++) {
      // The most urgent first: those with the most meetings left for the rounds left.
      const urgency = ids.map((_, i) => (target[i] - degree[i]) / (R - r) + 0.3 * rand());
      const order = ids.map((_, i) => i).filter((i) => degree[i] < target[i]).sort((x, y) => urgency[y] - urgency[x]);
      const taken = new Uint8Array(n);
      let placed = 0;
      for (const i of order) {
        if (placed >= perRound) break;
        if (taken[i]) continue;
        const j = order.find((q) => q !== i && !taken[q] && !met.has(key(i, q)));
        if (j === undefined) continue;
        taken[i] = taken[j] = 1;
        busy[i][r] = busy[j][r] = 1;
        met.add(key(i, j));
        pairs.push([i, j]);
        degree[i]++;
        degree[j]++;
        placed++;
      }
    }
  } else {
    // Meetings drawn by the participants' targets alone, about as many as a planted event holds.
    const total = Math.floor(perRound * R * 0.95);
    for (let tries = 0; pairs.length < total && tries < 50 * total; tries++) {
      const i = Math.floor(rand() * n);
      const j = Math.floor(rand() * n);
      if (i === j || met.has(key(i, j)) || degree[i] >= target[i] || degree[j] >= target[j]) continue;
      met.add(key(i, j));
      pairs.push([i, j]);
      degree[i]++;
      degree[j]++;
    }
  }

  const clusters: ClusterInput[] = ids.map((id, i) => {
    const cluster: ClusterInput = { id, name: `Participant ${id.slice(1)}`, maxMeetings: degree[i] };
    if (rand() >= (options.forbidden ?? 0.3)) return cluster;
    const free = (r: number) => !busy[i][r];
    const allowed = new Uint8Array(R).fill(1);
    const kind = Math.floor(rand() * 4);
    const width = 1 + Math.floor(rand() * 3);
    if (kind === 0) for (let r = 0; r < R && r < width && free(r); r++) allowed[r] = 0;
    else if (kind === 1) for (let r = R - 1; r >= 0 && R - r <= width && free(r); r--) allowed[r] = 0;
    else if (kind === 2) {
      const at = 1 + Math.floor(rand() * Math.max(1, R - 2));
      for (let r = at; r < R && r < at + Math.min(width, 2) && free(r); r++) allowed[r] = 0;
    } else {
      const session = slots[Math.floor(rand() * R)].session;
      if (slots.every((s, r) => s.session !== session || free(r))) slots.forEach((s, r) => s.session === session && (allowed[r] = 0));
    }
    if (allowed.every((x) => x === 1)) return cluster;
    const windows: TimeWindow[] = [];
    for (let r = 0; r < R; r++) {
      if (!allowed[r]) continue;
      let last = r;
      while (last + 1 < R && allowed[last + 1] && slots[last + 1].session === slots[r].session) last++;
      windows.push({ date: DATE, start: hhmm(slots[r].start), end: hhmm(slots[last].start + MEETING) });
      r = last;
    }
    cluster.availability = windows;
    return cluster;
  });

  const sessions: TimeWindow[] = [];
  for (let r = 0; r < R; r++) {
    let last = r;
    while (last + 1 < R && slots[last + 1].session === slots[r].session) last++;
    sessions.push({ date: DATE, start: hhmm(slots[r].start), end: hhmm(slots[last].start + MEETING) });
    r = last;
  }
  return {
    event: {
      id: `forum-${seed}`,
      name: `Forum ${seed}`,
      timezone: 'Europe/Paris',
      sessions,
      meetingMinutes: MEETING,
      changeoverMinutes: STEP - MEETING,
      tables: T,
      ...(options.idleMeasure ? { idleMeasure: options.idleMeasure } : {}),
    },
    clusters,
    constraints: { mustMeet: pairs.map(([i, j]) => [ids[i], ids[j]].sort() as [string, string]) },
  };
}
