/** A table on a tab, read in one block (values and formulas) and located by its header labels. */
import { Language } from '../core/language';
import { MESSAGES, UserFacingError } from '../core/messages';
import { TabContent, TableLocation, TableSpec, headerSpellings, searchTable } from '../core/table';
import { Sheet } from './types';
import { readContent } from './workbook';

export type { TableSpec };

export interface SheetTable<K extends string> {
  sheet: Sheet;
  /** Every value and formula of the tab (its data range from A1), as read in one block. */
  content: TabContent;
  location: TableLocation<K>;
}

/** The table on a tab, or null when no row holds its required headers side by side. */
export function readTable<K extends string>(
  sheet: Sheet,
  spec: TableSpec<K>,
  language: Language,
): SheetTable<K> | null {
  const content = readContent(sheet);
  const search = searchTable(
    content,
    headerSpellings(spec.headers, language),
    spec.required,
    spec.stopLabels,
    spec.dataColumns,
  );
  return search.found ? { sheet, content, location: search.location } : null;
}

/** Like readTable, but a table that cannot be found is a message that says which headers to restore or move back. */
export function requireTable<K extends string>(sheet: Sheet, spec: TableSpec<K>, language: Language): SheetTable<K> {
  const content = readContent(sheet);
  const search = searchTable(
    content,
    headerSpellings(spec.headers, language),
    spec.required,
    spec.stopLabels,
    spec.dataColumns,
  );
  if (search.found) return { sheet, content, location: search.location };
  const name = (k: K): string => spec.headers[k][language];
  const { miss } = search;
  if (miss.apart.length > 0 && miss.row !== null) {
    throw new UserFacingError(MESSAGES.headersApart[language](sheet.getName(), miss.row + 1, miss.apart.map(name)));
  }
  throw new UserFacingError(MESSAGES.missingTable[language](sheet.getName(), spec.required.map(name)));
}
