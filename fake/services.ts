/**
 * The Apps Script globals the add-on touches (SpreadsheetApp, HtmlService, LockService, Session, ScriptApp,
 * Charts), built over one FakeSpreadsheet. `installServices` puts them on a global object: `globalThis` for
 * tests of the TypeScript sources, or a fresh `node:vm` context for tests of the built bundle.
 */
import { FakeDataValidationBuilder, FakeSpreadsheet, FakeTextStyleBuilder } from './spreadsheet';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface MenuItem {
  caption: string;
  functionName: string;
}
export interface Menu {
  caption: string;
  items: (MenuItem | { separator: true })[];
}
export interface Alert {
  title: string;
  prompt: string;
  buttons: string;
}

export class FakeHtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  constructor(
    private readonly log: FakeSpreadsheet['log'],
    private content: string,
  ) {}
  setTitle(title: string): this {
    this.log.record('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }
  getTitle(): string {
    this.log.record('HtmlOutput.getTitle');
    return this.title;
  }
  setWidth(width: number): this {
    this.log.record('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }
  getWidth(): number | null {
    this.log.record('HtmlOutput.getWidth');
    return this.width;
  }
  setHeight(height: number): this {
    this.log.record('HtmlOutput.setHeight');
    this.height = height;
    return this;
  }
  getHeight(): number | null {
    this.log.record('HtmlOutput.getHeight');
    return this.height;
  }
  getContent(): string {
    this.log.record('HtmlOutput.getContent');
    return this.content;
  }
  append(html: string): this {
    this.log.record('HtmlOutput.append');
    this.content += html;
    return this;
  }
  setSandboxMode(): this {
    this.log.record('HtmlOutput.setSandboxMode');
    return this;
  }
  setXFrameOptionsMode(): this {
    this.log.record('HtmlOutput.setXFrameOptionsMode');
    return this;
  }
  /** Uncounted view for tests. */
  view(): { title: string; width: number | null; height: number | null; content: string } {
    return { title: this.title, width: this.width, height: this.height, content: this.content };
  }
}

export class FakeUi {
  readonly menus: Menu[] = [];
  readonly alerts: Alert[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { output: FakeHtmlOutput; title: string; modal: boolean }[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  constructor(private readonly log: FakeSpreadsheet['log']) {}

  createMenu(caption: string): FakeMenu {
    this.log.record('Ui.createMenu');
    return new FakeMenu(this.log, caption, this.menus);
  }
  createAddonMenu(): FakeMenu {
    this.log.record('Ui.createAddonMenu');
    return new FakeMenu(this.log, '(add-on)', this.menus);
  }
  alert(titleOrPrompt: string, prompt?: string, buttons?: string): string {
    this.log.record('Ui.alert');
    // A dialog suspends the script: what it reports must be saved first (SpreadsheetApp.flush).
    if (this.log.unflushed > 0)
      throw new Error(`Ui.alert with ${this.log.unflushed} write(s) not flushed: call SpreadsheetApp.flush() first.`);
    if (prompt === undefined) this.alerts.push({ title: '', prompt: String(titleOrPrompt), buttons: 'OK' });
    else this.alerts.push({ title: String(titleOrPrompt), prompt: String(prompt), buttons: buttons ?? 'OK' });
    return this.Button.OK;
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.log.record('Ui.showSidebar');
    this.sidebars.push(output);
  }
  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.log.record('Ui.showModalDialog');
    this.dialogs.push({ output, title, modal: true });
  }
  showModelessDialog(output: FakeHtmlOutput, title: string): void {
    this.log.record('Ui.showModelessDialog');
    this.dialogs.push({ output, title, modal: false });
  }
}

export class FakeMenu {
  private readonly items: (MenuItem | { separator: true })[] = [];
  constructor(
    private readonly log: FakeSpreadsheet['log'],
    private readonly caption: string,
    private readonly menus: Menu[],
  ) {}
  addItem(caption: string, functionName: string): this {
    this.log.record('Menu.addItem');
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.log.record('Menu.addSeparator');
    this.items.push({ separator: true });
    return this;
  }
  addToUi(): void {
    this.log.record('Menu.addToUi');
    this.menus.push({ caption: this.caption, items: [...this.items] });
  }
}

export class FakeLock {
  private held = false;
  constructor(
    private readonly log: FakeSpreadsheet['log'],
    private readonly state: LockState,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    this.log.record('Lock.tryLock');
    if (!Number.isFinite(timeoutInMillis)) throw new Error('tryLock needs a timeout in milliseconds.');
    if (this.state.heldElsewhere) return false;
    this.held = true;
    this.state.heldByScript += 1;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    this.log.record('Lock.waitLock');
    if (!this.tryLockQuietly(timeoutInMillis)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }
  private tryLockQuietly(_timeout: number): boolean {
    if (this.state.heldElsewhere) return false;
    this.held = true;
    this.state.heldByScript += 1;
    return true;
  }
  hasLock(): boolean {
    this.log.record('Lock.hasLock');
    return this.held;
  }
  releaseLock(): void {
    this.log.record('Lock.releaseLock');
    if (this.held && this.log.unflushed > 0) {
      throw new Error(
        `Lock released with ${this.log.unflushed} write(s) not flushed: call SpreadsheetApp.flush() first.`,
      );
    }
    if (this.held) this.state.heldByScript -= 1;
    this.held = false;
  }
}

export interface LockState {
  /** Another execution (a teammate's) holds the document lock: tryLock returns false, waitLock throws. */
  heldElsewhere: boolean;
  /** How many of this script's locks are held right now: a test can check it is 0 after every action. */
  heldByScript: number;
}

export interface FakeServicesOptions {
  /** How the current execution was started: an add-on not yet used in this document opens in NONE. */
  authMode?: AuthMode;
  /** HTML files of the project, by name without `.html`, as `createHtmlOutputFromFile` finds them. */
  htmlFiles?: Record<string, string>;
  /** Session.getActiveUserLocale(): a language code such as 'en' or 'fr'. */
  userLocale?: string;
  /** Outside a container-bound context `getDocumentLock()` returns null. */
  containerBound?: boolean;
}

export interface FakeServices {
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  lock: LockState;
  options: Required<Omit<FakeServicesOptions, 'htmlFiles'>> & { htmlFiles: Record<string, string> };
  /** The Apps Script globals, ready to be put on a global object. */
  globals: Record<string, unknown>;
}

export function createServices(spreadsheet: FakeSpreadsheet, options: FakeServicesOptions = {}): FakeServices {
  const log = spreadsheet.log;
  const ui = new FakeUi(log);
  const lock: LockState = { heldElsewhere: false, heldByScript: 0 };
  const settings = {
    authMode: options.authMode ?? 'FULL',
    htmlFiles: options.htmlFiles ?? {},
    userLocale: options.userLocale ?? 'en',
    containerBound: options.containerBound ?? true,
  };
  const services: FakeServices = { spreadsheet, ui, lock, options: settings, globals: {} };

  const needsAuthorization = (method: string): void => {
    if (services.options.authMode === 'NONE') {
      throw new Error(
        `You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
      );
    }
  };

  const SpreadsheetApp = {
    DataValidationCriteria: {
      VALUE_IN_LIST: 'VALUE_IN_LIST',
      VALUE_IN_RANGE: 'VALUE_IN_RANGE',
      NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    },
    getActiveSpreadsheet(): FakeSpreadsheet {
      log.record('SpreadsheetApp.getActiveSpreadsheet');
      needsAuthorization('SpreadsheetApp.getActiveSpreadsheet');
      return spreadsheet;
    },
    getActive(): FakeSpreadsheet {
      log.record('SpreadsheetApp.getActive');
      needsAuthorization('SpreadsheetApp.getActive');
      return spreadsheet;
    },
    getUi(): FakeUi {
      log.record('SpreadsheetApp.getUi');
      return ui;
    },
    newTextStyle(): FakeTextStyleBuilder {
      log.record('SpreadsheetApp.newTextStyle');
      return new FakeTextStyleBuilder(log);
    },
    newDataValidation(): FakeDataValidationBuilder {
      log.record('SpreadsheetApp.newDataValidation');
      return new FakeDataValidationBuilder(log);
    },
    flush(): void {
      log.record('SpreadsheetApp.flush');
    },
  };

  const HtmlService = {
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
      log.record('HtmlService.createHtmlOutputFromFile');
      const name = filename.replace(/\.html$/, '');
      const content = services.options.htmlFiles[name];
      if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(log, content);
    },
    createHtmlOutput(html = ''): FakeHtmlOutput {
      log.record('HtmlService.createHtmlOutput');
      return new FakeHtmlOutput(log, html);
    },
  };

  const LockService = {
    getDocumentLock(): FakeLock | null {
      log.record('LockService.getDocumentLock');
      return services.options.containerBound ? new FakeLock(log, lock) : null;
    },
    getScriptLock(): FakeLock {
      log.record('LockService.getScriptLock');
      return new FakeLock(log, lock);
    },
  };

  const Session = {
    getActiveUserLocale(): string {
      log.record('Session.getActiveUserLocale');
      return services.options.userLocale;
    },
    getScriptTimeZone(): string {
      log.record('Session.getScriptTimeZone');
      return spreadsheet.timeZone;
    },
  };

  const ScriptApp = {
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
  };

  const Charts = {
    ChartType: {
      SCATTER: 'SCATTER',
      BUBBLE: 'BUBBLE',
      BAR: 'BAR',
      COLUMN: 'COLUMN',
      LINE: 'LINE',
      PIE: 'PIE',
      TABLE: 'TABLE',
    },
  };

  services.globals = { SpreadsheetApp, HtmlService, LockService, Session, ScriptApp, Charts };
  return services;
}

/** Puts the fake services on `target` (globalThis, or a vm context's global object). */
export function installServices(target: Record<string, unknown>, services: FakeServices): void {
  Object.assign(target, services.globals);
}

/** Removes them again, so one test's fakes never leak into the next. */
export function uninstallServices(target: Record<string, unknown>, services: FakeServices): void {
  for (const name of Object.keys(services.globals)) delete target[name];
}
