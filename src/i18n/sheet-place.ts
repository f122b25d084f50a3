/**
 * Where a problem of a spreadsheet of clusters is, in the reader's words, from
 * its params (`line`, `column`, `heading`), never from its path or message:
 * « ligne 7, colonne « offers » », "line 7, column “offers”".
 */
import type { Problem } from '../../solver/model/types';

/** The words of a place in a sheet (the console's `places` has them). */
export interface SheetPlaceWords {
  cell(line: number | string, column: string): string;
  line(line: number | string): string;
}

/**
 * The line and column of a problem of `POST /api/events/import`; the column as
 * the sheet's header writes it (`heading`) when known. `null` when the problem
 * names no line, as a problem of the settings.
 */
export function sheetPlace(params: Problem['params'], words: SheetPlaceWords): string | null {
  const line = params?.line;
  if (line === undefined) return null;
  const column = params?.heading ?? params?.column;
  return column === undefined ? words.line(line) : words.cell(line, String(column));
}
