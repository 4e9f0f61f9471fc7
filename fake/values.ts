/**
 * How Google Sheets turns what is written into a cell, as APPS_SCRIPT_FACTS.md describes it.
 * Where the real behaviour is uncertain the fake takes the stricter side, so code that passes here
 * does not depend on Sheets being kind.
 */
export type CellValue = string | number | boolean | Date;

export interface Interpreted {
  value: CellValue;
  formula: string;
}

const EN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const FR_NUMBER = /^[+-]?(\d+,?\d*|,\d+)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `setValue`/`setValues`/`appendRow` treat a string as typed input.
 * - a leading apostrophe forces text and is not part of the value read back;
 * - `=` starts a formula;
 * - *uncertain*: a leading `+`, `-` or `@` before something that is not a number. Spreadsheet programs
 *   commonly read these as the start of a formula; the fake does too (stricter), so the add-on must
 *   guard such text with an apostrophe;
 * - numeric-looking strings become numbers (decimal point in English locales, decimal comma in French);
 *   surrounding spaces are *not* trimmed here (uncertain; keeping " 4 " a string is stricter for parsers);
 * - TRUE/FALSE become booleans and ISO dates become dates.
 */
export function interpretInput(input: unknown, locale: string): Interpreted {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error(`Invalid value: ${String(input)}`);
    return { value: input, formula: '' };
  }
  if (typeof input === 'boolean') return { value: input, formula: '' };
  if (input instanceof Date) return { value: new Date(input.getTime()), formula: '' };
  if (typeof input !== 'string') {
    // Apps Script stringifies other objects; nothing in the add-on should ever write one.
    throw new Error(`Unsupported value type written to a cell: ${typeof input}`);
  }
  const text = input;
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const french = /^fr/i.test(locale);
  if (french ? FR_NUMBER.test(text) : EN_NUMBER.test(text)) {
    return { value: Number(french ? text.replace(',', '.') : text), formula: '' };
  }
  if (/^[+\-@]/.test(text) && text.length > 1) return { value: '#ERROR!', formula: `=${text}` };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', formula: '' };
  const iso = ISO_DATE.exec(text);
  if (iso) return { value: new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])), formula: '' };
  return { value: text, formula: '' };
}

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

/** `setBackground` input → the lower-case `#rrggbb` that `getBackground` returns, or null if ignored. */
export function normaliseColour(input: string | null): string | null {
  if (input === null) return '#ffffff';
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
