/**
 * Text typed by people, or taken from the add-on's catalogues, must reach the sheet as exactly that text. Sheets
 * reads a written string as typed input and converts far more than anyone can list: `=…`, `+…`, `-…`, `@…` become
 * formulas; `007`, `1,5`, `5 %`, `$2.99`, `5 €` numbers; `10:30` a time; `2024-01-05`, `05/01/2024`, `May 2025`,
 * `mars 2025`, `1 janv.` dates; `TRUE`, `VRAI` booleans, in the spreadsheet's locale. A leading apostrophe keeps
 * any string as text, and Sheets neither shows it nor returns it, so every string gets one: no pattern to keep up
 * to date, and nothing a person types can slip through.
 */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
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
