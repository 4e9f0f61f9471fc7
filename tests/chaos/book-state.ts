/**
 * The whole workbook as lines of text, one per tab property, chart and non-blank cell: what snapshotBook
 * (tests/support) compares, plus each chart's data range and anchor, built a few times faster because a chaos run
 * takes thousands of them. Equal states mean nothing changed; otherwise the differing lines say what did.
 */
import type { Cell, FakeDataValidation, FakeSheet, FakeSpreadsheet } from '../../fake';
import { blankCell } from '../../fake';

const BLANK = blankCell().format;
const FORMAT_KEYS = Object.keys(BLANK) as (keyof typeof BLANK)[];

export interface BookState {
  text: string;
  lines: string[];
}

export function bookState(book: FakeSpreadsheet): BookState {
  const lines: string[] = [];
  const validations = new Map<FakeDataValidation, string>();
  for (const name of book.view.sheetNames()) sheetLines(book.view.sheet(name), lines, validations);
  return { text: lines.join('\n'), lines };
}

function sheetLines(sheet: FakeSheet, lines: string[], validations: Map<FakeDataValidation, string>): void {
  const name = sheet.view.title();
  const size = sheet.view.size();
  const frozen = sheet.view.frozen();
  const widths: string[] = [];
  for (let c = 1; c <= size.columns; c++)
    if (sheet.view.widthOf(c) !== 100) widths.push(`${c}:${sheet.view.widthOf(c)}`);
  lines.push(
    `${name}: ${size.rows}×${size.columns}, frozen ${frozen.rows}/${frozen.columns}, widths ${widths.join(' ')}`,
  );
  for (const chart of sheet.view.chartList()) {
    const ranges = chart.view.ranges.map((r) => r.view.a1()).join(',');
    const p = chart.view.position;
    lines.push(`${name}: chart ${String(chart.view.options.title)} of ${ranges} at R${p.anchorRow}C${p.anchorColumn}`);
  }
  sheet.view.eachStored((r, c, cell) => {
    if (r > size.rows || c > size.columns) return;
    const text = cellText(cell, validations);
    if (text !== '') lines.push(`${name}!R${r}C${c} ${text}`);
  });
}

function cellText(cell: Cell, validations: Map<FakeDataValidation, string>): string {
  let text = '';
  if (cell.value !== '')
    text += ` v=${cell.value instanceof Date ? cell.value.toISOString() : JSON.stringify(cell.value)}`;
  if (cell.formula !== '') text += ` f=${cell.formula}`;
  if (cell.note !== '') text += ` n=${JSON.stringify(cell.note)}`;
  for (const key of FORMAT_KEYS) if (cell.format[key] !== BLANK[key]) text += ` ${key}=${String(cell.format[key])}`;
  if (cell.validation) {
    let described = validations.get(cell.validation);
    if (described === undefined)
      validations.set(cell.validation, (described = JSON.stringify(cell.validation.view.describe())));
    text += ` dv=${described}`;
  }
  return text;
}

/** The lines that differ, for a failure report. */
export function describeChanges(before: BookState, after: BookState): string {
  const was = new Set(before.lines);
  const is = new Set(after.lines);
  const gone = before.lines.filter((l) => !is.has(l)).map((l) => `- ${l}`);
  const added = after.lines.filter((l) => !was.has(l)).map((l) => `+ ${l}`);
  const all = [...gone, ...added].map((l) => (l.length > 220 ? `${l.slice(0, 220)}…` : l));
  return (
    all.slice(0, Number(process.env.CHAOS_CHANGES ?? 10)).join('\n      ') +
    (all.length > 10 ? `\n      …and ${all.length - 10} more` : '')
  );
}
