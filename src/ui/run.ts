/**
 * How the add-on's entry points run a feature so that no raw exception ever reaches a person: a problem they can
 * fix is shown as it is; anything else (a Sheets service failing, a bug) is said in the sheet's language, with
 * what to do. Writing actions take their writes back before such an error gets here, so "nothing was changed"
 * holds.
 */
import { Language, languageOf } from '../core/language';
import { MESSAGES, UserFacingError, reasonOf } from '../core/messages';
import { showAsToast } from './notify';

export interface ActionRefused {
  error: string;
}

/** The menu captions, which name an action in messages. */
export type ActionName =
  | 'menuSetUp'
  | 'menuIdeas'
  | 'menuValidate'
  | 'menuNormalise'
  | 'menuDraftUseCases'
  | 'menuPrioritise'
  | 'menuAddScenario'
  | 'menuAddPersona'
  | 'menuDrawCurves'
  | 'menuRefreshSummary';

/**
 * A menu click: the message in a dialog (in a toast if the dialog cannot open), and returned as `{ error }` for
 * scripts and tests.
 */
export function runMenuAction<T>(action: ActionName, work: () => T): T | ActionRefused {
  try {
    return work();
  } catch (error) {
    const message = messageFor(action, error);
    try {
      SpreadsheetApp.getUi().alert(message);
    } catch {
      showAsToast(MESSAGES[action][sheetLanguage()], message);
    }
    return { error: message };
  }
}

/**
 * A call from a sidebar (google.script.run): the failure handler gets a plain Error whose message is for people,
 * never prefixed by an error's kind.
 */
export function runServerCall<T>(action: ActionName, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new Error(messageFor(action, error));
  }
}

function messageFor(action: ActionName, error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  const language = sheetLanguage();
  const reason = reasonOf(error);
  return MESSAGES.actionFailed[language](MESSAGES[action][language], reason);
}

/** The sheet's language, or English when even that cannot be read (the failure may be the spreadsheet's). */
function sheetLanguage(): Language {
  try {
    return languageOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}
