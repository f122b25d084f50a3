/**
 * The problems of an event file built from a sheet and its settings, named
 * where the organiser wrote them: `clusters[5].offers` → `csv.rows[7].offers`
 * (7: the row's line in the file), `event.sessions[0].end` →
 * `settings.sessions[0].end`.
 */
import type { Problem } from '../../solver';
import type { ClusterSheet, SheetColumn } from './cluster-sheet';

const CLUSTER_PATH = /^clusters(?:\[(\d+)\](?:\.(\w+)(?:\[(\d+)\](?:\.(\w+))?)?)?)?$/;

/** `event…` → `settings…` */
const settingsPath = (path: string): string => (/^event(?=[.[]|$)/.test(path) ? `settings${path.slice('event'.length)}` : path);

/** The same in the paths that an English message quotes (`overlaps event.sessions[0]`). */
const settingsPathsIn = (message: string): string => message.replace(/\bevent(?=\.\w|\[\d)/g, 'settings');

/** The sheet's column that a field of a cluster comes from. */
function columnOf(field: string, subfield: string | undefined): SheetColumn | undefined {
  switch (field) {
    case 'id':
    case 'name':
    case 'region':
    case 'sector':
    case 'offers':
    case 'seeks':
    case 'lang':
      return field;
    case 'attendees':
      return subfield === 'email' ? 'contact_email' : 'contact_name';
    default:
      return undefined;
  }
}

function settingsProblem(problem: Problem): Problem {
  const params = problem.params && {
    ...problem.params,
    ...(typeof problem.params.other === 'string' ? { other: settingsPath(problem.params.other) } : {}),
  };
  return { ...problem, path: settingsPath(problem.path), message: settingsPathsIn(problem.message), ...(params ? { params } : {}) };
}

/**
 * The problem of a cluster at its row and column, or `null` when the sheet's
 * own problems already say it: no rows because the sheet cannot be read, or a
 * cell of a column that the header lacks.
 */
function rowProblem(problem: Problem, match: RegExpExecArray, sheet: ClusterSheet): Problem | null {
  const [, index, field, term, subfield] = match;
  if (index === undefined) return sheet.readable ? { ...problem, path: 'csv.rows' } : null;
  const row = sheet.rows[Number(index)];
  if (row === undefined) return { ...problem, path: 'csv.rows' };
  const { line } = row;
  const column = field === undefined ? undefined : columnOf(field, subfield);
  if (column === undefined) return { ...problem, path: `csv.rows[${line}]`, message: `line ${line}: ${problem.message}`, params: { ...problem.params, line } };
  const heading = sheet.headings[column];
  if (heading === undefined) return null;

  let message = problem.message;
  const params: Problem['params'] = { ...problem.params };
  if (problem.code === 'duplicate' && column === 'id') {
    const id = String(row.cluster.id);
    const firstLine = sheet.rows.find((r) => r.cluster.id === id)!.line;
    message = `duplicate id "${id}" (also line ${firstLine})`;
    params.firstLine = firstLine;
  }
  const termNumber = (column === 'offers' || column === 'seeks') && term !== undefined ? Number(term) + 1 : undefined;
  if (termNumber !== undefined) params.term = termNumber;
  const where = `line ${line}, column "${column}"${termNumber === undefined ? '' : `, term ${termNumber}`}`;
  return { ...problem, path: `csv.rows[${line}].${column}`, message: `${where}: ${message}`, params: { ...params, line, column, heading } };
}

/** Sheet first (header, then rows by line), then settings. */
function rank(problem: Problem): [number, number] {
  const line = typeof problem.params?.line === 'number' ? problem.params.line : 0;
  if (problem.path === 'csv' || problem.path === 'csv.header') return [0, line];
  if (problem.path.startsWith('csv.rows[')) return [1, line];
  if (problem.path.startsWith('csv')) return [2, 0];
  return [3, 0];
}

/**
 * The sheet's own problems and those of the event file built from it, each
 * at its cell or setting, in the order a reader goes through the sheet.
 */
export function sheetProblems(sheet: ClusterSheet, eventProblems: readonly Problem[]): Problem[] {
  const located = eventProblems.flatMap((problem): Problem[] => {
    const match = CLUSTER_PATH.exec(problem.path);
    if (match) {
      const found = rowProblem(problem, match, sheet);
      return found ? [found] : [];
    }
    return [settingsProblem(problem)];
  });
  return [...sheet.problems, ...located]
    .map((problem, i) => ({ problem, i, rank: rank(problem) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.i - b.i)
    .map(({ problem }) => problem);
}
