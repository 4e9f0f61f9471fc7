/** Telling people what happened: a toast for good news, a dialog for what needs reading. */
import { Workbook } from '../sheets/workbook';

export function toast(workbook: Workbook, message: string, title: string): void {
  workbook.spreadsheet.toast(message, title, 8);
}

/** A plain-text dialog: what people typed is shown as text, never interpreted. */
export function showDialog(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}
