/** Opens the ideas sidebar: the built, self-contained Ideas.html, titled in the sheet's language. */
import { IDEAS_SIDEBAR_TEXT } from '../core/ideas/sidebar-text';
import { openWorkbook } from '../sheets/workbook';

export function showIdeasSidebar(): { sidebar: string } {
  const { language } = openWorkbook();
  const title = IDEAS_SIDEBAR_TEXT.title[language];
  const output = HtmlService.createHtmlOutputFromFile('Ideas').setTitle(title);
  SpreadsheetApp.getUi().showSidebar(output);
  return { sidebar: title };
}
