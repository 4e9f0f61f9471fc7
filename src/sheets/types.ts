/** Short names for the Apps Script types the adapters use. */
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;
export type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
export type CellValue = string | number | boolean | Date;
