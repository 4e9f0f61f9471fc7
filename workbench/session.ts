/**
 * One workbench session: the workbook the page shows and the add-on running over it (addon.ts). It starts on the
 * template as a team gets it after duplicating it (set up in the chosen locale, the journey map in front), or on
 * an empty spreadsheet as Google gives one; a locale switch before anything was done starts that workbook again
 * in the new locale, afterwards it changes the locale of the workbook as it is (the person's work is kept).
 */
import { FakeSpreadsheet, loadBook, normaliseColour, saveBook } from '../fake';
import { TAB_NAMES } from '../src/core/vocabulary';
import { AddOn } from './addon';
import { displaySheet } from './display';
import { CallOutcome, CellChange, PromptAnswer, WorkbenchState, WorkbookStart } from './protocol';

/** What a person changes in one cell: what they typed, and the fill they picked. */
export type CellEdit = Pick<CellChange, 'value' | 'background'>;

export interface SessionOptions {
  /** The spreadsheet's locale: en_US by default. */
  locale?: string;
  /** The template set up (the default), or an empty spreadsheet. */
  start?: 'template' | 'empty';
  /** Where the built add-on is (Code.js and its pages); dist/ by default. */
  dist?: string;
}

export class WorkbenchSession {
  book!: FakeSpreadsheet;
  private addOn!: AddOn;
  private start: WorkbookStart = 'empty';
  /** Whether anything was done to the workbook since it was opened (a menu item, a call, an edit). */
  private touched = false;

  constructor(private readonly options: SessionOptions = {}) {
    this.reset(options.locale ?? 'en_US', options.start ?? 'template');
  }

  /** Starts over: an empty spreadsheet (one tab, as Google gives), or the template set up. */
  reset(locale: string, start: 'template' | 'empty'): void {
    this.useBook(new FakeSpreadsheet({ locale }), start);
    if (start === 'template') this.setUpTemplate();
  }

  /** Opens a workbook built elsewhere (a test's), as it is. */
  useBook(book: FakeSpreadsheet, start: WorkbookStart = 'file'): void {
    this.book = book;
    this.addOn = new AddOn(book, this.options.dist);
    this.start = start;
    this.touched = false;
  }

  /** What a team gets after duplicating the template: set up, nothing said about it, the journey map in front. */
  private setUpTemplate(): void {
    if (!this.addOn.declares('setUpTemplate')) return;
    this.addOn.runMenuItem('setUpTemplate');
    this.addOn.events();
    const journeyMap = this.book.getSheets().find((s) => Object.values(TAB_NAMES.journeyMap).includes(s.getName()));
    if (journeyMap) this.book.view.active = journeyMap;
  }

  load(saved: unknown): void {
    this.useBook(loadBook(saved));
  }

  save(): unknown {
    return saveBook(this.book);
  }

  /** The locale switch: see the file's comment. */
  setLocale(locale: string): void {
    if (!this.touched && this.start !== 'file') return this.reset(locale, this.start);
    this.book.view.locale = locale;
    this.addOn.open();
  }

  state(): WorkbenchState {
    return {
      locale: this.book.view.locale,
      menu: this.addOn.menu(),
      sheets: this.book.view.sheetNames().map((name) => displaySheet(this.book.view.sheet(name))),
      active: this.book.view.active.view.title(),
      start: this.start,
    };
  }

  runMenuItem(functionName: string, answers: readonly PromptAnswer[] = []): CallOutcome {
    this.touched = true;
    return this.addOn.runMenuItem(functionName, answers);
  }

  runServerFunction(name: string, args: unknown[]): CallOutcome {
    this.touched = true;
    return this.addOn.runServerFunction(name, args);
  }

  /** A person typing in a cell, or picking a fill from the palette: typed input, as in Sheets. */
  editCell(sheetName: string, row: number, column: number, { value, background }: CellEdit): void {
    const sheet = this.book.getSheetByName(sheetName);
    if (!sheet) throw new RangeError(`No tab named ${sheetName}`);
    if (background !== undefined && background !== null && normaliseColour(background) === null)
      throw new RangeError(`Not a colour: ${background}`);
    this.touched = true;
    this.book.log.uncounted(() => {
      const cell = sheet.getRange(row, column);
      if (value !== undefined) cell.setValue(value);
      if (background !== undefined) cell.setBackground(background);
    });
  }

  /** A person clicking a tab, or a link to a cell of another tab. */
  activate(sheetName: string): void {
    const sheet = this.book.getSheetByName(sheetName);
    if (sheet) this.book.view.active = sheet;
  }

  sidebarHtml(id: number): string | null {
    return this.addOn.sidebarHtml(id);
  }
}
