/** How a menu click runs a feature: a problem the user can fix becomes a dialog, not a stack trace. */
import { UserFacingError } from '../core/messages';

export interface ActionRefused {
  error: string;
}

export function runMenuAction<T>(action: () => T): T | ActionRefused {
  try {
    return action();
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    SpreadsheetApp.getUi().alert(error.message);
    return { error: error.message };
  }
}
