// Issue 12 in the workbench, end to end with the built add-on: colour a new friction on the journey map, draft
// use cases from it, rate and prioritise, see the Summary list the quick win no scenario serves, add a scenario
// serving it from the sidebar, refresh the Summary and see that gap close.
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

const FRICTION = 'No stock information in store';
const cell = (r: number, c: number) => page.locator(`td[data-r="${r}"][data-c="${c}"]`);

/** Runs a menu item and waits until the page has drawn the workbook as the item left it. */
async function menu(caption: string): Promise<void> {
  await page.click('.menu-title');
  const redrawn = page.waitForResponse((r) => r.url().endsWith('/api/state'));
  await page.click(`.menu-items button:text-is("${caption}")`);
  await redrawn;
}

async function tab(name: string): Promise<void> {
  await page.click(`.tabs button:text-is("${name}")`);
  await page.waitForSelector(`table.grid[aria-label="${name}"]`);
}

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
  await page.waitForSelector('dialog#dialog[open]');
  const text = (await page.textContent('#dialog-message')) ?? '';
  await page.click('dialog#dialog[open] button');
  return text;
}

/** Where a text is on the tab in front: the first cell showing it exactly. */
async function find(text: string): Promise<{ r: number; c: number }> {
  const td = page.locator(`td:text-is("${text}")`).first();
  return { r: Number(await td.getAttribute('data-r')), c: Number(await td.getAttribute('data-c')) };
}

/** The entries the Summary lists under a gap's heading, up to the next blank line. */
async function gapEntries(heading: string): Promise<string[]> {
  return page.evaluate((title) => {
    const rows = [...document.querySelectorAll('table.grid tr')];
    const start = rows.findIndex((tr) => tr.querySelector('td[data-c="1"]')?.textContent?.startsWith(title));
    const entries: string[] = [];
    for (const tr of rows.slice(start + 1)) {
      const line = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '').filter((t) => t !== '');
      if (line.length === 0) break;
      entries.push(line.join(' '));
    }
    return entries;
  }, heading);
}

describe('the method’s chain in the workbench', () => {
  let useCase = '';

  it('drafts a use case from a friction coloured on the journey map', async () => {
    const store = await find('Store');
    const stage = await find('I look for information');
    await type(store.r, stage.c, FRICTION);
    await cell(store.r, stage.c).click();
    await page.click('button[aria-label="Fill: Orange (friction)"]');
    await page.waitForFunction(
      ([r, c]) =>
        (document.querySelector(`td[data-r="${r}"][data-c="${c}"]`) as HTMLElement).style.backgroundColor !== '',
      [store.r, stage.c] as const,
    );
    await menu('Draft use cases from the journey map');
    expect(await dialogText()).toContain(FRICTION);
    await tab('Use cases');
    const drafted = await find(FRICTION);
    useCase = (await cell(drafted.r, 1).textContent()) ?? '';
    expect(useCase).toMatch(/^UC-\d+$/);
    expect(
      await page.locator(`tr:has(td:text-is("${FRICTION}")) td:text-is("Store × I look for information")`).count(),
    ).toBe(1);
  });

  it('rates and prioritises it: a quick win', async () => {
    const row = (await find(FRICTION)).r;
    await type(row, (await find('Business impact')).c, '5');
    await type(row, (await find('Customer experience impact')).c, '5');
    await type(row, (await find('Difficulty')).c, '1');
    await menu('Prioritise use cases');
    expect(await dialogText()).toContain(`${useCase} — ${FRICTION}`);
    expect(await page.locator(`tr:has(td:text-is("${useCase}")) td:text-is("Quick win")`).count()).toBe(1);
  });

  it('lists the quick win no scenario serves in the Summary', async () => {
    await menu('Refresh the summary');
    await tab('Summary');
    expect(useCase).not.toBe('');
    expect((await gapEntries('Quick wins and major projects no scenario serves')).join('\n')).toContain(useCase);
  });

  it('adds a scenario serving it from the sidebar, and the refreshed Summary closes the gap', async () => {
    await menu('Add a scenario…');
    await page.waitForSelector('#sidebar-panel:not([hidden])');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('#f-useCase').selectOption(useCase);
    await sidebar.locator('#f-name').fill('Store stock at a glance');
    await sidebar.locator('#f-target').fill('Loyalty members');
    await sidebar.locator('#f-phase').selectOption('relationship');
    await sidebar.locator('#f-channel').fill('Mobile app');
    await sidebar.locator('#f-programme').fill('Customer satisfaction');
    await sidebar.locator('#f-trigger').fill('Looks at a product page near a store');
    await sidebar.locator('#f-steps-0-day').fill('0');
    await sidebar.locator('#f-steps-0-channel').fill('Mobile app');
    await sidebar.locator('#f-steps-0-message').fill('In stock at your store');
    await sidebar.locator('#f-dataNeeds-0-variable').fill('Store stock');
    await sidebar.locator('#f-dataNeeds-0-source').fill('Store system');
    await sidebar.locator('button[type=submit]').click();
    await sidebar.locator('text=/^Scenario SC-\\d+ added/').waitFor();
    await page.click('#sidebar-close');
    await menu('Refresh the summary');
    await page.waitForSelector('table.grid[aria-label="Summary"]');
    await page.waitForFunction((id) => !document.querySelector('table.grid')?.textContent?.includes(`${id} `), useCase);
    expect((await gapEntries('Quick wins and major projects no scenario serves')).join('\n')).not.toContain(useCase);
    await page.screenshot({ path: join(OUTPUT, 'workbench-summary.png') });
    const charts = page.locator('figure.chart');
    expect(await charts.count()).toBe(2);
    expect(await charts.first().getAttribute('data-type')).toBe('COLUMN');
    await charts.first().screenshot({ path: join(OUTPUT, 'workbench-summary-chart.png') });
  });

  it('kept every request on the workbench and logged no error', () => {
    expect(requests.filter((url) => !url.startsWith(workbench.url))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
