/** The languages the add-on speaks. Adding one means adding it here; the compiler then lists every missing string. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every user-facing string exists once per language, side by side, so a missing translation is a type error. */
export type Bilingual<T> = Record<Language, T>;

/** The spreadsheet's locale picks the language: `fr`, `fr_FR`, `fr-CA`… give French, anything else English. */
export function languageOf(locale: string | null | undefined): Language {
  return /^fr(?:[_-]|$)/i.test(String(locale ?? '').trim()) ? 'fr' : 'en';
}

export function otherLanguages(language: Language): Language[] {
  return LANGUAGES.filter((l) => l !== language);
}

/** All the spellings of a label across languages, the sheet's own first: tables are found by any of them. */
export function allSpellings(label: Bilingual<string>, first: Language): string[] {
  return [label[first], ...otherLanguages(first).map((l) => label[l])];
}
