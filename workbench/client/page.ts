/**
 * What the page knows and shares between its parts: the workbook as the server last described it, the tab in
 * front, the selected cell, the workbench's words in the workbook's language, and one way to redraw and to say
 * that something failed.
 */
import { Language, languageOf } from '../../src/core/language';
import { DisplaySheet, WorkbenchState } from '../protocol';
import { call } from './api';
import { SENTENCES, SentenceKey, WORDS, WordKey } from './words';

export interface Page {
  state: WorkbenchState | null;
  /** The tab in front: the one the add-on or the person last activated. */
  activeSheet: string;
  selected: { r: number; c: number };
}

export const page: Page = { state: null, activeSheet: '', selected: { r: 1, c: 1 } };

export const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

export function language(): Language {
  return languageOf(page.state?.locale ?? 'en_US');
}

export function say(key: WordKey): string {
  return WORDS[key][language()];
}

export function sentence(key: SentenceKey, value = ''): string {
  return SENTENCES[key][language()](value);
}

export function currentSheet(): DisplaySheet | undefined {
  return page.state?.sheets.find((s) => s.name === page.activeSheet);
}

const drawers: (() => void)[] = [];

/** The page's parts register how they draw; each refresh draws them all from the server's state. */
export function onDraw(draw: () => void): void {
  drawers.push(draw);
}

/**
 * Asks the server for the workbook and redraws. The page follows the tab the add-on left in front (activate,
 * setActiveSheet, insertSheet), as Sheets does; a new tab in front starts with its first cell selected.
 */
export async function refresh(): Promise<void> {
  const state = await call('GET /api/state');
  page.state = state;
  if (state.active !== page.activeSheet) {
    page.activeSheet = state.active;
    page.selected = { r: 1, c: 1 };
  }
  for (const draw of drawers) draw();
}

/** The workbench itself failed (a refused edit, a file that is not a workbook): said in a banner, not a dialog. */
export function reportFailure(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  $('error-text').textContent = sentence('failed', reason);
  $('error-banner').hidden = false;
}

/** Runs a page action; whatever it throws is reported, never left unhandled. */
export function attempt(action: () => Promise<unknown>): void {
  action().catch(reportFailure);
}
