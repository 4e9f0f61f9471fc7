/**
 * The workbench (`npm start`) served on a free port with Debian's Chromium on it, as the browser tests drive it:
 * every request the page makes and every error it logs are kept, for the tests that check nothing leaves the
 * machine and nothing goes wrong unseen.
 */
import { Locator, Page } from 'playwright-core';
import { Workbench, startWorkbench } from '../../workbench/server';
import { SessionOptions } from '../../workbench/session';
import { launchBrowser } from '../support/browser';

export interface OpenedWorkbench {
  workbench: Workbench;
  page: Page;
  /** Every address the page asked for. */
  requests: string[];
  /** Console errors and uncaught exceptions on the page. */
  problems: string[];
  close(): Promise<void>;
}

/** Starts a workbench, opens it in a 1400 × 900 window and waits for `ready` (the grid by default). */
export async function openWorkbench(options: SessionOptions = {}, ready = 'table.grid'): Promise<OpenedWorkbench> {
  const workbench = await startWorkbench({ port: 0, ...options });
  const browser = await launchBrowser({ width: 1400, height: 900 });
  const page = await browser.context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(workbench.url);
  await page.waitForSelector(ready);
  return {
    workbench,
    page,
    requests,
    problems,
    close: async () => {
      await browser.close();
      await workbench.close();
    },
  };
}

/** The grid's cell at a row and column of the tab in front, numbered from 1 as in Sheets. */
export const cellAt = (page: Page, row: number, column: number): Locator =>
  page.locator(`td[data-r="${row}"][data-c="${column}"]`);

/** Clicks a menu item; with `redrawn`, waits until the page has drawn the workbook as the item left it. */
export async function clickMenu(page: Page, caption: string, { redrawn = false } = {}): Promise<void> {
  await page.click('.menu-title');
  const drawn = redrawn ? page.waitForResponse((r) => r.url().endsWith('/api/state')) : null;
  await page.click(`.menu-items button:text-is("${caption}")`);
  await drawn;
}

/** Brings a tab to the front and waits for its grid. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.click(`.tabs button:text-is("${name}")`);
  await page.waitForSelector(`table.grid[aria-label="${name}"]`);
}

/** Types into a cell as a person does (select, type, Enter) and waits until the grid shows it. */
export async function typeInCell(page: Page, row: number, column: number, text: string): Promise<void> {
  await cellAt(page, row, column).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([r, c, t]) => document.querySelector(`td[data-r="${r}"][data-c="${c}"]`)?.textContent === t,
    [row, column, text] as const,
  );
}
