/**
 * Persona journey maps: one tab per persona, named after the template's map (`Journey map — Young parents`,
 * `Parcours client — Jeunes parents`), so every action finds every map by its name, in either language.
 */
import { Language } from './language';
import { labelKey, tidy } from './text';
import { TAB_NAMES } from './vocabulary';

/** Between the journey map's name and the persona's in a tab name. */
export const PERSONA_SEPARATOR = ' — ';

/** The longest persona name a tab can carry with room for the map's name. */
export const MAX_PERSONA_LENGTH = 60;

export function personaTabName(persona: string, language: Language): string {
  return `${TAB_NAMES.journeyMap[language]}${PERSONA_SEPARATOR}${tidy(persona)}`;
}

/**
 * Whether a tab is a journey map by its name: the template's own (persona null), a persona's (the persona's name,
 * after a dash, colon or en dash a team may have typed instead), or not one (undefined).
 */
export function journeyTabPersona(tabName: string): string | null | undefined {
  const name = tidy(tabName);
  for (const base of Object.values(TAB_NAMES.journeyMap)) {
    if (labelKey(name) === labelKey(base)) return null;
    const prefix = name.slice(0, base.length);
    const rest = name.slice(base.length);
    const persona = /^\s*[—–\-:]\s*(.+)$/.exec(rest);
    if (labelKey(prefix) === labelKey(base) && persona) return persona[1].trim();
  }
  return undefined;
}

/**
 * Characters a tab name cannot hold. Google documents none; reports on real Sheets show `\ / ? * [ ]` refused by
 * insertSheet, and Excel (where the workbook may be exported) also refuses `:` and a name ending with an apostrophe:
 * the stricter side, both sets, plus control characters.
 */
const FORBIDDEN = new Set([':', '\\', '/', '?', '*', '[', ']']);

/** A character a tab name cannot hold, as a person can read it in a message (a control character by its code). */
function forbidden(character: string): string | null {
  const code = character.codePointAt(0) ?? 0;
  if (code < 32 || code === 127) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return FORBIDDEN.has(character) ? character : null;
}

export type PersonaNameProblem =
  | { kind: 'blank' }
  | { kind: 'tooLong'; length: number }
  | { kind: 'forbidden'; characters: string[] }
  | { kind: 'taken'; tab: string };

export type PersonaNameCheck = { ok: true; persona: string; tab: string } | { ok: false; problem: PersonaNameProblem };

/**
 * Whether a persona's name makes a tab that can be created: not blank, at most MAX_PERSONA_LENGTH characters, no
 * character a tab name cannot hold, and neither its tab name (whatever the case, spacing or apostrophe) nor the same
 * persona's map in another language or spelling (`Parcours client: Seniors`) already there.
 */
export function checkPersonaName(name: unknown, tabs: readonly string[], language: Language): PersonaNameCheck {
  const persona = typeof name === 'string' || typeof name === 'number' ? tidy(name) : '';
  if (persona === '') return { ok: false, problem: { kind: 'blank' } };
  if ([...persona].length > MAX_PERSONA_LENGTH)
    return { ok: false, problem: { kind: 'tooLong', length: [...persona].length } };
  const characters = [...new Set([...persona].map(forbidden).filter((c): c is string => c !== null))];
  if (persona.endsWith("'")) characters.push("'");
  if (characters.length) return { ok: false, problem: { kind: 'forbidden', characters } };
  const tab = personaTabName(persona, language);
  const taken = tabs.find((existing) => {
    const other = journeyTabPersona(existing);
    return labelKey(existing) === labelKey(tab) || (other != null && labelKey(other) === labelKey(persona));
  });
  if (taken !== undefined) return { ok: false, problem: { kind: 'taken', tab: taken } };
  return { ok: true, persona, tab };
}
