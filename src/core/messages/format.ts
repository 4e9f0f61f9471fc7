/**
 * How the add-on's messages are written: both languages side by side (a message missing in one does not
 * compile), names quoted as each language quotes them, and dialogs kept short.
 */
import { Bilingual } from '../language';

export type Text = Bilingual<string>;
export type Say<A extends unknown[]> = Bilingual<(...args: A) => string>;

/** A dialog is read, not scrolled: beyond this many problems or rows the rest are counted, not listed. */
export const MAX_LISTED_IN_DIALOG = 25;

/** Names quoted as each language quotes them: “Use cases” in English, « Cas d'usage » in French. */
export const list = (items: readonly string[]): string => items.map((item) => `“${item}”`).join(', ');
export const liste = (items: readonly string[]): string => items.map((item) => `« ${item} »`).join(', ');
