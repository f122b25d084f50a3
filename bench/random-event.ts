/**
 * Seeded generator of random valid event files, for property, brute-force
 * and benchmark tests. The same seed and options always give the same event.
 */
import { seededRandom, shuffled } from '../solver/search/random';
import type { ClusterInput, EventFile, EventSettings, Objective, RequestInput, TimeWindow } from '../solver/model/types';

/** Options of {@link randomEvent}. */
export interface RandomEventOptions {
  /** Number of clusters, ids `c01`, `c02`… (wider when there are more than 99). */
  clusters: number;
  /** Exact number of rounds of the grid. @defaultValue 3 */
  rounds?: number;
  /** Table count; absent means unlimited. */
  tables?: number | undefined;
  /** `event.maxMeetingsPerCluster`; absent leaves the default of 3. */
  cap?: number;
  /** Distinct request targets per cluster. @defaultValue `min(3, clusters - 1)` */
  requestsPerCluster?: number;
  /**
   * Size of the offered/sought vocabulary; each cluster offers and seeks 1–3
   * terms. 0 gives no terms. @defaultValue `max(4, round(0.4 × clusters))`,
   * about 20 positive-value partners per cluster on large events
   */
  terms?: number;
  /** Fraction of clusters with partial availability. @defaultValue 0 */
  partialAvailability?: number;
  /** Sessions: one, or a morning and an afternoon. @defaultValue 1 */
  sessions?: 1 | 2;
  /** `event.objective`; absent leaves the default. */
  objective?: Objective;
  /**
   * Number of must-meet pairs, at most: only as many as stay satisfiable
   * (fully available, disjoint pairs fitting the tables and rounds).
   * @defaultValue 0
   */
  mustMeet?: number;
  /** Number of never-meet pairs (fewer if the clusters run out). @defaultValue 0 */
  neverMeet?: number;
  /**
   * Skew of the request targets (Zipf): clusters are ranked in a random order
   * and the cluster of rank k is asked with weight k^−popularity, so that a
   * few clusters are requested far more often than the others and their caps
   * bind. 0 draws targets uniformly, as before this option existed.
   * @defaultValue 0
   */
  popularity?: number;
  /**
   * Each cluster's own `maxMeetings`, drawn uniformly in [min, max] (a
   * must-meet cluster gets at least 1). Absent leaves every cluster at the
   * event's cap. Drawn after everything else, so that the rest of the event
   * is the one the same seed gives without it.
   */
  capRange?: readonly [number, number];
}

/** mulberry32: a tiny, fast, seeded PRNG giving floats in [0, 1) (the core's own). */
export const mulberry32 = seededRandom;

const DATE = '2026-06-11';
const NEXT_DATE = '2026-06-12';
const MEETING = 20;
const STEP = 25; // meeting + changeover
const DAY_START = 9 * 60;

const WORDS = [
  'Énergie', 'Mobilité', 'Santé', 'Numérique', 'Agroalimentaire', 'Aéronautique',
  'Matériaux composites', 'Économie circulaire', 'Robotique', 'Textile technique',
  'Chimie verte', 'Bois construction', 'Hydrogène', 'Cybersécurité', 'Logistique',
  'Eau', 'Photonique', 'Plasturgie', 'Mécanique', 'Tourisme', 'Biotechnologies',
  'Électronique', 'Intelligence artificielle', 'Forêt',
];
const REGIONS = ['Auvergne-Rhône-Alpes', 'Bretagne', 'Occitanie', 'Grand Est', 'Hauts-de-France', 'Normandie'];

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The same term as users might type it; all variants fold to one. */
function variant(term: string, rand: () => number): string {
  switch (Math.floor(rand() * 5)) {
    case 0: return term.toLowerCase();
    case 1: return term.toUpperCase();
    case 2: return term.normalize('NFD').replace(/\p{M}/gu, '');
    case 3: return `  ${term.replace(/ /g, '   ')} `;
    default: return term;
  }
}

/** `k` distinct integers of [0, n) other than `exclude`. */
function sample(rand: () => number, n: number, k: number, exclude = -1): number[] {
  const picked = new Set<number>();
  const room = n - (exclude >= 0 && exclude < n ? 1 : 0);
  while (picked.size < Math.min(k, room)) {
    const x = Math.floor(rand() * n);
    if (x !== exclude) picked.add(x);
  }
  return [...picked];
}

/** `k` distinct clusters other than `exclude`. */
type Sampler = (k: number, exclude: number) => number[];

/**
 * A {@link Sampler} whose draws favour popular clusters: a random ranking of
 * the `n` clusters, and the cluster of rank k drawn with weight k^−exponent.
 */
function popularSampler(rand: () => number, n: number, exponent: number): Sampler {
  const rankOf = shuffled(Array.from({ length: n }, (_, i) => i), rand);
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += (k + 1) ** -exponent;
  const draw = (): number => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return rankOf[lo];
  };
  return (k, exclude) => {
    const picked = new Set<number>();
    const room = n - (exclude >= 0 && exclude < n ? 1 : 0);
    while (picked.size < Math.min(k, room)) {
      const x = draw();
      if (x !== exclude) picked.add(x);
    }
    return [...picked];
  };
}

interface PlannedSession { window: TimeWindow; from: number; rounds: number }

/** Sessions of 09:00 onwards; a second one in the afternoon, or the next day if it would not fit. */
function planSessions(rounds: number, sessions: 1 | 2): PlannedSession[] {
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`rounds must be a positive integer, got ${rounds}`);
  const split = sessions === 2 && rounds >= 2 ? [Math.ceil(rounds / 2), Math.floor(rounds / 2)] : [rounds];
  const plan: PlannedSession[] = [];
  let date = DATE;
  let from = DAY_START;
  for (const count of split) {
    // The last round ends `MEETING` minutes after it starts: exactly `count` rounds fit.
    const length = (count - 1) * STEP + MEETING;
    if (from + length >= 24 * 60) [date, from] = [NEXT_DATE, DAY_START];
    if (from + length >= 24 * 60) throw new RangeError(`cannot fit ${count} rounds in one day`);
    plan.push({ window: { date, start: hhmm(from), end: hhmm(from + length) }, from, rounds: count });
    from = Math.max(14 * 60, from + length + 60);
  }
  return plan;
}

function partialWindows(rand: () => number, plan: PlannedSession[]): TimeWindow[] {
  // Mostly on the grid; sometimes a little wider, or a little short, which loses an edge round.
  const jitterStart = [-5, 0, 0, 0, 0, 2];
  const jitterEnd = [-3, 0, 0, 0, 0, 5];
  const chosen = plan.filter(() => rand() < 0.6);
  return (chosen.length > 0 ? chosen : [plan[Math.floor(rand() * plan.length)]]).map((s) => {
    const first = Math.floor(rand() * s.rounds);
    const last = first + Math.floor(rand() * (s.rounds - first));
    const start = s.from + first * STEP + jitterStart[Math.floor(rand() * jitterStart.length)];
    const end = s.from + last * STEP + MEETING + jitterEnd[Math.floor(rand() * jitterEnd.length)];
    return { date: s.window.date, start: hhmm(start), end: hhmm(Math.min(end, 24 * 60 - 1)) };
  });
}

/**
 * A random valid event in `Europe/Paris` with 20-minute meetings and
 * 5-minute changeovers, its sessions sized to give exactly `rounds` rounds.
 * Fast enough for thousands of clusters: requests are sparse and the term
 * vocabulary grows with the event.
 */
export function randomEvent(seed: number, opts: RandomEventOptions): EventFile {
  const rand = mulberry32(seed);
  const n = opts.clusters;
  const rounds = opts.rounds ?? 3;
  const plan = planSessions(rounds, opts.sessions ?? 1);
  const vocabulary = opts.terms ?? Math.max(4, Math.round(0.4 * n));
  const terms = Array.from({ length: vocabulary }, (_, i) =>
    i < WORDS.length ? WORDS[i] : `${WORDS[i % WORDS.length]} ${Math.floor(i / WORDS.length) + 1}`,
  );
  const width = Math.max(2, String(n).length);
  const ids = Array.from({ length: n }, (_, i) => String(i + 1).padStart(width, '0'));

  const partial = new Set(shuffled(ids.map((_, i) => i), rand).slice(0, Math.round((opts.partialAvailability ?? 0) * n)));
  const clusters: ClusterInput[] = ids.map((digits, i) => {
    const cluster: ClusterInput = { id: `c${digits}`, name: `Cluster ${digits}`, region: REGIONS[Math.floor(rand() * REGIONS.length)] };
    if (vocabulary > 0) {
      cluster.offers = sample(rand, vocabulary, 1 + Math.floor(rand() * 3)).map((t) => variant(terms[t], rand));
      cluster.seeks = sample(rand, vocabulary, 1 + Math.floor(rand() * 3)).map((t) => variant(terms[t], rand));
    }
    if (partial.has(i)) cluster.availability = partialWindows(rand, plan);
    return cluster;
  });

  const requests: RequestInput[] = [];
  const perCluster = opts.requestsPerCluster ?? Math.min(3, n - 1);
  const targets: Sampler = (opts.popularity ?? 0) > 0 ? popularSampler(rand, n, opts.popularity!) : (k, exclude) => sample(rand, n, k, exclude);
  clusters.forEach((from, i) => {
    for (const j of targets(perCluster, i)) {
      const request: RequestInput = { from: from.id, to: clusters[j].id };
      // One request in ten leaves the priority to its default.
      if (rand() >= 0.1) request.priority = 1 + Math.floor(rand() * 5);
      requests.push(request);
    }
  });

  const tables = opts.tables;
  const fits = (opts.cap ?? 3) >= 1 ? (tables ?? Infinity) * rounds : 0;
  const free = shuffled(clusters.filter((_, i) => !partial.has(i)).map((c) => c.id), rand);
  const mustCount = Math.min(opts.mustMeet ?? 0, Math.floor(free.length / 2), fits);
  const mustMeet = Array.from({ length: mustCount }, (_, k) => [free[2 * k], free[2 * k + 1]].sort() as [string, string]);
  const taken = new Set(mustMeet.map(([a, b]) => `${a} ${b}`));
  const neverMeet: [string, string][] = [];
  const neverCount = Math.min(opts.neverMeet ?? 0, (n * (n - 1)) / 2 - mustCount);
  while (neverMeet.length < neverCount) {
    const [i, j] = sample(rand, n, 2);
    const pair = [clusters[i].id, clusters[j].id].sort() as [string, string];
    if (taken.has(`${pair[0]} ${pair[1]}`)) continue;
    taken.add(`${pair[0]} ${pair[1]}`);
    neverMeet.push(pair);
  }

  const settings: EventSettings = {
    id: `random-${seed}`,
    name: `Random event ${seed}`,
    timezone: 'Europe/Paris',
    location: 'Lyon',
    sessions: plan.map((s) => s.window),
    meetingMinutes: MEETING,
    changeoverMinutes: STEP - MEETING,
  };
  if (tables !== undefined) settings.tables = tables;
  if (opts.cap !== undefined) settings.maxMeetingsPerCluster = opts.cap;
  if (opts.objective !== undefined) settings.objective = opts.objective;

  if (opts.capRange) {
    const [low, high] = opts.capRange;
    if (!(Number.isInteger(low) && Number.isInteger(high) && low >= 0 && low <= high)) throw new RangeError(`capRange must be integers 0 ≤ min ≤ max, got [${low}, ${high}]`);
    const required = new Set(mustMeet.flat());
    for (const c of clusters) c.maxMeetings = Math.max(required.has(c.id) ? 1 : 0, low + Math.floor(rand() * (high - low + 1)));
  }

  const event: EventFile = { event: settings, clusters, requests };
  if (mustMeet.length > 0 || neverMeet.length > 0) event.constraints = { mustMeet, neverMeet };
  return event;
}
