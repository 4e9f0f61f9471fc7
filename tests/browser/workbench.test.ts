// `npm start`'s workbench end to end in Debian's Chromium: the built dist/Code.js behind a real page.
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
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(workbench.url);
  await page.waitForSelector('table.grid');
});

afterAll(async () => {
  await browser?.close();
  await workbench?.close();
});

const cell = (r: number, c: number) => page.locator(`td[data-r="${r}"][data-c="${c}"]`);

async function menu(caption: string): Promise<void> {
  await page.click('.menu-title');
  await page.click(`.menu-items >> text=${caption}`);
}

async function tab(name: string): Promise<void> {
  await page.click(`.tabs button:text-is("${name}")`);
  await page.waitForSelector(`table.grid[aria-label="${name}"]`);
}

/** Types into a cell as a person does: select it, type, Enter; waits until the grid shows it. */
async function type(r: number, c: number, text: string): Promise<void> {
  await cell(r, c).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([row, col, t]) => document.querySelector(`td[data-r="${row}"][data-c="${col}"]`)?.textContent === t,
    [r, c, text] as const,
  );
}

async function dialogText(): Promise<string> {
  await page.waitForSelector('dialog[open]');
  return (await page.textContent('#dialog-message')) ?? '';
}

async function closeDialog(): Promise<void> {
  await page.click('dialog[open] button');
  await page.waitForSelector('dialog:not([open])', { state: 'attached' });
}

describe('the workbench', () => {
  it('sets up the template from the menu the add-on registered', async () => {
    expect(await page.textContent('.menu-title')).toBe('Omnichannel');
    // The page opens on the template already set up; New workbook gives an empty spreadsheet, as Google does.
    await page.click('#new-workbook');
    await page.waitForFunction(() => document.querySelectorAll('.tabs button').length === 1);
    expect(await page.textContent('.tabs button')).toBe('Sheet1');
    await menu('Set up the template tabs');
    await page.waitForSelector(
      '.toast >> text=Created: “Summary”, “Journey map”, “Use cases”, “Scenario map”, “Data needs”, “KPIs”.',
    );
    expect(await page.locator('.tabs button').allTextContents()).toEqual([
      'Summary',
      'Sheet1',
      'Journey map',
      'Use cases',
      'Scenario map',
      'Data needs',
      'KPIs',
    ]);
  });

  it('shows a red touchpoint as a problem when validating colour codes', async () => {
    await tab('Journey map');
    expect(await cell(3, 3).textContent()).toBe('Friction');
    expect(await cell(3, 2).getAttribute('title')).toBe('Normal: the touchpoint works; nothing to do.');
    await cell(6, 3).click();
    await page.click('button[aria-label="Fill: Red"]');
    await page.waitForFunction(
      () =>
        (document.querySelector('td[data-r="6"][data-c="3"]') as HTMLElement).style.backgroundColor ===
        'rgb(255, 0, 0)',
    );
    await menu('Validate colour codes');
    expect(await dialogText()).toContain(
      '• C6 (Website × I look for information): unknown colour #ff0000: use one of the legend’s colours',
    );
    await page.screenshot({ path: join(OUTPUT, 'workbench-colour-codes.png') });
    await closeDialog();
  });

  it('prioritises use cases typed in the grid and shows the rows reordered', async () => {
    await tab('Use cases');
    expect(await cell(7, 8).getAttribute('class')).toContain('dropdown');
    await type(9, 1, 'UC-06');
    await type(9, 2, 'Loyalty app with store stock');
    await type(9, 6, '5');
    await type(9, 7, '4,5');
    await type(9, 8, '1');
    await menu('Prioritise use cases');
    expect(await dialogText()).toContain('1. UC-06 — Loyalty app with store stock: score 95, Quick win');
    await closeDialog();
    expect(await cell(4, 1).textContent()).toBe('UC-06');
    expect(await cell(4, 11).textContent()).toBe('Quick win');
    expect(await cell(9, 1).textContent()).toBe('UC-04');
    // The priority matrix drawn beside the table: one point per scored use case.
    const chart = page.locator('figure.chart[aria-label="Priority matrix"]');
    expect(await chart.locator('circle').count()).toBe(6);
    expect(await chart.locator('circle title').first().textContent()).toBe('(1, 4.75)');
    await page.screenshot({ path: join(OUTPUT, 'workbench-priorities.png') });
  });

  it('adds a scenario from the real sidebar, and shows its row, its data needs and the overview', async () => {
    await menu('Add a scenario…');
    await page.waitForSelector('#sidebar-panel:not([hidden])');
    expect(await page.textContent('#sidebar-title')).toBe('Add a scenario');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('#f-name').fill('Store stock alert');
    await sidebar.locator('#f-target').fill('Loyalty members');
    await sidebar.locator('#f-phase').selectOption('relationship');
    await sidebar.locator('#f-channel').fill('Mobile app');
    await sidebar.locator('#f-programme').fill('Customer satisfaction');
    await sidebar.locator('#f-trigger').fill('A wished product is back in the nearest store');
    await sidebar.locator('#f-steps-0-day').fill('0');
    await sidebar.locator('#f-steps-0-channel').fill('Mobile app');
    await sidebar.locator('#f-steps-0-message').fill('Back in stock near you');
    await sidebar.locator('#f-dataNeeds-0-variable').fill('Wish list');
    await sidebar.locator('#f-dataNeeds-0-source').fill('Mobile app database');
    await sidebar.locator('button[type=submit]').click();
    await sidebar.locator('text=Scenario SC-002 added (row 5). The form is ready for the next one.').waitFor();

    await tab('Scenario map');
    await page.waitForFunction(
      () => document.querySelector('td[data-r="5"][data-c="2"]')?.textContent === 'Store stock alert',
    );
    expect(await cell(5, 1).textContent()).toBe('SC-002');
    expect(await cell(5, 10).textContent()).toBe('D+0 · Mobile app · Back in stock near you');
    // The overview matrix, computed from its formulas: targets as rows, phases as columns.
    expect(await cell(4, 13).textContent()).toBe('All contacts');
    expect(await cell(5, 13).textContent()).toBe('Loyalty members');
    expect(await cell(5, 16).textContent()).toBe('Store stock alert');
    await page.screenshot({ path: join(OUTPUT, 'workbench.png') });

    await tab('Data needs');
    expect(await cell(8, 1).textContent()).toBe('Store stock alert');
    expect(await cell(8, 3).textContent()).toBe('Wish list');
  });

  it('switches to French and rebuilds the menu in French', async () => {
    await page.selectOption('#locale', 'fr_FR');
    await page.waitForFunction(() => document.querySelector('.menu-title')?.textContent === 'Omnicanal');
    await page.click('.menu-title');
    expect(await page.locator('.menu-items button').allTextContents()).toContain('Prioriser les cas d’usage');
    await page.keyboard.press('Escape');
    expect(await page.locator('.menu-items').isHidden()).toBe(true);
  });

  it('kept every request on the workbench and logged no error', () => {
    expect(requests.filter((url) => !url.startsWith(workbench.url))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
