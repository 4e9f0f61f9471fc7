/**
 * One workbench session: an in-memory workbook, the fake Apps Script services around it, and dist/Code.js loaded
 * into them, unchanged. Menu clicks and google.script.run calls go through the bundle's global functions exactly
 * as Apps Script would call them.
 */
import {
  Bundle,
  FakeServices,
  FakeSpreadsheet,
  createServices,
  declaredFunctions,
  distHtmlFiles,
  errorMessage,
  loadBook,
  loadBundle,
  normaliseColour,
  saveBook,
} from '../fake';
import { checkArguments, checkTransferable } from './bridge-rules';
import { DisplaySheet, displaySheet } from './display';

export interface MenuItemView {
  caption: string;
  functionName: string;
}

/** What happened in the spreadsheet UI since the page last asked: toasts, dialogs, sidebars opened. */
export interface UiEvents {
  toasts: { title: string; message: string }[];
  alerts: { title: string; message: string }[];
  sidebars: { id: number; title: string }[];
}

export interface WorkbenchState {
  locale: string;
  menu: { caption: string; items: MenuItemView[] } | null;
  sheets: DisplaySheet[];
  active: string;
}

export type CallOutcome =
  { ok: true; value: unknown; events: UiEvents } | { ok: false; error: string; events: UiEvents };

export class WorkbenchSession {
  book!: FakeSpreadsheet;
  private services!: FakeServices;
  private bundle!: Bundle;
  private seen = { toasts: 0, alerts: 0, sidebars: 0 };

  constructor(locale = 'en_US') {
    this.replace(new FakeSpreadsheet({ locale }));
  }

  /** Starts over with a new spreadsheet (one empty tab, as Google gives). */
  reset(locale: string): void {
    this.replace(new FakeSpreadsheet({ locale }));
  }

  load(saved: unknown): void {
    this.replace(loadBook(saved));
  }

  save(): unknown {
    return saveBook(this.book);
  }

  /** Changes the spreadsheet's locale and opens it again, as reloading the document in Sheets would. */
  setLocale(locale: string): void {
    this.book.view.locale = locale;
    this.open();
  }

  private replace(book: FakeSpreadsheet): void {
    this.book = book;
    this.services = createServices(book, { htmlFiles: distHtmlFiles() });
    this.bundle = loadBundle(this.services);
    this.seen = { toasts: 0, alerts: 0, sidebars: 0 };
    this.open();
  }

  /** onOpen, as Sheets runs it when the document opens: the menu is rebuilt from what it registers. */
  private open(): void {
    this.services.ui.view.menus.length = 0;
    this.bundle.onOpen({ authMode: 'LIMITED', source: null });
  }

  menu(): WorkbenchState['menu'] {
    const menu = this.services.ui.view.menus.at(-1);
    if (!menu) return null;
    return { caption: menu.caption, items: menu.items.filter((i): i is MenuItemView => 'functionName' in i) };
  }

  state(): WorkbenchState {
    return {
      locale: this.book.view.locale,
      menu: this.menu(),
      sheets: this.book.view.sheetNames().map((name) => displaySheet(this.book.view.sheet(name))),
      active: this.book.view.active.view.title(),
    };
  }

  /** A menu item: only functions the menu registered can be called this way. */
  runMenuItem(functionName: string): CallOutcome {
    if (!this.menu()?.items.some((i) => i.functionName === functionName)) {
      return { ok: false, error: `No menu item calls ${functionName}.`, events: this.events() };
    }
    return this.call(functionName, []);
  }

  /**
   * A google.script.run call from the sidebar. As in Apps Script: only top-level functions whose names do not end
   * in "_", arguments and results that are plain JSON-representable data, and a thrown error's message passed on.
   */
  runServerFunction(name: string, args: unknown[]): CallOutcome {
    // Triggers are not for the sidebar to call; private functions (a trailing "_") are hidden from it.
    const reachable = declaredFunctions(this.bundle).filter(
      (f) => !f.endsWith('_') && f !== 'onOpen' && f !== 'onInstall',
    );
    if (!reachable.includes(name)) {
      return { ok: false, error: `Script function not found: ${name}`, events: this.events() };
    }
    const checked = checkArguments(args);
    if (!checked.ok) return { ok: false, error: checked.error, events: this.events() };
    return this.call(name, checked.value);
  }

  private call(name: string, args: unknown[]): CallOutcome {
    try {
      const value = this.bundle[name](...args);
      const result = checkTransferable(value === undefined ? null : value, 'result');
      if (!result.ok) return { ok: false, error: result.error, events: this.events() };
      return { ok: true, value: result.value, events: this.events() };
    } catch (error) {
      return { ok: false, error: errorMessage(error), events: this.events() };
    }
  }

  /** A person typing in a cell, or picking a fill from the palette: typed input, as in Sheets. */
  editCell(
    sheetName: string,
    row: number,
    column: number,
    change: { value?: string; background?: string | null },
  ): void {
    const sheet = this.book.getSheetByName(sheetName);
    if (!sheet) throw new RangeError(`No tab named ${sheetName}`);
    this.book.log.uncounted(() => {
      const cell = sheet.getRange(row, column);
      if (change.value !== undefined) cell.setValue(change.value);
      if (change.background !== undefined) {
        if (change.background !== null && normaliseColour(change.background) === null)
          throw new RangeError(`Not a colour: ${change.background}`);
        cell.setBackground(change.background);
      }
    });
  }

  activate(sheetName: string): void {
    const sheet = this.book.getSheetByName(sheetName);
    if (sheet) this.book.view.active = sheet;
  }

  /** The HTML of a sidebar the add-on opened, by its position in the order they were opened. */
  sidebarHtml(id: number): string | null {
    return this.services.ui.view.sidebars[id]?.view.content ?? null;
  }

  events(): UiEvents {
    const ui = this.services.ui.view;
    const book = this.book.view;
    const toasts = book.toasts.slice(this.seen.toasts).map((t) => ({ title: t.title, message: t.message }));
    const alerts = ui.alerts.slice(this.seen.alerts).map((a) => ({ title: a.title, message: a.prompt }));
    const sidebars = ui.sidebars
      .slice(this.seen.sidebars)
      .map((s, i) => ({ id: this.seen.sidebars + i, title: s.view.title }));
    this.seen = { toasts: book.toasts.length, alerts: ui.alerts.length, sidebars: ui.sidebars.length };
    return { toasts, alerts, sidebars };
  }
}
