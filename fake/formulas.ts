/**
 * The formulas the fake computes, as Sheets would: the scenario overview (one formula spilling the distinct
 * targets and, per phase, their scenarios' names), a HYPERLINK of text (its label) and a SPARKLINE (a drawing:
 * no value). Any other formula reads as '' (the fake is not a spreadsheet engine; a team's `=IF(B5="","",…)`
 * showing nothing is the common case). And the locale rule for separators.
 * The add-on builds its formula in src/core/templates.ts; this file recognises its shape on its own, so a change
 * there that this file does not expect shows up as an uncomputed overview in the tests.
 */
import { columnNumber } from './values';
import { CellValue, usesDecimalComma } from './typed-input';

type Values = (row: number, column: number) => CellValue;

/** A formula's result: a block of values spilling from its cell (one cell for a 1 × 1 block). */
export type Spill = CellValue[][];

/**
 * Whether a formula fails to parse in this locale. *Uncertain*, the stricter side: reports on real Sheets show
 * formulas written by a program with `,` between arguments failing (#ERROR!) in semicolon locales such as French,
 * while `;` is accepted everywhere (comma locales turn it into `,`). Commas inside strings and `{…}` arrays do not count.
 */
export function failsToParse(formula: string, locale: string): boolean {
  if (!usesDecimalComma(locale)) return false;
  return /,/.test(outsideStringsAndArrays(formula));
}

/** The formula's text with string literals and array literals blanked out. */
function outsideStringsAndArrays(formula: string): string {
  let out = '';
  let inString = false;
  let braces = 0;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    else if (!inString && ch === '{') braces++;
    else if (!inString && ch === '}') braces--;
    else if (!inString && braces === 0) out += ch;
  }
  return out;
}

/** Separators as a comma locale stores them, so one pattern recognises a formula written either way. */
function withCommas(formula: string): string {
  let out = '';
  let inString = false;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    out += !inString && ch === ';' ? ',' : ch;
  }
  return out;
}

/** An open-ended column range such as `$B$4:$B`, its column captured as group `group` and repeated. */
const range = (group: number): string => `\\$([A-Z]+)\\$(\\d+):\\$\\${group}`;
const OVERVIEW = new RegExp(
  `^=IFERROR\\(LET\\(n,${range(1)},t,${range(3)},p,${range(5)},` +
    'h,\\$([A-Z]+)\\$(\\d+):\\$([A-Z]+)\\$\\8,' +
    'k,FILTER\\(t,t<>""\\),u,SORT\\(FILTER\\(k,MATCH\\(k,k,0\\)=SEQUENCE\\(ROWS\\(k\\)\\)\\)\\),' +
    'HSTACK\\(u,MAKEARRAY\\(ROWS\\(u\\),COLUMNS\\(h\\),LAMBDA\\(r,c,' +
    'IFERROR\\(TEXTJOIN\\(CHAR\\(10\\),1,FILTER\\(n,t=INDEX\\(u,r\\),p=INDEX\\(h,1,c\\),n<>""\\)\\),""\\)\\)\\)\\)\\),""\\)$',
);

const text = (v: CellValue): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
/** Sheets compares text with = regardless of case. */
const same = (a: CellValue, b: CellValue): boolean => text(a).toLowerCase() === text(b).toLowerCase();

/** A column's values from a 1-based row down to `lastRow`. */
function column(values: Values, letter: string, fromRow: number, lastRow: number): CellValue[] {
  const c = columnNumber(letter);
  return Array.from({ length: Math.max(0, lastRow - fromRow + 1) }, (_, i) => values(fromRow + i, c));
}

/** A string literal, its doubled quotes included, captured. */
const STRING = '"((?:[^"]|"")*)"';
/** `=HYPERLINK("url";"label")`, the label optional, with text literals only (what the add-on writes). */
const HYPERLINK = new RegExp(`^=\\s*HYPERLINK\\s*\\(\\s*${STRING}\\s*(?:,\\s*${STRING}\\s*)?\\)\\s*$`, 'i');
const SPARKLINE = /^=\s*SPARKLINE\s*\(.*\)\s*$/is;

const unquote = (literal: string): string => literal.replace(/""/g, '"');

/**
 * Computes a formula the fake knows against the sheet's values, or returns null when it is not one. `lastRow` is
 * how far open-ended ranges (`$D$4:$D`) reach.
 */
export function evaluateFormula(formula: string, values: Values, lastRow: number): Spill | null {
  const written = withCommas(formula);
  const link = HYPERLINK.exec(written);
  // A link shows its label, or its address when it has none.
  if (link) return [[unquote(link[2] ?? link[1])]];
  // A sparkline draws in its cell and holds no value.
  if (SPARKLINE.test(written)) return [['']];
  return overview(written, values, lastRow);
}

/** The scenario overview: distinct targets down, and per phase the names of their scenarios. */
function overview(formula: string, values: Values, lastRow: number): Spill | null {
  const match = OVERVIEW.exec(formula);
  if (!match) return null;
  const [, nameCol, firstRow, targetCol, , phaseCol, , headFrom, headRow, headTo] = match;
  const from = Number(firstRow);
  const names = column(values, nameCol, from, lastRow);
  const targets = column(values, targetCol, from, lastRow);
  const phases = column(values, phaseCol, from, lastRow);
  const headers = Array.from({ length: columnNumber(headTo) - columnNumber(headFrom) + 1 }, (_, i) =>
    values(Number(headRow), columnNumber(headFrom) + i),
  );
  // The first spelling of each target whatever its case (MATCH ignores case), sorted as SORT sorts text.
  const distinct: CellValue[] = [];
  for (const target of targets) if (target !== '' && !distinct.some((d) => same(d, target))) distinct.push(target);
  distinct.sort((a, b) => text(a).localeCompare(text(b), undefined, { sensitivity: 'base' }));
  if (distinct.length === 0) return [['']];
  return distinct.map((target) => [
    target,
    ...headers.map((phase) =>
      names
        .filter((name, i) => name !== '' && same(targets[i], target) && same(phases[i], phase))
        .map(text)
        .join('\n'),
    ),
  ]);
}
