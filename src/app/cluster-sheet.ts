/**
 * A spreadsheet of clusters, one row per cluster, in CSV as Excel and
 * LibreOffice save it: `;`, `,` or a tab between cells (found from the header
 * line), with or without a byte-order mark, CRLF or LF, quoted cells that may
 * hold line breaks. Each row becomes a cluster of the event file, with the line
 * where it starts, so that a problem found later names its row and column.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { ClusterInput, Problem } from '../../solver';

/** The columns of the sheet, in the template's order. */
export const SHEET_COLUMNS = ['id', 'name', 'region', 'sector', 'offers', 'seeks', 'contact_name', 'contact_email', 'lang'] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

const REQUIRED_COLUMNS: readonly SheetColumn[] = ['id', 'name'];

/** The headings that name each column, folded by {@link foldHeading}. */
const ALIASES: Record<SheetColumn, readonly string[]> = {
  id: ['id', 'identifiant'],
  name: ['name', 'nom'],
  region: ['region'],
  sector: ['sector', 'secteur'],
  offers: ['offers', 'offre', 'offres', 'competence', 'competences'],
  seeks: ['seeks', 'recherche', 'recherches', 'besoin', 'besoins'],
  contact_name: ['contact name', 'contact', 'nom du contact'],
  contact_email: ['contact email', 'email', 'e mail', 'courriel'],
  lang: ['lang', 'langue', 'language'],
};

/** The languages a `lang` cell may name, folded by {@link foldHeading}. */
const LANGS: Record<string, 'fr' | 'en'> = { fr: 'fr', francais: 'fr', french: 'fr', en: 'en', anglais: 'en', english: 'en' };

const COLUMN_OF = new Map<string, SheetColumn>(SHEET_COLUMNS.flatMap((column) => ALIASES[column].map((alias) => [alias, column] as const)));

type Delimiter = ';' | ',' | '\t';

export interface SheetRow {
  /** The line of the file where the row starts (the first line is 1), as a text editor counts them. */
  line: number;
  /** The cluster the row describes; a required cell left empty is absent, for the event's validation to report. */
  cluster: Partial<ClusterInput>;
}

export interface ClusterSheet {
  /** Each column of the header, as the header writes it. */
  headings: Partial<Record<SheetColumn, string>>;
  /** The rows with at least one cell filled in, in order; none when the sheet cannot be read. */
  rows: SheetRow[];
  /** False when the sheet is empty or its CSV is malformed: then it has no rows. */
  readable: boolean;
  /** The sheet's own problems (paths `csv`, `csv.header`, `csv.rows[<line>]`); the cells are checked with the event. */
  problems: Problem[];
}

/** `Compétences`, `E-mail`, `contact_email` → `competences`, `e mail`, `contact email`. */
export function foldHeading(heading: string): string {
  return heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The most frequent of `;`, `,` and tab outside quotes on the first line with content; `;` on a tie. */
export function headerDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let content = false;
  for (const ch of text) {
    if (ch === '"') {
      quoted = !quoted;
      content = true;
    } else if (quoted) {
      continue;
    } else if (ch === '\n' || ch === '\r') {
      if (content) break;
      counts[';'] = counts[','] = counts['\t'] = 0;
    } else if (ch === ';' || ch === ',' || ch === '\t') {
      counts[ch]++;
    } else if (!/\s/.test(ch)) {
      content = true;
    }
  }
  return (['\t', ',', ';'] as const).reduce<Delimiter>((best, d) => (counts[d] > counts[best] ? d : best), ';');
}

/** Line breaks inside a one-value cell read as spaces. */
const oneLine = (cell: string): string => cell.replace(/\s+/g, ' ').trim();

/** Terms of an `offers` or `seeks` cell: separated by `,`, `|`, a line break, or `;` unless `;` separates cells. */
function termsOf(cell: string, delimiter: Delimiter): string[] {
  const separators = delimiter === ';' ? /[,|\r\n]/ : /[,|;\r\n]/;
  return cell
    .split(separators)
    .map(oneLine)
    .filter((term) => term !== '');
}

/** The 1-based line of a byte offset, for offsets that only grow. */
function lineCounter(source: Buffer): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at++) {
      const byte = source[at];
      if (byte === 0x0a || (byte === 0x0d && source[at + 1] !== 0x0a)) line++;
    }
    return line;
  };
}

interface RawRecord {
  cells: string[];
  line: number;
}

const isBlank = (cells: string[]): boolean => cells.every((cell) => cell.trim() === '');

/** The message and the `reason` param of a CSV error. */
function csvTrouble(error: CsvError): { reason: string; text: string } {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return { reason: 'unclosed_quote', text: 'a quote opened here is never closed' };
  if (/QUOTE/.test(error.code)) {
    return { reason: 'misplaced_quote', text: 'a quote is misplaced (a cell that holds quotes must be quoted, with the quotes inside doubled)' };
  }
  return { reason: 'unreadable', text: `cannot be read (${error.message})` };
}

/**
 * The records of the CSV with the line where each starts. csv-parse's own
 * `lines` counts where a record ends (and a CRLF inside quotes twice), so the
 * start is counted here from the byte offset after the previous record.
 */
function readRecords(text: string, delimiter: Delimiter): { records: RawRecord[]; error?: { line: number; columnIndex: number; error: CsvError } } {
  const source = Buffer.from(text, 'utf8');
  const lineAt = lineCounter(source);
  const records: RawRecord[] = [];
  let start = 0;
  try {
    parse(source, {
      bom: true,
      delimiter,
      relax_column_count: true,
      trim: true,
      on_record: (cells: string[], context) => {
        records.push({ cells, line: lineAt(start) });
        start = context.bytes;
        return null;
      },
    });
    return { records };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { records, error: { line: lineAt(start), columnIndex: typeof error.column === 'number' ? error.column : -1, error } };
  }
}

/** The cluster of one row, from the cells of the columns the header has. */
function clusterOf(cells: string[], index: Partial<Record<SheetColumn, number>>, delimiter: Delimiter): Partial<ClusterInput> {
  const cell = (column: SheetColumn): string => {
    const i = index[column];
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const cluster: Partial<ClusterInput> = {};
  for (const column of ['id', 'name', 'region', 'sector'] as const) {
    const value = oneLine(cell(column));
    if (value !== '') cluster[column] = value;
  }
  for (const column of ['offers', 'seeks'] as const) {
    const terms = termsOf(cell(column), delimiter);
    if (terms.length > 0) cluster[column] = terms;
  }
  // The emails' language; any other text is kept for the event's validation to name, at its cell.
  const lang = oneLine(cell('lang'));
  if (lang !== '') (cluster as Record<string, unknown>).lang = LANGS[foldHeading(lang)] ?? lang;
  const name = oneLine(cell('contact_name'));
  const email = oneLine(cell('contact_email'));
  // An e-mail address without a name: the address names the person, as a mail client shows it.
  if (name !== '' || email !== '') cluster.attendees = [{ name: name || email, ...(email ? { email } : {}) }];
  return cluster;
}

const cellMessage = (line: number, column: string, text: string): string => `line ${line}, column "${column}": ${text}`;

/**
 * Reads a sheet of clusters. Never throws on the text: an empty or malformed
 * sheet, a missing required column or a column given twice is a problem of
 * the result. Unknown columns are ignored; rows whose cells are all empty are
 * skipped (and still counted in the line numbers).
 */
export function readClusterSheet(text: string): ClusterSheet {
  const delimiter = headerDelimiter(text);
  const { records, error } = readRecords(text, delimiter);
  const headerAt = records.findIndex((record) => !isBlank(record.cells));
  const header = headerAt < 0 ? undefined : records[headerAt];
  const problems: Problem[] = [];

  const index: Partial<Record<SheetColumn, number>> = {};
  const headings: Partial<Record<SheetColumn, string>> = {};
  header?.cells.forEach((heading, i) => {
    const column = COLUMN_OF.get(foldHeading(heading));
    if (column === undefined) return;
    if (index[column] === undefined) {
      index[column] = i;
      headings[column] = heading;
      return;
    }
    problems.push({
      path: 'csv.header',
      code: 'duplicate',
      message: cellMessage(header.line, column, `"${heading}" names the same column as "${headings[column]}"`),
      params: { line: header.line, column, heading, firstHeading: headings[column]! },
    });
  });

  if (error) {
    const { reason, text: trouble } = csvTrouble(error.error);
    // The header parsed, so the error is in a row below it.
    const inHeader = header === undefined;
    const column = inHeader ? undefined : SHEET_COLUMNS.find((c) => index[c] === error.columnIndex);
    problems.push({
      path: inHeader ? 'csv.header' : `csv.rows[${error.line}]`,
      code: 'invalid_csv',
      message: column ? cellMessage(error.line, column, trouble) : `line ${error.line}: ${trouble}`,
      params: { line: error.line, ...(column ? { column, heading: headings[column]! } : {}), reason },
    });
    return { headings, rows: [], readable: false, problems };
  }
  if (header === undefined) {
    return { headings, rows: [], readable: false, problems: [{ path: 'csv', code: 'empty', message: 'the sheet is empty' }] };
  }

  for (const column of REQUIRED_COLUMNS) {
    if (index[column] !== undefined) continue;
    problems.push({
      path: 'csv.header',
      code: 'missing_column',
      message: cellMessage(header.line, column, `the header has no such column (${ALIASES[column].map((a) => `"${a}"`).join(' or ')})`),
      params: { line: header.line, column },
    });
  }

  const rows = records
    .slice(headerAt + 1)
    .filter((record) => !isBlank(record.cells))
    .map((record) => ({ line: record.line, cluster: clusterOf(record.cells, index, delimiter) }));
  return { headings, rows, readable: true, problems };
}
