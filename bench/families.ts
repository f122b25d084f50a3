/**
 * The event families of the reference benchmark (issue 10, items 4 and 7),
 * each a seeded event, the reference HiGHS gives for it and the target the
 * solver is held to. Random events have popular clusters (requests drawn
 * with a Zipf skew), caps of 2–4 that bind for them, partial availability and
 * tables that bind; forum-type events have every meeting required.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EventFile, Objective } from '../solver';
import { forumEvent } from './forum-event';
import { randomEvent, type RandomEventOptions } from './random-event';

/**
 * What HiGHS computes: the optimum of the MIP (within its time cap), the
 * bound of its LP relaxation, the bound of the smaller LP with one column per
 * pair (`aggregated` in `highs-model.ts`), the least idle time of a
 * forum-type event (`idle`), or nothing.
 */
export type ReferenceKind = 'mip' | 'lp' | 'aggregated-lp' | 'idle-mip' | 'none';

/** The target of a family, from the table of issue 10, item 4 (and item 3 for forums). */
export type Target =
  /** Proven optimal within `maxMs`. */
  | { kind: 'proven'; maxMs: number }
  /** Within `maxMs`, with the coverage and value of HiGHS's proven optimum. */
  | { kind: 'exact'; maxMs: number }
  /** At most `timeShare` of HiGHS's time to proof, at least `valueShare` of its optimum; under `"fair"`, its coverage. */
  | { kind: 'versusProof'; timeShare: number; valueShare: number }
  /** Within `maxMs` and `maxRssMb`, at least `valueShare` of HiGHS's LP bound. */
  | { kind: 'versusBound'; maxMs: number; maxRssMb: number; valueShare: number }
  /** Every required meeting placed and idle time proven minimal, within `maxMs`. */
  | { kind: 'forum'; maxMs: number }
  /** A point of the scaling fit only. */
  | { kind: 'none' };

export interface Family {
  /** Short name, used on the command line (`--family`) and between processes. */
  id: string;
  /** What the event is, for the table. */
  label: string;
  /** The event: the same every time. */
  event(): EventFile;
  reference: ReferenceKind;
  target: Target;
  /** True for the points of the fit of time against requests. */
  scaling?: boolean;
  /** HiGHS's time cap for this family, in seconds, when shorter than the run's. */
  capSeconds?: number;
}

/**
 * HiGHS's cap on the idle program of a forum: it proves no forum's least idle
 * time in 120 s either, and three forums at 120 s would take a third of the
 * benchmark's time.
 */
const FORUM_CAP = 40;

/** Requests, caps, availability and popularity of the random families. */
const SHAPE: RandomEventOptions = { clusters: 0, requestsPerCluster: 5, popularity: 0.6, capRange: [2, 4], partialAvailability: 0.2 };

const random = (seed: number, options: Partial<RandomEventOptions>) => () => randomEvent(seed, { ...SHAPE, ...options });

/**
 * The brokerage event's shape (1,000 clusters, 5,000 requests, 6 rounds, 200
 * tables), at any seed: the service benchmark queues twenty of them.
 */
export const brokerage = (seed: number, objective?: Objective): EventFile =>
  randomEvent(seed, { ...SHAPE, clusters: 1000, rounds: 6, tables: 200, ...(objective !== undefined ? { objective } : {}) });

/** The national platform's shape, at any size (8 rounds in two sessions, one table for five clusters). */
const national = (clusters: number) => random(1, { clusters, rounds: 8, sessions: 2, tables: clusters / 5 });

/** The fixture, found from the sources (`bench/`) or the build (`dist/bench/`). */
function fixture(): EventFile {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'fixtures', 'interclustering-2015.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as EventFile;
  }
  throw new Error('fixtures/interclustering-2015.json not found');
}

export const FAMILIES: readonly Family[] = [
  { id: 'fixture', label: 'fixture interclustering-2015: 40 clusters, 7 rounds, 20 tables, "fair"', event: fixture, reference: 'mip', target: { kind: 'proven', maxMs: 200 } },
  {
    id: 'regional',
    label: 'regional convention: 300 clusters, 1,500 requests, 7 rounds, 60 tables, 10 % partial, "fair"',
    event: random(1, { clusters: 300, rounds: 7, tables: 60, partialAvailability: 0.1 }),
    reference: 'mip',
    target: { kind: 'exact', maxMs: 1000 },
  },
  {
    id: 'brokerage-total',
    label: 'brokerage: 1,000 clusters, 5,000 requests, 6 rounds, 200 tables, 20 % partial, "total"',
    event: () => brokerage(1, 'total'),
    reference: 'mip',
    target: { kind: 'versusProof', timeShare: 0.2, valueShare: 0.995 },
  },
  {
    id: 'brokerage-fair',
    label: 'brokerage: the same event, "fair"',
    event: () => brokerage(1, 'fair'),
    reference: 'mip',
    target: { kind: 'versusProof', timeShare: 0.2, valueShare: 0.995 },
  },
  {
    id: 'national',
    label: 'national platform: 10,000 clusters, 50,000 requests, 2 sessions of 4 rounds, 2,000 tables, 20 % partial, "fair"',
    event: national(10_000),
    // The round-by-round LP (860,000 columns) is not solved within the cap; the pair-by-pair one is.
    reference: 'aggregated-lp',
    target: { kind: 'versusBound', maxMs: 20_000, maxRssMb: 1024, valueShare: 0.99 },
    scaling: true,
  },
  {
    id: 'forum-small',
    label: 'forum: 40 participants, 8 rounds, 14 tables, every meeting required',
    event: () => forumEvent(1, { participants: 40, rounds: 8, tables: 14 }),
    reference: 'idle-mip',
    target: { kind: 'forum', maxMs: 30_000 },
    capSeconds: FORUM_CAP,
  },
  {
    id: 'forum-medium',
    label: 'forum: 70 participants, 2 sessions of 7 rounds, 18 tables, every meeting required',
    event: () => forumEvent(2, { participants: 70, rounds: 14, tables: 18, sessions: 2 }),
    reference: 'idle-mip',
    target: { kind: 'forum', maxMs: 30_000 },
    capSeconds: FORUM_CAP,
  },
  {
    id: 'forum-large',
    label: 'forum: 90 participants, 2 sessions of 11 rounds, 15 tables, every meeting required',
    event: () => forumEvent(3, { participants: 90, rounds: 22, tables: 15, sessions: 2 }),
    reference: 'idle-mip',
    target: { kind: 'forum', maxMs: 30_000 },
    capSeconds: FORUM_CAP,
  },
  ...[1250, 2500, 5000].map(
    (clusters): Family => ({
      id: `national-${clusters}`,
      label: `national platform's shape at ${clusters.toLocaleString('en')} clusters`,
      event: national(clusters),
      reference: 'none',
      target: { kind: 'none' },
      scaling: true,
    }),
  ),
];

/** The family of an id; throws on an unknown one. */
export function family(id: string): Family {
  const found = FAMILIES.find((f) => f.id === id);
  if (!found) throw new RangeError(`unknown family ${id} (${FAMILIES.map((f) => f.id).join(', ')})`);
  return found;
}
