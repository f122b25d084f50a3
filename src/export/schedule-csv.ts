/**
 * The schedule as CSV for the organiser's spreadsheet: one row per meeting.
 */
import { stringify } from 'csv-stringify/sync';
import type { EventFile, Schedule } from '../../solver/model/types';
import { eventLookup, sortMeetings } from './event-lookup';
import { dictionary } from '../i18n/dictionary';
import { explainMeeting } from '../i18n/explain';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { assertTimeZone, formatLocal } from './local-time';

export interface ScheduleCsvOptions {
  /** Language of the header row and of the reasons. @defaultValue `'fr'` */
  lang?: Lang;
  /**
   * Field separator. With `';'` numbers get a decimal comma, with `','` a decimal point.
   * @defaultValue `';'`
   */
  delimiter?: ';' | ',';
}

/**
 * The schedule as CSV, one row per meeting in time order: round, local start and
 * end (`YYYY-MM-DD HH:MM` on the event's wall clock), table name, both clusters
 * (id and name), value, reasons (rendered from `why` with names) joined with ` ; `, then start and end in ISO 8601
 * with their offset, which stay unambiguous on the night summer time ends.
 *
 * Format, chosen for the spreadsheets organisers in France actually use:
 * the file is UTF-8 **with a byte-order mark**, because Excel reads a CSV without
 * one in the machine's legacy code page (Windows-1252) and garbles accents, while
 * LibreOffice and Google Sheets simply skip the mark. The separator is the
 * **semicolon**: in a French locale the comma is the decimal separator, so French
 * Excel expects `;` as the list separator and opens such a file by double-click
 * straight into columns; for the same reason numbers use a decimal comma. Fields
 * containing `;`, `"` or a line break are quoted (RFC 4180), records end with CRLF,
 * and a text cell that starts like a formula (`=`, `+`, `-`, `@`) is prefixed
 * with `'` so that a cluster's name can never run as a formula (CSV injection).
 * A `sep=;` first line is deliberately not written: Excel then ignores the BOM.
 *
 * @throws RangeError for an unknown time zone.
 */
export function scheduleCsv(event: EventFile, schedule: Schedule, options: ScheduleCsvOptions = {}): string {
  const { exports: t, explain } = dictionary(options.lang ?? DEFAULT_LANG);
  const delimiter = options.delimiter ?? ';';
  const zone = event.event.timezone;
  assertTimeZone(zone);
  const lookup = eventLookup(event);
  const local = (iso: string) => formatLocal(iso, zone, 'yyyy-MM-dd HH:mm');
  const iso = (instant: string) => formatLocal(instant, zone, "yyyy-MM-dd'T'HH:mm:ssxxx");

  const header = [
    t.round,
    t.start,
    t.end,
    t.table,
    t.idOf(t.clusterA),
    t.clusterA,
    t.idOf(t.clusterB),
    t.clusterB,
    t.value,
    t.reasons,
    t.iso(t.start),
    t.iso(t.end),
  ];
  const rows = sortMeetings(schedule.meetings).map((m) => {
    const [a, b] = m.clusters;
    return [
      m.round,
      local(m.start),
      local(m.end),
      lookup.tableName(m.table),
      a,
      lookup.clusterName(a),
      b,
      lookup.clusterName(b),
      m.value,
      explainMeeting(m.why, lookup.clusterName, explain).join(' ; '),
      iso(m.start),
      iso(m.end),
    ];
  });

  return spreadsheetCsv([header, ...rows], delimiter);
}

/** Rows in the format described at {@link scheduleCsv}: BOM, CRLF, quoted line breaks, inert formulas, decimal comma with `;`. */
export function spreadsheetCsv(rows: readonly (readonly (string | number)[])[], delimiter: ';' | ',' = ';'): string {
  return stringify(rows as (string | number)[][], {
    bom: true,
    delimiter,
    record_delimiter: 'windows',
    // With an explicit record delimiter, csv-stringify quotes a lone LF or CR only if asked.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { number: (n) => (delimiter === ';' ? String(n).replace('.', ',') : String(n)) },
  });
}
