// Issue 13 in the workbench, end to end with the built add-on: a persona added through the menu's prompt (a
// dialog with a text field, OK and Cancel), its stages rated in the grid, the experience curves drawn and seen.
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { Workbench, startWorkbench } from '../../workbench/server';
import { OUTPUT, launchBrowser } from '../support/browser';

let workbench: Workbench;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  workbench = await startWorkbench({ port: 0 });
  browser = await launchBrowser({ width: 1400, height: 900 });
  page = await browser.context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(workbench.url);
  await page.waitForSelector('table.grid[aria-label="Journey map"]');
});

afterAll(async () => {
  await browser?.close();
  await workbench?.close();
});

const PERSONA_TAB = 'Journey map — Young parents';
const cell = (r: number, c: number) => page.locator(`td[data-r="${r}"][data-c="${c}"]`);

async function menu(caption: string): Promise<void> {
  await page.click('.menu-title');
  await page.click(`.menu-items button:text-is("${caption}")`);
}

/** The row of a lane on the tab in front, found by its label in the first column as the add-on finds it. */
async function laneRow(label: string): Promise<number> {
  const row = await page.locator(`td[data-c="1"]:text-is("${label}")`).first().getAttribute('data-r');
  return Number(row);
}

describe('personas and experience curves in the workbench', () => {
  it('cancels the prompt: nothing is added', async () => {
    await menu('Add a persona journey map…');
    await page.waitForSelector('dialog#prompt[open]');
    expect(await page.textContent('#prompt-title')).toBe('Add a persona journey map');
    expect(await page.locator('#prompt-buttons button').allTextContents()).toEqual(['OK', 'Cancel']);
    await page.click('#prompt-buttons button:text-is("Cancel")');
    await page.waitForSelector('dialog#prompt:not([open])', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    expect(await page.locator(`.tabs button:text-is("${PERSONA_TAB}")`).count()).toBe(0);
  });

  it('adds a persona through the prompt and brings its journey map in front', async () => {
    await menu('Add a persona journey map…');
    await page.waitForSelector('dialog#prompt[open]');
    await page.fill('#prompt-input', 'Young parents');
    await page.screenshot({ path: join(OUTPUT, 'workbench-persona-prompt.png') });
    await page.press('#prompt-input', 'Enter');
    await page.waitForSelector(`table.grid[aria-label="${PERSONA_TAB}"]`);
    await page.waitForSelector('.toast >> text=Persona journey map');
    expect(await page.textContent('.tabs button[aria-selected="true"]')).toBe(PERSONA_TAB);
  });

  it('rates the persona’s stages in the grid, draws the curves and shows the line', async () => {
    const row = await laneRow('Experience (1–5)');
    const ratings = ['3', '4', '', '2', '5'];
    for (const [i, rating] of ratings.entries()) {
      if (rating === '') continue;
      await cell(row, 2 + i).click();
      await page.keyboard.type(rating);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        ([r, c, t]) => document.querySelector(`td[data-r="${r}"][data-c="${c}"]`)?.textContent === t,
        [row, 2 + i, rating] as const,
      );
    }
    await menu('Draw the experience curves');
    const chart = page.locator('figure.chart[aria-label="Experience curve — Young parents"]');
    await chart.waitFor();
    expect(await chart.getAttribute('data-type')).toBe('LINE');
    expect(await chart.locator('circle.point title').allTextContents()).toEqual([
      'I discover the brand: 3',
      'I look for information: 4',
      'I buy: 2',
      'I receive my order: 5',
    ]);
    // The blank rating at "I create an account" breaks the line in two.
    expect(await chart.locator('polyline.series-line').count()).toBe(2);
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, 'workbench-persona-curve.png') });
  });

  it('compares the personas on the first journey map, one line each with a legend', async () => {
    await page.click('.tabs button:text-is("Journey map")');
    const chart = page.locator('figure.chart[aria-label="Experience curves by persona"]');
    await chart.waitFor();
    expect(await chart.locator('.legend-entry').count()).toBe(2);
    expect(await chart.locator('.legend-entry').last().textContent()).toBe('Young parents');
  });

  it('marks the KPI tab’s trends as sparklines it does not draw, and its comparison as a formula it does not compute', async () => {
    await page.click('.tabs button:text-is("KPIs")');
    await page.waitForSelector('table.grid[aria-label="KPIs"]');
    const trend = await page.locator('td:text-is("Trend")').first().getAttribute('data-c');
    const latest = await page.locator('td:text-is("Latest vs target")').first().getAttribute('data-c');
    const first = page.locator(`td[data-c="${trend}"]:has(.sparkline)`).first();
    expect(await first.getAttribute('title')).toMatch(/^A sparkline: .* =SPARKLINE\(/);
    const row = await first.getAttribute('data-r');
    const comparison = page.locator(`td[data-r="${row}"][data-c="${latest}"]`);
    expect(await comparison.getAttribute('class')).toContain('uncomputed');
    expect(await comparison.getAttribute('class')).not.toContain('overflow');
  });

  it('kept every request on the workbench and logged no error', () => {
    expect(requests.filter((url) => !url.startsWith(workbench.url))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
