/**
 * Ui (SpreadsheetApp.getUi()): menus, alerts, prompts, sidebars and dialogs. What was shown is kept on the Ui's
 * view for the tests and the workbench. A prompt is answered from a queue filled beforehand; with none queued it
 * throws PromptNeeded, so the workbench can ask the person and run the menu item again with the answer queued.
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

/** The buttons of each ButtonSet, which a prompt's answer must be one of (or CLOSE, the dialog's ×). */
const BUTTON_SETS = new Map<string, readonly string[]>([
  ['OK', ['OK']],
  ['OK_CANCEL', ['OK', 'CANCEL']],
  ['YES_NO', ['YES', 'NO']],
  ['YES_NO_CANCEL', ['YES', 'NO', 'CANCEL']],
]);

/** A person's answer to a prompt: the button clicked (CLOSE: the dialog's ×) and the text typed. */
export interface PromptAnswer {
  button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
  text?: string;
}

export interface AnsweredPrompt extends Alert {
  answer: Required<PromptAnswer>;
}

/** Thrown by Ui.prompt when no answer was queued: it carries what the person is to be asked. */
export class PromptNeeded extends Error {
  constructor(
    readonly title: string,
    readonly prompt: string,
    readonly buttons: string,
  ) {
    super(`Ui.prompt "${title || prompt}" has no answer queued: call ui.view.answerPrompts(…) before the action.`);
    this.name = 'PromptNeeded';
  }
}

export class UiView {
  readonly menus: Menu[] = [];
  readonly alerts: Alert[] = [];
  readonly prompts: AnsweredPrompt[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { output: FakeHtmlOutput; title: string; modal: boolean }[] = [];
  /** The last prompt that found no answer, even if the add-on caught the PromptNeeded and showed its own message. */
  unanswered: PromptNeeded | null = null;
  private readonly answers: PromptAnswer[] = [];

  constructor(readonly log: CallLog) {}

  /** Queues the answers the next prompts get, in order. */
  answerPrompts(...answers: PromptAnswer[]): void {
    this.answers.push(...answers);
    this.unanswered = null;
  }

  /** The next queued answer to a prompt, which must be one of its buttons or its close button. */
  answer(asked: Alert): Required<PromptAnswer> {
    const next = this.answers.shift();
    if (next === undefined) throw (this.unanswered = new PromptNeeded(asked.title, asked.prompt, asked.buttons));
    if (next.button !== 'CLOSE' && !BUTTON_SETS.get(asked.buttons)?.includes(next.button))
      throw new Error(`The prompt "${asked.prompt}" offers ${asked.buttons}: it has no ${next.button} button.`);
    const answer = { button: next.button, text: next.text ?? '' };
    this.prompts.push({ ...asked, answer });
    return answer;
  }
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
  /** prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons), as Apps Script has it. */
  prompt(titleOrPrompt: string, promptOrButtons?: string, buttons?: string): FakePromptResponse {
    mustBeFlushed(this.view.log, 'Ui.prompt');
    const answer = this.view.answer(promptArguments(titleOrPrompt, promptOrButtons, buttons));
    return new FakePromptResponse(this.view.log, answer);
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
  'prompt',
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

/** Apps Script has no prompt(title, prompt): two arguments are a prompt and its buttons. */
function promptArguments(first: string, second?: string, third?: string): Alert {
  const asked =
    third !== undefined
      ? { title: String(first), prompt: String(second), buttons: third }
      : { title: '', prompt: String(first), buttons: second ?? 'OK' };
  if (!BUTTON_SETS.has(asked.buttons))
    throw new Error(
      `The parameters don't match the method signature for Ui.prompt (${asked.buttons} is no ButtonSet).`,
    );
  return asked;
}

export class FakePromptResponse {
  readonly view: { readonly log: CallLog; readonly answer: Required<PromptAnswer> };

  constructor(log: CallLog, answer: Required<PromptAnswer>) {
    this.view = { log, answer };
  }

  getResponseText(): string {
    return this.view.answer.text;
  }
  getSelectedButton(): string {
    return this.view.answer.button;
  }
}

const PROMPT_RESPONSE_API = [
  'getResponseText',
  'getSelectedButton',
] as const satisfies readonly (keyof GoogleAppsScript.Base.PromptResponse)[];
countCalls(FakePromptResponse, 'PromptResponse', PROMPT_RESPONSE_API);

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
