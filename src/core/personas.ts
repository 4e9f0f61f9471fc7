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
