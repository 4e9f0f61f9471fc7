/** Opens the scenario sidebar: the built, self-contained Sidebar.html, titled in the sheet's language. */
import { SIDEBAR_TEXT } from '../core/scenario-text';
import { openWorkbook } from '../sheets/workbook';

export function showScenarioSidebar(): { sidebar: string } {
  const { language } = openWorkbook();
  const title = SIDEBAR_TEXT.title[language];
  // Sidebars are always 300 px wide; only the title is ours to set.
  const output = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(title);
  SpreadsheetApp.getUi().showSidebar(output);
  return { sidebar: title };
}
