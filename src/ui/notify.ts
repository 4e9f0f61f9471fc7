/**
 * Telling people what happened: a toast for good news, a dialog for what needs reading. Both come after the work
 * is done and written, so Sheets failing to show one never turns the work into a failure (which would say nothing
 * was changed): a dialog that cannot open falls back to a toast of its first line, and a toast that cannot show
 * leaves the changes in the sheet to speak for themselves.
 */
import { Workbook } from '../sheets/workbook';

export function toast(workbook: Workbook, message: string, title: string): void {
  try {
    workbook.spreadsheet.toast(message, title, 8);
  } catch {
    // The work is in the sheet; only the notice about it is lost.
  }
}

/** A plain-text dialog: what people typed is shown as text, never interpreted. */
export function showDialog(title: string, message: string): void {
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  } catch {
    showAsToast(title, message);
  }
}

/** The first line of a message in a toast, when its dialog could not open; nothing when even that fails. */
export function showAsToast(title: string, message: string): void {
  const first = message.split('\n').find((line) => line.trim() !== '') ?? message;
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(first, title, 8);
  } catch {
    // Sheets shows nothing at all: the person sees the sheet as the action left it.
  }
}
