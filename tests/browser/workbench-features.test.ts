// What the add-on's new features ask of the workbench, in Chromium: a prompt answered in a dialog (OK and Cancel
// in the workbook's language), a second sidebar and its bridge, line and stacked column charts drawn from a book
// that has them, a link that jumps to its cell and a sparkline marked. A hand-built add-on stands in for the
// features (tests/support/workbench-addon.ts); the charts' book is built through the fake as the features build it.
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { Workbench, startWorkbench } from '../../workbench/server';
import { OUTPUT, launchBrowser } from '../support/browser';
import { chartBook } from '../support/chart-book';
import { handBuiltAddOn } from '../support/workbench-addon';

let workbench: Workbench;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  workbench = await startWorkbench({ port: 0, dist: handBuiltAddOn(), start: 'empty' });
  browser = await launchBrowser({ width: 1400, height: 900 });
  page = await browser.context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(workbench.url);
  await page.waitForSelector('table.grid');
});

afterAll(async () => {
  await browser?.close();
  await workbench?.close();
});

const cell = (r: number, c: number) => page.locator(`td[data-r="${r}"][data-c="${c}"]`);
const front = () => page.getAttribute('table.grid', 'aria-label');

async function menu(caption: string): Promise<void> {
  await page.click('.menu-title');
  await page.click(`.menu-items button:text-is("${caption}")`);
}

describe('a prompt', () => {
  it('asks in a dialog with the prompt’s title, text and a field, then runs the item with the answer', async () => {
    await menu('Add a persona…');
    await page.waitForSelector('dialog#prompt[open]');
    expect(await page.textContent('#prompt-title')).toBe('Persona');
    expect(await page.textContent('#prompt-message')).toBe('The persona’s name:');
    expect(await page.locator('#prompt-buttons button').allTextContents()).toEqual(['OK', 'Cancel']);
    await page.fill('#prompt-input', 'Young parents');
    await page.screenshot({ path: join(OUTPUT, 'workbench-prompt.png') });
    await page.press('#prompt-input', 'Enter');
    await page.waitForFunction(
      () => document.querySelector('table.grid')?.getAttribute('aria-label') === 'Journey map — Young parents',
    );
    expect(await cell(1, 1).textContent()).toBe('Young parents');
    // The add-on's alert of the unanswered prompt is never shown.
    expect(await page.isHidden('dialog#dialog')).toBe(true);
  });

  it('does nothing on Cancel, and shows no error', async () => {
    await menu('Add a persona…');
    await page.waitForSelector('dialog#prompt[open]');
    await page.fill('#prompt-input', 'Students');
    await page.click('#prompt-buttons button:text-is("Cancel")');
    await page.waitForSelector('dialog#prompt:not([open])', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.tabs button').allTextContents()).toEqual(['Sheet1', 'Journey map — Young parents']);
    expect(await page.isHidden('dialog#dialog')).toBe(true);
  });

  it('asks each of several prompts in turn, with the buttons of its set', async () => {
    await menu('Two questions');
    await page.waitForSelector('dialog#prompt[open]');
    expect(await page.isHidden('#prompt-title')).toBe(true);
    await page.fill('#prompt-input', 'one');
    await page.click('#prompt-buttons button:text-is("OK")');
    await page.waitForFunction(() => document.querySelector('#prompt-message')?.textContent === 'Second');
    expect(await page.locator('#prompt-buttons button').allTextContents()).toEqual(['Yes', 'No']);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog#prompt:not([open])', { state: 'attached' });
  });

  it('speaks the workbook’s language: Annuler in French', async () => {
    await page.selectOption('#locale', 'fr_FR');
    await page.waitForFunction(() => document.querySelector('.menu-title')?.textContent === 'Essai');
    await menu('Ajouter un persona…');
    await page.waitForSelector('dialog#prompt[open]');
    expect(await page.locator('#prompt-buttons button').allTextContents()).toEqual(['OK', 'Annuler']);
    await page.click('#prompt-buttons button:text-is("Annuler")');
    await page.selectOption('#locale', 'en_US');
    await page.waitForFunction(() => document.querySelector('.menu-title')?.textContent === 'Trial');
  });
});

describe('a second sidebar', () => {
  it('is shown in the panel like the scenario sidebar, its google.script.run bridged, the page following it', async () => {
    await menu('Browse ideas…');
    await page.waitForSelector('#sidebar-panel:not([hidden])');
    expect(await page.textContent('#sidebar-title')).toBe('Opportunity ideas');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('li:text-is("Click & collect")').waitFor();
    await sidebar.locator('#place').click();
    await sidebar.locator('text=Placed in Sheet1!B2').waitFor();
    await page.waitForSelector('table.grid[aria-label="Sheet1"]');
    await page.waitForSelector('.toast >> text=Placed on Sheet1');
    expect(await cell(2, 2).textContent()).toBe('Click & collect');
    await page.screenshot({ path: join(OUTPUT, 'workbench-ideas-sidebar.png') });
    await page.click('#sidebar-close');
  });
});

describe('charts, links and sparklines', () => {
  beforeAll(async () => {
    workbench.session.useBook(chartBook());
    await page.reload();
    await page.waitForSelector('table.grid[aria-label="Summary"]');
  });

  it('draws the Summary’s stacked columns: one bar per non-zero value, stacked, with a legend', async () => {
    const chart = page.locator('figure.chart[aria-label="Touchpoints per stage"]');
    expect(await chart.getAttribute('data-type')).toBe('COLUMN');
    expect(await chart.locator('rect.bar').count()).toBe(7);
    expect(await chart.locator('.legend-entry').allTextContents()).toEqual(['Normal', 'Friction', 'Opportunity']);
    expect(await chart.locator('rect.bar title').allTextContents()).toContain('Friction — I compare: 2');
    // Stacked: a stage's bars share one column, each above the one before.
    const bars = await chart.locator('rect.bar').evaluateAll((rects) =>
      rects.map((r) => ({
        x: r.getAttribute('x'),
        y: Number(r.getAttribute('y')),
        h: Number(r.getAttribute('height')),
      })),
    );
    expect(new Set(bars.slice(0, 2).map((b) => b.x)).size).toBe(1);
    expect(bars[1].y + bars[1].h).toBeCloseTo(bars[0].y);
    await page.screenshot({ path: join(OUTPUT, 'workbench-stacked-columns.png') });
  });

  it('marks a sparkline as one the workbench does not draw', async () => {
    expect(await cell(9, 1).locator('.sparkline').textContent()).toBe('sparkline');
    expect(await cell(10, 1).getAttribute('title')).toMatch(/the workbench does not\. =IF\(COUNT/);
  });

  it('jumps from a link to its cell: the tab in front, the cell selected', async () => {
    await cell(7, 1).locator('a.link').click();
    await page.waitForSelector('table.grid[aria-label="Journey map"]');
    expect(await page.getAttribute('td.selected', 'data-r')).toBe('4');
    expect(await page.getAttribute('td.selected', 'data-c')).toBe('3');
    expect(await page.textContent('#cell-name')).toBe('C4');
    expect(workbench.session.state().active).toBe('Journey map');
  });

  it('draws the experience curves as lines: a blank rating is a gap, one line per persona with a legend', async () => {
    expect(await front()).toBe('Journey map');
    const own = page.locator('figure.chart[aria-label="Experience curve — Young parents"]');
    expect(await own.getAttribute('data-type')).toBe('LINE');
    expect(await own.locator('polyline.series-line').count()).toBe(2);
    expect(await own.locator('circle.point').count()).toBe(4);
    expect(await own.locator('circle.point title').first().textContent()).toBe('I discover: 3');
    expect(await own.locator('.legend-entry').count()).toBe(0);
    expect(await own.locator('text.category > title').allTextContents()).toEqual([
      'I discover',
      'I compare',
      'I buy',
      'I receive',
      'I ask for help',
    ]);
    const both = page.locator('figure.chart[aria-label="Experience curves by persona"]');
    expect(await both.locator('.legend-entry').allTextContents()).toEqual(['Young parents', 'Students']);
    // Students' first rating stands alone before its gap: a point, no line.
    expect(await both.locator('polyline.series-line').count()).toBe(3);
    expect(await both.locator('circle.point').count()).toBe(8);
    await page.screenshot({ path: join(OUTPUT, 'workbench-line-charts.png'), fullPage: true });
  });

  it('kept every request on the workbench and logged no error', () => {
    expect(requests.filter((url) => !url.startsWith(workbench.url))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
