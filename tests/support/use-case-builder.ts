/** Builds use-case tables anywhere on a fake tab, for tests and the benchmark. */
import { FakeSheet, FakeSpreadsheet } from '../../fake';

export const EN_HEADERS = [
  'ID',
  'Use case',
  'Category',
  'Objective',
  'Business impact',
  'Customer experience impact',
  'Difficulty',
  'Score',
  'Rank',
  'Quadrant',
];

export interface UseCaseTableOptions {
  /** Header labels in the order of the columns (default: the template's, in English). */
  headers?: string[];
  /** Rows of values, one per header. */
  rows: unknown[][];
  /** 1-based cell of the first header. */
  at?: { row: number; column: number };
  tab?: string;
}

export function buildUseCases(book: FakeSpreadsheet, options: UseCaseTableOptions): FakeSheet {
  const headers = options.headers ?? EN_HEADERS;
  const at = options.at ?? { row: 3, column: 1 };
  return book.log.uncounted(() => {
    const sheet = book.insertSheet(options.tab ?? 'Use cases');
    const needed = at.row + options.rows.length + 20;
    if (needed > 1000) sheet.insertRowsAfter(1000, needed - 1000);
    sheet.getRange(at.row, at.column, 1, headers.length).setValues([headers]);
    if (options.rows.length) {
      const padded = options.rows.map((r) => [...r, ...new Array(Math.max(0, headers.length - r.length)).fill('')]);
      sheet.getRange(at.row + 1, at.column, padded.length, headers.length).setValues(padded);
    }
    return sheet;
  });
}

/** Rows of random valid ratings, deterministic for a given count. */
export function generatedUseCases(count: number): unknown[][] {
  const rows: unknown[][] = [];
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 1 + (seed % 5);
  };
  for (let i = 0; i < count; i++)
    rows.push([`UC-${i + 1}`, `Use case ${i + 1}`, 'Conversion', 'Sell more', next(), next(), next()]);
  return rows;
}
