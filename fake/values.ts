/**
 * How Google Sheets turns what is written into a cell, as APPS_SCRIPT_FACTS.md describes it.
 * Where the real behaviour is uncertain the fake takes the stricter side, so code that passes here
 * does not depend on Sheets being kind.
 */
export type { CellValue, Interpreted } from './typed-input';
export { interpretInput } from './typed-input';

/** A few of the CSS colour names Sheets accepts in `setBackground`; an unknown name changes nothing. */
const CSS_NAMES: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  lightcoral: '#f08080',
  lightgreen: '#90ee90',
  lightyellow: '#ffffe0',
  gold: '#ffd700',
  silver: '#c0c0c0',
  pink: '#ffc0cb',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  brown: '#a52a2a',
  navy: '#000080',
  teal: '#008080',
};

/**
 * `setBackground` input → the fill kept: a lower-case `#rrggbb`, null for "no fill" (what `null` asks for), or
 * undefined when Sheets ignores it (an unknown name).
 */
export function fillOf(input: string | null): string | null | undefined {
  if (input === null) return null;
  return normaliseColour(input) ?? undefined;
}

/** A colour as `getBackground`/`getFontColor` return it: lower-case `#rrggbb`, or null if not a colour. */
export function normaliseColour(input: string): string | null {
  const text = String(input).trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${text[1]}${text[1]}${text[2]}${text[2]}${text[3]}${text[3]}`;
  return CSS_NAMES[text] ?? null;
}

/**
 * A1 helpers of the fake's own. src/core/a1.ts has the same columnLetter on purpose: the fake stands in for
 * Google and shares no code with the add-on it tests, so a bug in one cannot hide behind the other.
 */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface A1Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** "B3" or "B3:D10" (what the add-on and tests use). */
export function parseA1(a1: string): A1Box {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1.trim());
  if (!match) throw new Error(`Range not found: ${a1}`);
  const row = Number(match[2]);
  const column = columnNumber(match[1]);
  const endRow = match[4] ? Number(match[4]) : row;
  const endColumn = match[3] ? columnNumber(match[3]) : column;
  return {
    row: Math.min(row, endRow),
    column: Math.min(column, endColumn),
    numRows: Math.abs(endRow - row) + 1,
    numColumns: Math.abs(endColumn - column) + 1,
  };
}

/** A block written with setValues and its kin must match the range exactly, as Sheets checks it. */
export function checkShape(data: unknown, numRows: number, numColumns: number): asserts data is unknown[][] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
    throw new Error("The parameters (number[]) don't match the method signature: expected a 2-D array.");
  }
  if (data.length !== numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
      );
    }
  }
}
