/**
 * How Google Sheets reads a string written with setValue(s) or appendRow: as if a person typed it in the
 * spreadsheet's locale (APPS_SCRIPT_FACTS.md; Google's own example writes '$2.99' and '1,000,000'). Sheets
 * converts numbers, percentages, currencies, times, dates in the locale's forms and month names, booleans, and
 * formula starts. Where the exact rule is uncertain the fake converts (the stricter side for the add-on, which must
 * then guard its text): month names of either language are dates in any locale, `+`, `-`, `@` start a formula.
 */
export type CellValue = string | number | boolean | Date;

export interface Interpreted {
  value: CellValue;
  formula: string;
}

/** Locales that write 1,5 for one and a half: they separate a formula's arguments with `;`. */
export function usesDecimalComma(locale: string): boolean {
  return /^(fr|de|es|it|pt|nl|ru|tr|pl|sv|da|fi|nb|no|cs|id|ro|hu|el|uk)(?:[_-]|$)/i.test(locale);
}

const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'janvier', 'janv'],
  ['february', 'feb', 'février', 'févr', 'fevrier', 'fevr'],
  ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juin'],
  ['july', 'jul', 'juillet', 'juil'],
  ['august', 'aug', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'décembre', 'déc', 'decembre'],
].forEach((names, month) => names.forEach((name) => (MONTHS[name] = month)));

const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
// Compiled once: every string the add-on writes goes through these, thousands per set-up.
const MONTH_YEAR = new RegExp(`^${MONTH}\\s+(\\d{4})$`);
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:er)?\\s+${MONTH}(?:\\s+(\\d{2,4}))?$`);
const MONTH_DAY = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?$`);
const NUMBER_PATTERNS = new Map<string, RegExp>();

function numberPattern(locale: string): string {
  // Digits with the locale's thousands separators and decimal mark.
  return usesDecimalComma(locale)
    ? '(\\d{1,3}(?:[ \\u00a0\\u202f.]\\d{3})+|\\d+)(?:,(\\d+))?'
    : '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?';
}

function parseNumber(text: string, locale: string): number | null {
  let pattern = NUMBER_PATTERNS.get(locale);
  if (!pattern) NUMBER_PATTERNS.set(locale, (pattern = new RegExp(`^([+-]?)${numberPattern(locale)}$`)));
  const match = pattern.exec(text);
  if (!match) return null;
  const whole = match[2].replace(/[^\d]/g, '');
  return Number(`${match[1]}${whole}${match[3] ? `.${match[3]}` : ''}`);
}

/** `$2.99`, `2.99 $`, `5 €`, `5,00 €`, `£3`: a number. */
function parseCurrency(text: string, locale: string): number | null {
  const match = /^([+-]?)\s*[$€£]\s*(.+)$/.exec(text) ?? /^([+-]?)(.+?)\s*[$€£]$/.exec(text);
  if (!match) return null;
  const amount = parseNumber(match[2], locale) ?? parseNumber(match[2], 'en_US');
  return amount === null ? null : match[1] === '-' ? -amount : amount;
}

function parseTime(text: string): Date | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  if (match[4] && /^p/i.test(match[4]) && hours < 12) hours += 12;
  // Sheets stores a time as a fraction of a day; getValues returns it as a Date on 30 December 1899.
  return new Date(1899, 11, 30, hours, Number(match[2]), Number(match[3] ?? 0));
}

function parseDate(text: string, locale: string): Date | null {
  const t = text.toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/.exec(t);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const dayFirst = usesDecimalComma(locale) || /^en[_-](gb|au|nz|ie|in)/i.test(locale);
    const [day, month] = dayFirst ? [first, second] : [second, first];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return new Date(m[3] ? year(m[3]) : 2026, month - 1, day);
    return null;
  }
  m = MONTH_YEAR.exec(t);
  if (m) return new Date(Number(m[2]), MONTHS[m[1]], 1);
  m = DAY_MONTH.exec(t);
  if (m) return new Date(m[3] ? year(m[3]) : 2026, MONTHS[m[2]], Number(m[1]));
  m = MONTH_DAY.exec(t);
  if (m) return new Date(m[3] ? Number(m[3]) : 2026, MONTHS[m[1]], Number(m[2]));
  return null;
}

const year = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

/**
 * A written value as Sheets stores it. A leading apostrophe forces text (not read back); `=` starts a formula;
 * `+`, `-`, `@` before something that is not a number start one too (*uncertain*: stricter). Surrounding spaces are
 * not trimmed (*uncertain*: " 4 " staying a string is stricter for the add-on's parsers).
 */
export function interpretInput(input: unknown, locale: string): Interpreted {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error(`Invalid value: ${String(input)}`);
    return { value: input, formula: '' };
  }
  if (typeof input === 'boolean') return { value: input, formula: '' };
  if (input instanceof Date) return { value: new Date(input.getTime()), formula: '' };
  // Apps Script stringifies other objects; nothing in the add-on should ever write one.
  if (typeof input !== 'string') throw new Error(`Unsupported value type written to a cell: ${typeof input}`);
  const text = input;
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const value = typedValue(text, locale);
  if (value === text && /^[+\-@]/.test(text) && text.length > 1) return { value: '#ERROR!', formula: `=${text}` };
  return { value, formula: '' };
}

function typedValue(text: string, locale: string): CellValue {
  if (text === '') return text;
  const number = parseNumber(text, locale);
  if (number !== null) return number;
  const percent = /^(.+?)\s*%$/.exec(text);
  if (percent) {
    const value = parseNumber(percent[1], locale);
    if (value !== null) return value / 100;
  }
  const currency = parseCurrency(text, locale);
  if (currency !== null) return currency;
  if (/^(true|vrai)$/i.test(text)) return true;
  if (/^(false|faux)$/i.test(text)) return false;
  const when = parseTime(text) ?? parseDate(text, locale);
  return when ?? text;
}
