/**
 * The add-on running over one workbook: the fake Apps Script services around it and dist/Code.js loaded into
 * them, unchanged. Menu clicks and google.script.run calls go through the bundle's global functions exactly as
 * Apps Script would call them; what they showed (toasts, alerts, sidebars) is handed to the page once.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  Bundle,
  FakeServices,
  FakeSpreadsheet,
  PromptNeeded,
  createServices,
  declaredFunctions,
  distDir,
  errorMessage,
  loadBundle,
} from '../fake';
import { checkArguments, checkTransferable } from './bridge-rules';
import { CallOutcome, MenuItemView, PromptAnswer, PromptButtonSet, UiEvents, WorkbenchState } from './protocol';

/** Every page the build wrote (Sidebar.html, Ideas.html…), by name without .html, as createHtmlOutputFromFile finds them. */
function htmlFiles(dist: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(dist)) {
    if (file.endsWith('.html')) files[file.slice(0, -'.html'.length)] = readFileSync(join(dist, file), 'utf8');
  }
  return files;
}

export class AddOn {
  private readonly services: FakeServices;
  private readonly bundle: Bundle;
  private seen = { toasts: 0, alerts: 0, sidebars: 0 };

  constructor(
    readonly book: FakeSpreadsheet,
    dist = distDir(),
  ) {
    this.services = createServices(book, { htmlFiles: htmlFiles(dist) });
    this.bundle = loadBundle(this.services, readFileSync(join(dist, 'Code.js'), 'utf8'));
    this.open();
  }

  /** onOpen, as Sheets runs it when the document opens: the menu is rebuilt from what it registers. */
  open(): void {
    this.services.ui.view.menus.length = 0;
    this.bundle.onOpen({ authMode: 'LIMITED', source: null });
  }

  declares(name: string): boolean {
    return declaredFunctions(this.bundle).includes(name);
  }

  menu(): WorkbenchState['menu'] {
    const menu = this.services.ui.view.menus.at(-1);
    if (!menu) return null;
    return { caption: menu.caption, items: menu.items.filter((i): i is MenuItemView => 'functionName' in i) };
  }

  /**
   * A menu item: only functions the menu registered can be called this way. A prompt with no answer among
   * `answers` stops the run (the fake throws PromptNeeded, which the add-on's menu wrapper catches and alerts):
   * that alert is not the add-on's to show, the page asks the person and runs the item again with the answer.
   */
  runMenuItem(functionName: string, answers: readonly PromptAnswer[] = []): CallOutcome {
    if (!this.menu()?.items.some((i) => i.functionName === functionName)) {
      return { ok: false, error: `No menu item calls ${functionName}.`, events: this.events() };
    }
    const ui = this.services.ui.view;
    ui.unanswered = null;
    if (answers.length > 0) ui.answerPrompts(...answers);
    const outcome = this.call(functionName, []);
    const asked = this.takeUnanswered();
    if (asked === null) return outcome;
    // The run starts over once answered, and shows again whatever it showed before it asked.
    this.events();
    const prompt = { title: asked.title, message: asked.prompt, buttons: asked.buttons as PromptButtonSet };
    return { ok: false, prompt, events: { toasts: [], alerts: [], sidebars: [] } };
  }

  /** The prompt the last run found no answer for, if any; cleared for the next run. */
  private takeUnanswered(): PromptNeeded | null {
    const ui = this.services.ui.view;
    const asked = ui.unanswered;
    ui.unanswered = null;
    return asked;
  }

  /**
   * A google.script.run call from a sidebar. As in Apps Script: only top-level functions whose names do not end
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
    } finally {
      // The end of an execution applies the writes it queued, as Apps Script does: the next run starts flushed.
      this.book.log.unflushed = 0;
    }
  }

  /** The HTML of a sidebar the add-on opened, by its position in the order they were opened. */
  sidebarHtml(id: number): string | null {
    return this.services.ui.view.sidebars[id]?.view.content ?? null;
  }

  /** What the UI showed since the last time this was asked. */
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
