// Issue 14 in the workbench, end to end with the built add-on: the ideas sidebar opens from the menu in the panel
// the scenario sidebar uses, its google.script.run reaches dist/Code.js, and the page shows what its actions wrote.
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

const cell = (r: number, c: number) => page.locator(`td[data-r="${r}"][data-c="${c}"]`);
const IDEA = 'email-after-purchase-help';
const TITLE = 'After-purchase help tailored to what was bought';

describe('the ideas sidebar in the workbench', () => {
  it('opens from the menu in the sidebar panel, listing the catalogue from the server', async () => {
    await page.click('.menu-title');
    await page.click('.menu-items button:text-is("Browse opportunity ideas…")');
    await page.waitForSelector('#sidebar-panel:not([hidden])');
    expect(await page.textContent('#sidebar-title')).toBe('Opportunity ideas');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator(`#idea-${IDEA}`).waitFor();
    expect(await sidebar.locator('li.idea').count()).toBeGreaterThanOrEqual(40);
  });

  it('places an idea on the journey map: the page shows it in its touchpoint, in the opportunity colour', async () => {
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('#search').fill(TITLE);
    await sidebar.locator(`#idea-${IDEA}-place`).click();
    await sidebar.locator(`#idea-${IDEA}-placed`).waitFor();
    expect(await sidebar.locator(`#idea-${IDEA}-placed`).textContent()).toBe(
      'Placed on Journey map, cell G8 (Email × I use the product).',
    );
    await page.waitForFunction(
      (title) => document.querySelector('td[data-r="8"][data-c="7"]')?.textContent === title,
      TITLE,
    );
    expect(await cell(8, 7).evaluate((td) => (td as HTMLElement).style.backgroundColor)).toBe('rgb(147, 196, 125)');
    await cell(8, 7).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, 'workbench-ideas.png') });
  });

  it('adds it as a use case: the new row is on the use-case tab', async () => {
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator(`#idea-${IDEA}-add`).click();
    const status = sidebar.locator(`#idea-${IDEA}-status`);
    await status.filter({ hasText: /^Use case UC-\d+ added \(row \d+\)\.$/ }).waitFor();
    const [, id, row] = /^Use case (UC-\d+) added \(row (\d+)\)\.$/.exec((await status.textContent()) ?? '')!;
    await page.click('.tabs button:text-is("Use cases")');
    await page.waitForSelector('table.grid[aria-label="Use cases"]');
    expect(await cell(Number(row), 1).textContent()).toBe(id);
    expect(await cell(Number(row), 2).textContent()).toBe(TITLE);
  });

  it('kept every request on the workbench and logged no error', () => {
    expect(requests.filter((url) => !url.startsWith(workbench.url))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
