/**
 * Generators of malformed and hostile inputs for the fuzz tests (fast-check):
 * valid documents with a few of their values, keys or lists broken, and
 * values that have broken parsers elsewhere (prototype keys, huge numbers,
 * NaN-like text, deep nesting, very long or odd unicode text).
 */
import fc from 'fast-check';
import type { EventFile } from '../../solver';

/** The seed of every fuzz run: fixed, unless `FUZZ_SEED` says otherwise. */
export const FUZZ_SEED = process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== '' ? Number(process.env.FUZZ_SEED) : 20261203;

/** The line each fuzz file prints, so that a run says how many inputs it tried and with which seed. */
export const fuzzReport = (file: string, inputs: number): string => `${file}: ${inputs} generated inputs, seed ${FUZZ_SEED} (FUZZ_SEED to change it)`;

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf'] as const;

/**
 * JSON text that no JS value writes (`1e999`, `-0`), or that `JSON.stringify`
 * cannot (10,000 nested arrays overflow its stack): a marker string stands
 * for it in a value, and {@link toJson} puts the text in its place.
 */
const RAW_TEXTS: string[] = [];
const raw = (text: string): string => `\u0000raw:${RAW_TEXTS.push(text) - 1}`;

/** JSON text of a value, with the raw texts of {@link hostileValue} in place of their markers. */
export function toJson(value: unknown): string {
  // `undefined` (a document deleted whole) is no JSON at all: the empty text.
  return (JSON.stringify(value) ?? '').replace(/"\\u0000raw:(\d+)"/g, (_, i: string) => RAW_TEXTS[Number(i)]);
}

/** Sets a key as an own, enumerable property, even `__proto__`. */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `depth` arrays, one in the other. */
export function nested(depth: number, leaf: unknown = []): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const LONG = 'x'.repeat(30_000);
const LONG_UNICODE = '🦄é\u0301\u202e'.repeat(2_000);
const DEEP_ARRAYS = raw(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
const DEEP_OBJECTS = raw(`${'{"__proto__":'.repeat(5_000)}{}${'}'.repeat(5_000)}`);
const DEEP_MIXED = raw(`${'[{"a":'.repeat(5_000)}null${'}]'.repeat(5_000)}`);

/** Text that looks like something else: numbers, dates, times, zones, markup, control characters. */
export const oddText = fc.constantFrom(
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '0x10',
  '20',
  ' 20 ',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '+275760-09-13',
  '2026-06-11T09:00:00Z',
  '24:00',
  '24:30',
  '23:60',
  '25:00',
  '9:00',
  '09:00:00',
  '-01:00',
  'Europe/Nowhere',
  'europe/paris',
  'Europe/Paris ',
  'UTC+25',
  'Etc/GMT+99',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  'line\r\nBEGIN:VEVENT',
  '\u0000',
  '\ud800',
  '\u202e\u200b',
  'é'.normalize('NFD'),
  LONG,
  LONG_UNICODE,
);

/** Numbers at and past every bound: huge, tiny, negative, fractional, and literals JSON gives as Infinity or -0. */
export const oddNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 0.5, 1.5, 1439, 1440, 1441, 1000, 1001, 10_000, 10_001, 100_000, 2 ** 31, 2 ** 32, 2 ** 53 + 2, -(2 ** 53), 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER),
  fc.constantFrom(raw('1e999'), raw('-1e999'), raw('-0'), raw('1e-999'), raw('123456789012345678901234567890'), raw('1.0000000000000000001')),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any hostile value: odd text and numbers, nulls, wrong containers, prototype-keyed objects, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: oddText, weight: 4 },
  { arbitrary: oddNumber, weight: 4 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}, [null], [[]], ['a', 'a']), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  {
    arbitrary: fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => {
      const out: Record<string, unknown> = {};
      setKey(out, key, value);
      return out;
    }),
    weight: 2,
  },
  { arbitrary: fc.constantFrom(DEEP_ARRAYS, DEEP_OBJECTS, DEEP_MIXED, nested(100, {}), nested(3, null)), weight: 1 },
);

/** A key to add to an object: a prototype key, or one of the keys that exist elsewhere in the document. */
const hostileKey = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom('id', 'clusters', 'event', 'requests', 'windows', 'to', 'from', ''), fc.string({ maxLength: 8 }));

/** One change to a document, at the `at`-th of its places (modulo their number). */
export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'addKey'; at: number; key: string; value: unknown }
  | { kind: 'duplicate'; at: number }
  | { kind: 'wrap'; at: number }
  | { kind: 'grow'; at: number; times: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('addKey' as const), at: fc.nat(), key: hostileKey, value: hostileValue }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('wrap' as const), at: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('grow' as const), at: fc.nat(), times: fc.constantFrom(2, 100, 1_000) }), weight: 1 },
);

type Place = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every place of a document (each property and element), parents before children. */
function places(root: unknown): Place[] {
  const out: Place[] = [];
  const walk = (value: unknown, depth: number) => {
    if (depth > 12 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      // A long list adds its first elements only: the places stay few and varied.
      value.slice(0, 20).forEach((child, i) => {
        out.push({ parent: value, key: i });
        walk(child, depth + 1);
      });
      return;
    }
    for (const key of Object.keys(value)) {
      out.push({ parent: value as Record<string, unknown>, key });
      walk((value as Record<string, unknown>)[key], depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

const get = (place: Place): unknown => (place.parent as Record<string | number, unknown>)[place.key];
const set = (place: Place, value: unknown): void => {
  if (Array.isArray(place.parent)) place.parent[place.key as number] = value;
  else setKey(place.parent, place.key as string, value);
};

/** The document with the mutations applied in turn (on a copy: the original is untouched). */
export function mutate<T>(document: T, mutations: readonly Mutation[]): unknown {
  const root = { doc: structuredClone(document) as unknown };
  // Lists grown within lists would multiply: one growth of 1,000 at most per document, and 2 MB of JSON at most
  // (the targeted documents hold the larger lists: 10,000 sessions, 20,001 clusters).
  let growth = 1;
  for (const m of mutations) {
    const all = [{ parent: root as Record<string, unknown>, key: 'doc' }, ...places(root.doc)];
    const place = all[m.at % all.length];
    const value = get(place);
    if (m.kind === 'grow' && ((growth *= m.times) > 1_000 || toJson(value).length * m.times > 2_000_000)) continue;
    switch (m.kind) {
      // Generated values are copied in: fast-check shares its constants between runs, and a later change must reach neither them nor itself.
      case 'replace':
        set(place, structuredClone(m.value));
        break;
      case 'delete':
        if (Array.isArray(place.parent)) place.parent.splice(place.key as number, 1);
        else delete place.parent[place.key as string];
        break;
      case 'addKey':
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) setKey(value as Record<string, unknown>, m.key, structuredClone(m.value));
        else set(place, structuredClone(m.value));
        break;
      case 'duplicate':
        if (Array.isArray(place.parent)) place.parent.splice(place.key as number, 0, structuredClone(value));
        else if (Array.isArray(value) && value.length > 0) value.push(structuredClone(value[0]));
        break;
      case 'wrap':
        set(place, [value]);
        break;
      case 'grow':
        // Copies, not one value many times: a later change to one must not grow with them.
        set(place, Array.from({ length: m.times }, () => structuredClone(value)));
        break;
    }
  }
  return root.doc;
}

/** Documents made by breaking a valid one: one to four mutations. */
export const mutated = <T>(document: T): fc.Arbitrary<unknown> => fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => mutate(document, ms));

/** An event file with something of everything: tables by name, availability, constraints, meeting windows, attendees. */
export function richEvent(id: string): EventFile {
  return {
    event: {
      id,
      name: 'Journée fuzz',
      timezone: 'Europe/Paris',
      location: 'Lyon',
      sessions: [
        { date: '2026-03-29', start: '09:00', end: '10:30' },
        { date: '2026-03-29', start: '14:00', end: '15:00' },
      ],
      meetingMinutes: 20,
      changeoverMinutes: 5,
      tables: [
        { id: 't1', name: 'Rhône' },
        { id: 't2', name: 'Saône' },
      ],
      maxMeetingsPerCluster: 3,
      objective: 'fair',
      competenceWeight: 1,
      idleMeasure: 'gaps',
    },
    clusters: [
      { id: 'axelera', name: 'Axelera', region: 'AURA', sector: 'Chimie', offers: ['chimie verte'], seeks: ['numérique'], attendees: [{ name: 'Ana', email: 'ana@example.org' }] },
      { id: 'minalogic', name: 'Minalogic', offers: ['numérique'], seeks: ['chimie verte'], maxMeetings: 2 },
      { id: 'techtera', name: 'Techtera', availability: [{ date: '2026-03-29', start: '09:00', end: '10:00' }] },
      { id: 'viameca', name: 'ViaMéca', seeks: ['numérique'] },
    ],
    requests: [
      { from: 'axelera', to: 'minalogic', priority: 1 },
      { from: 'techtera', to: 'viameca' },
    ],
    constraints: {
      mustMeet: [['axelera', 'viameca']],
      neverMeet: [['techtera', 'minalogic']],
      meetingWindows: [{ clusters: ['axelera', 'techtera'], windows: [{ date: '2026-03-29', start: '09:00', end: '10:00' }] }],
    },
  };
}

/** Whole documents that attack the event file's shape in one place: many sessions, times past midnight, bad zones, duplicates. */
export function targetedEvents(id: string): fc.Arbitrary<unknown> {
  const base = richEvent(id);
  const day = (k: number) => new Date(Date.UTC(2026, 0, 1 + (k % 3000))).toISOString().slice(0, 10);
  const withEvent = (change: Partial<EventFile['event']>) => ({ ...base, event: { ...base.event, ...change } });
  // The large documents (10,000 sessions, 20,001 clusters) take a hundred times longer to read: fewer of them.
  const heavy = { weight: 1 };
  const light = { weight: 8 };
  return fc.oneof(
    {
      ...heavy,
      arbitrary: fc.constantFrom(101, 10_000).map((n) => withEvent({ meetingMinutes: 1, sessions: Array.from({ length: n }, (_, k) => ({ date: day(k), start: '00:00', end: '23:59' })) })),
    },
    { ...heavy, arbitrary: fc.constant({ ...base, clusters: Array.from({ length: 20_001 }, (_, i) => ({ id: `c${i}`, name: `C${i}` })), requests: [], constraints: {} }) },
    { ...light, arbitrary: fc.constant(withEvent({ meetingMinutes: 1, sessions: [{ date: '2026-06-11', start: '00:00', end: '23:59' }] })) },
    {
      ...light,
      arbitrary: fc
        .record({ start: fc.constantFrom('23:00', '23:59', '00:00', '24:00'), end: fc.constantFrom('00:30', '24:30', '23:60', '00:00', '01:00') })
        .map(({ start, end }) => withEvent({ sessions: [{ date: '2026-06-11', start, end }] })),
    },
    { ...light, arbitrary: fc.constantFrom('Mars/Olympus', 'Europe/Paris ', 'europe/paris', 'UTC+25', 'Etc/GMT+99', '', 'Europe/Paris\u0000', '__proto__').map((timezone) => withEvent({ timezone })) },
    {
      ...light,
      arbitrary: fc
        .constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '+275760-09-13', '2026-6-11', '11/06/2026', '2026-03-29T02:30')
        .map((date) => withEvent({ sessions: [{ date, start: '09:00', end: '10:00' }] })),
    },
    // 02:30 does not exist in Paris on the day the clocks go forward.
    { ...light, arbitrary: fc.constant(withEvent({ sessions: [{ date: '2026-03-29', start: '02:30', end: '03:30' }] })) },
    { ...light, arbitrary: fc.constantFrom('axelera', 'minalogic').map((dup) => ({ ...base, clusters: [...base.clusters, { id: dup, name: 'Doublon' }] })) },
    { ...light, arbitrary: fc.constant({ ...base, requests: [...(base.requests ?? []), ...(base.requests ?? [])] }) },
    { ...light, arbitrary: fc.constant({ ...base, event: { ...base.event, tables: [{ id: 't1', name: 'A' }, { id: 't1', name: 'B' }] } }) },
  );
}
