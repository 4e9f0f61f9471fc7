/**
 * Ui (SpreadsheetApp.getUi()): menus, alerts, sidebars and dialogs. What was shown is kept on the Ui's view for the
 * tests and the workbench.
 */
import { CallLog } from './calls';
import { countCalls } from './counting';
import type { FakeHtmlOutput } from './html';

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

export class UiView {
  readonly menus: Menu[] = [];
  readonly alerts: Alert[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { output: FakeHtmlOutput; title: string; modal: boolean }[] = [];

  constructor(readonly log: CallLog) {}
}

export class FakeUi {
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  readonly view: UiView;

  constructor(log: CallLog) {
    this.view = new UiView(log);
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.view.log, caption, this.view.menus);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.view.log, '(add-on)', this.view.menus);
  }
  alert(titleOrPrompt: string, prompt?: string, buttons?: string): string {
    mustBeFlushed(this.view.log, 'Ui.alert');
    if (prompt === undefined) this.view.alerts.push({ title: '', prompt: String(titleOrPrompt), buttons: 'OK' });
    else this.view.alerts.push({ title: String(titleOrPrompt), prompt: String(prompt), buttons: buttons ?? 'OK' });
    return this.Button.OK;
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.view.sidebars.push(output);
  }
  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.view.dialogs.push({ output, title, modal: true });
  }
  showModelessDialog(output: FakeHtmlOutput, title: string): void {
    this.view.dialogs.push({ output, title, modal: false });
  }
}

const UI_API = [
  'createMenu',
  'createAddonMenu',
  'alert',
  'showSidebar',
  'showModalDialog',
  'showModelessDialog',
] as const satisfies readonly (keyof GoogleAppsScript.Base.Ui)[];
countCalls(FakeUi, 'Ui', UI_API);

/** A dialog suspends the script: what it reports must be saved first (SpreadsheetApp.flush). */
function mustBeFlushed(log: CallLog, call: string): void {
  if (log.unflushed > 0)
    throw new Error(`${call} with ${log.unflushed} write(s) not flushed: call SpreadsheetApp.flush() first.`);
}

export class FakeMenu {
  readonly view: { readonly log: CallLog; readonly caption: string; readonly items: Menu['items']; menus: Menu[] };

  /** `menus` is the Ui's list, which addToUi adds this menu to. */
  constructor(log: CallLog, caption: string, menus: Menu[]) {
    this.view = { log, caption, items: [], menus };
  }

  addItem(caption: string, functionName: string): this {
    this.view.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.view.items.push({ separator: true });
    return this;
  }
  addToUi(): void {
    this.view.menus.push({ caption: this.view.caption, items: [...this.view.items] });
  }
}

const MENU_API = [
  'addItem',
  'addSeparator',
  'addToUi',
] as const satisfies readonly (keyof GoogleAppsScript.Base.Menu)[];
countCalls(FakeMenu, 'Menu', MENU_API);
