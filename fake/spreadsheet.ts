/**
 * Spreadsheet: the document's API over its SpreadsheetView (inspect.ts), which holds the tabs in order, the active
 * one, the locale and the toasts shown. The fake implements the subset of Apps Script the add-on uses; a method it
 * lacks fails loudly (TypeError) rather than pretending.
 */
import { CallLog } from './calls';
import { countCalls } from './counting';
import { SpreadsheetView } from './inspect';
import { FakeSheet } from './sheet';

export interface FakeSpreadsheetOptions {
  locale?: string;
  timeZone?: string;
  /** Tabs a new spreadsheet starts with; by default the one tab a new Google spreadsheet has (firstTabName). */
  sheets?: string[];
}

/**
 * The tab a new spreadsheet starts with, as Sheets names it in the document's locale: `Feuille 1` in French,
 * `Sheet1` in English. Other languages have names of their own the fake does not know: it gives them `Sheet1`.
 */
export function firstTabName(locale: string): string {
  return /^fr(?:[_-]|$)/i.test(locale) ? 'Feuille 1' : 'Sheet1';
}

export class FakeSpreadsheet {
  readonly log = new CallLog();
  readonly view: SpreadsheetView;

  constructor(options: FakeSpreadsheetOptions = {}) {
    const locale = options.locale ?? 'en_US';
    const tabs = (options.sheets ?? [firstTabName(locale)]).map((name) => new FakeSheet(this, name));
    this.view = new SpreadsheetView(this.log, locale, options.timeZone ?? 'Europe/Paris', tabs);
  }

  getId(): string {
    return 'fake-spreadsheet-id';
  }
  getName(): string {
    return 'Omnichannel relationship';
  }
  getSpreadsheetLocale(): string {
    return this.view.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.view.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.view.timeZone;
  }
  getSheets(): FakeSheet[] {
    return [...this.view.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    // *Uncertain*: whether the real lookup ignores case. The fake matches exactly (stricter), while insertSheet
    // refuses a name that differs only by case, so code must not rely on either to find a renamed tab.
    return this.view.sheets.find((s) => s.view.title() === String(name)) ?? null;
  }
  insertSheet(name: string, index?: number): FakeSheet {
    const { sheets } = this.view;
    this.view.assertNameFree(name);
    const sheet = new FakeSheet(this, name);
    if (index === undefined) sheets.push(sheet);
    else sheets.splice(Math.max(0, Math.min(index, sheets.length)), 0, sheet);
    this.view.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    const { sheets } = this.view;
    if (sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const index = sheets.indexOf(sheet);
    if (index >= 0) sheets.splice(index, 1);
    if (this.view.active === sheet) this.view.active = sheets[0];
  }
  getActiveSheet(): FakeSheet {
    return this.view.active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.view.active = sheet;
    return sheet;
  }
  toast(message: string, title = '', seconds: number | null = null): void {
    this.view.toasts.push({ message: String(message), title: String(title), seconds });
  }
}

const SPREADSHEET_API = [
  'getId',
  'getName',
  'getSpreadsheetLocale',
  'setSpreadsheetLocale',
  'getSpreadsheetTimeZone',
  'getSheets',
  'getSheetByName',
  'insertSheet',
  'deleteSheet',
  'getActiveSheet',
  'setActiveSheet',
  'toast',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.Spreadsheet)[];
countCalls(FakeSpreadsheet, 'Spreadsheet', SPREADSHEET_API);
