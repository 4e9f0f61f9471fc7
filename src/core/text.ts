/**
 * Text typed by people must reach the sheet as text. Google Sheets reads a written string as typed input:
 * `=…` becomes a formula, `+…`/`-…`/`@…` may too, "007" becomes 7, "TRUE" a boolean, "2024-01-05" a date.
 * A leading apostrophe is the documented way to keep text as text; Sheets does not show it or return it.
 */
const NEEDS_GUARD = [
  /^[=+\-@']/, // formula starts, and an apostrophe the user typed themselves (it would otherwise be eaten)
  /^\s*[+-]?(\d[\d\s.,]*|[.,]\d+)([eE][+-]?\d+)?%?\s*$/, // numbers in either locale's notation
  /^\s*(true|false|vrai|faux)\s*$/i,
  /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/, // dates
];

export function asText(text: string): string {
  return NEEDS_GUARD.some((pattern) => pattern.test(text)) ? `'${text}` : text;
}

/** Trims and folds inner white space, so "  Welcome   email " and "Welcome email" are one name. */
export function tidy(text: unknown): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How labels are compared: case, accents' composition, extra spaces, a trailing colon and the kind of apostrophe
 * (a Mac types ’ where the template has ') do not matter.
 */
export function labelKey(text: unknown): string {
  return tidy(text)
    .normalize('NFC')
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/\s*:$/, '')
    .toLowerCase();
}

/** A cell's value as text for lists and messages: dates as yyyy-mm-dd, everything else as it reads. */
export function cellText(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return tidy(value);
}
