/** A table on a tab, read in one call and located by its header labels. */
import { Bilingual, Language } from '../core/language';
import { MESSAGES, UserFacingError } from '../core/messages';
import { TableLocation, headerSpellings, locateTable } from '../core/table';
import { CellValue, Sheet } from './types';
import { readValues } from './workbook';

export interface SheetTable<K extends string> {
  sheet: Sheet;
  /** Every value of the tab (its data range from A1), as read in one call. */
  values: CellValue[][];
  location: TableLocation<K>;
}

export function readTable<K extends string>(
  sheet: Sheet,
  headers: Record<K, Bilingual<string>>,
  required: readonly K[],
  language: Language,
  /** Header-row labels that end the table's span, such as a settings area set beside it. */
  stopLabels: readonly string[] = [],
): SheetTable<K> | null {
  const values = readValues(sheet);
  const location = locateTable(values, headerSpellings(headers, language), required, stopLabels);
  return location ? { sheet, values, location } : null;
}

/** Like readTable, but a table that cannot be found is a message that names the headers to restore. */
export function requireTable<K extends string>(
  sheet: Sheet,
  headers: Record<K, Bilingual<string>>,
  required: readonly K[],
  language: Language,
  stopLabels: readonly string[] = [],
): SheetTable<K> {
  const table = readTable(sheet, headers, required, language, stopLabels);
  if (!table) {
    throw new UserFacingError(
      MESSAGES.missingTable[language](
        sheet.getName(),
        required.map((k) => headers[k][language]),
      ),
    );
  }
  return table;
}
