/**
 * Everything the add-on says to people (menu, toasts, dialogs, errors), both languages side by side: a message
 * missing in one language does not compile. One file per area; this index puts them together.
 */
import { Language } from '../language';
import { CHAIN_MESSAGES } from './chain';
import { COLOUR_MESSAGES } from './colours';
import { COMMON_MESSAGES } from './common';
import { PERSONA_MESSAGES } from './personas';
import { IDEA_MESSAGES } from './ideas';
import { PRIORITY_MESSAGES } from './prioritise';

export { MAX_LISTED_IN_DIALOG } from './format';
export type { Say, Text } from './format';

export const MESSAGES = {
  ...COMMON_MESSAGES,
  ...COLOUR_MESSAGES,
  ...PRIORITY_MESSAGES,
  ...CHAIN_MESSAGES,
  ...IDEA_MESSAGES,
  ...PERSONA_MESSAGES,
};

export type MessageKey = keyof typeof MESSAGES;
/** What went wrong, in the words of whatever threw it (an Error from any realm, or anything else). */
export function reasonOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** The first `max` lines, then one that counts the rest: a dialog is read, not scrolled. */
export function capped(lines: readonly string[], max: number, language: Language): string[] {
  return lines.length > max ? [...lines.slice(0, max), MESSAGES.andMore[language](lines.length - max)] : [...lines];
}

/**
 * An error a person can cause and fix (a missing tab, a bad value). Features throw it; the entry shows its
 * message in a dialog instead of a stack trace. Errors only a bug can cause are thrown as they are.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    // Its message is for people: nothing in its name should end up in front of it (Apps Script may print the name).
    this.name = 'Error';
  }
}
