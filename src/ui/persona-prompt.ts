/**
 * "Add a persona journey map…": asks for the persona's name in a prompt, in the sheet's language, then hands it to
 * the action. Cancel (or closing the prompt) does nothing. The prompt comes before the action takes the lock: a
 * dialog suspends the script, and a lock must never be held across one.
 */
import { MESSAGES } from '../core/messages';
import { openWorkbook } from '../sheets/workbook';

export function askForPersona<T>(add: (name: string) => T): T | { cancelled: true } {
  const { language } = openWorkbook();
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(
    MESSAGES.personaPromptTitle[language],
    MESSAGES.personaPrompt[language],
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return { cancelled: true };
  return add(response.getResponseText());
}
