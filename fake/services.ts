/**
 * The Apps Script globals the add-on touches (SpreadsheetApp, HtmlService, LockService, Session, ScriptApp,
 * Charts), built over one FakeSpreadsheet. `installServices` puts them on a global object: `globalThis` for
 * tests of the TypeScript sources, or a fresh `node:vm` context for tests of the built bundle.
 */
import { FakeSession, FakeSpreadsheetApp, charts, scriptApp } from './apps';
import { FakeHtmlService } from './html';
import { FakeLockService, LockState } from './lock';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

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

/** The options with their defaults, read by the services at each call: a test may change them as it goes. */
export type ServiceSettings = Required<Omit<FakeServicesOptions, 'htmlFiles'>> & { htmlFiles: Record<string, string> };

export interface FakeServices {
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  lock: LockState;
  options: ServiceSettings;
  /** The Apps Script globals, ready to be put on a global object. */
  globals: Record<string, unknown>;
}

export function createServices(spreadsheet: FakeSpreadsheet, options: FakeServicesOptions = {}): FakeServices {
  const log = spreadsheet.log;
  const ui = new FakeUi(log);
  const lock: LockState = { heldElsewhere: false, heldByScript: 0 };
  const settings: ServiceSettings = {
    authMode: options.authMode ?? 'FULL',
    htmlFiles: options.htmlFiles ?? {},
    userLocale: options.userLocale ?? 'en',
    containerBound: options.containerBound ?? true,
  };
  const app = { log, spreadsheet, ui, settings };
  const globals = {
    SpreadsheetApp: new FakeSpreadsheetApp(app),
    HtmlService: new FakeHtmlService(log, settings),
    LockService: new FakeLockService(log, lock, settings),
    Session: new FakeSession(app),
    ScriptApp: scriptApp(),
    Charts: charts(),
  };
  return { spreadsheet, ui, lock, options: settings, globals };
}

/** Puts the fake services on `target` (globalThis, or a vm context's global object). */
export function installServices(target: Record<string, unknown>, services: FakeServices): void {
  Object.assign(target, services.globals);
}

/** Removes them again, so one test's fakes never leak into the next. */
export function uninstallServices(target: Record<string, unknown>, services: FakeServices): void {
  for (const name of Object.keys(services.globals)) delete target[name];
}
