/** The add-on's menu, built from what the entry exports: each item names a global function. */
import { Language, languageOf } from '../core/language';
import { MESSAGES } from '../core/messages';
import { ActionName } from './run';

/** The menu in the method's order; `functionName` must be a global function of the bundle (a test checks). */
export const MENU_ITEMS: readonly { caption: ActionName; functionName: string }[] = [
  { caption: 'menuSetUp', functionName: 'setUpTemplate' },
  { caption: 'menuIdeas', functionName: 'showIdeasSidebar' },
  { caption: 'menuAddPersona', functionName: 'showPersonaPrompt' },
  { caption: 'menuValidate', functionName: 'validateColourCodes' },
  { caption: 'menuNormalise', functionName: 'normaliseColours' },
  { caption: 'menuDrawCurves', functionName: 'drawExperienceCurves' },
  { caption: 'menuDraftUseCases', functionName: 'draftUseCases' },
  { caption: 'menuPrioritise', functionName: 'prioritiseUseCases' },
  { caption: 'menuAddScenario', functionName: 'showScenarioSidebar' },
  { caption: 'menuRefreshSummary', functionName: 'refreshSummary' },
];

export interface MenuSummary {
  menu: string;
  items: { caption: string; functionName: string }[];
}

/**
 * In AuthMode.NONE (an add-on not yet used in this document) nothing but the menu may be touched: the
 * language then comes from the user's locale, since reading the spreadsheet's would throw.
 */
export function buildMenu(e?: { authMode?: unknown }): MenuSummary {
  const language: Language =
    e && e.authMode === ScriptApp.AuthMode.NONE
      ? languageOf(Session.getActiveUserLocale())
      : languageOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  const ui = SpreadsheetApp.getUi();
  const caption = MESSAGES.menuTitle[language];
  const menu = ui.createMenu(caption);
  const items = MENU_ITEMS.map((item) => ({
    caption: MESSAGES[item.caption][language],
    functionName: item.functionName,
  }));
  for (const item of items) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
  return { menu: caption, items };
}
