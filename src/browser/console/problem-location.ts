/**
 * Where a problem of a new or edited event is, in words: a place in an event
 * file (« Cluster 4 (Mont-Blanc Industries), propose »), a cell of the
 * spreadsheet (« ligne 7, colonne « offers » ») or a setting. Read from the
 * problem's path and params, never from its English message. Free of the DOM.
 */
import type { Problem } from '../../../solver/model/types';
import type { ConsoleWords } from '../../i18n/console-words';

type Segment = string | number;

/** `clusters[3].offers` → `['clusters', 3, 'offers']` */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([A-Za-z_$][\w$-]*)|\[(\d+)\]/g)) out.push(m[1] !== undefined ? m[1] : Number(m[2]));
  return out;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Json = Record<string, unknown>;
const record = (value: unknown): Json | undefined => (value && typeof value === 'object' ? (value as Json) : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The places of a path inside an event file (or its `event` part), each in words. */
function placesOf(segments: Segment[], file: unknown, words: ConsoleWords['places']): string[] {
  const root = record(file);
  const clusters = Array.isArray(root?.clusters) ? (root.clusters as unknown[]) : [];
  const nameOf = (id: unknown) => {
    const found = clusters.map(record).find((c) => c?.id === id);
    return text(found?.name) ?? text(id);
  };
  const indexed: Record<string, (n: number, item: Json | undefined) => string> = {
    clusters: (n, item) => words.cluster(n, text(item?.name)),
    requests: (n, item) => words.request(n, nameOf(item?.from), nameOf(item?.to)),
    mustMeet: (n) => words.mustMeet(n),
    neverMeet: (n) => words.neverMeet(n),
    sessions: (n) => words.session(n),
    availability: (n) => words.availability(n),
    attendees: (n) => words.attendee(n),
    tables: (n) => words.table(n),
  };
  const out: string[] = [];
  let node: unknown = file;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const next = segments[i + 1];
    if (typeof segment === 'number') {
      out.push(`${out.pop() ?? ''} ${segment + 1}`.trim());
      node = Array.isArray(node) ? node[segment] : undefined;
      continue;
    }
    const child = record(node)?.[segment];
    if (indexed[segment] && typeof next === 'number') {
      const item = Array.isArray(child) ? record(child[next]) : undefined;
      out.push(indexed[segment](next + 1, item));
      node = Array.isArray(child) ? child[next] : undefined;
      i++;
    } else if (segment === 'event' && i === 0) {
      out.push(words.settings);
      node = child;
    } else if (segment !== 'constraints') {
      out.push(words.fields[segment] ?? words.field(segment));
      node = child;
    } else {
      node = child;
    }
  }
  return out;
}

/** Where a problem of an event file is: `Cluster 4 (Mont-Blanc Industries), propose`; the file itself for its root. */
export function fileLocation(path: string, file: unknown, words: ConsoleWords): string {
  const segments = pathSegments(path);
  if (segments.length === 0) return words.places.file;
  return capitalise(placesOf(segments, file, words.places).join(', '));
}

/**
 * Where a problem of the spreadsheet import is: a cell (`ligne 7, colonne
 * « offers »`), a line, the spreadsheet itself, or a setting.
 */
export function importLocation(problem: Pick<Problem, 'path' | 'params'>, words: ConsoleWords): string {
  const segments = pathSegments(problem.path);
  if (segments[0] === 'settings') {
    const rest = placesOf(segments.slice(1), undefined, words.places);
    return [words.places.settings, ...rest].join(', ');
  }
  const params = problem.params ?? {};
  const line = params.line ?? (segments[1] === 'rows' && typeof segments[2] === 'number' ? segments[2] : undefined);
  // The column as the organiser's header names it, else as the template does.
  const column = params.heading ?? params.column ?? (typeof segments[3] === 'string' ? segments[3] : undefined);
  if (line !== undefined && column !== undefined) {
    const cell = words.places.cell(line, String(column));
    return capitalise(params.term === undefined ? cell : `${cell}, ${words.places.term(params.term)}`);
  }
  if (line !== undefined) return capitalise(words.places.line(line));
  return words.places.spreadsheet;
}

/**
 * The settings field a problem's path names, without the part before it:
 * `settings.sessions[0].end` or `event.sessions[0].end` → `sessions[0].end`;
 * null when the path is elsewhere.
 */
export function settingsKey(path: string, prefix: 'settings' | 'event'): string | null {
  if (path === prefix) return '';
  return path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : null;
}
