// `npm start`'s first minute, in each language: the page opens on the template with its journey map in front and
// a hint saying what to try first, the workbench speaks the workbook's language, and the page follows the tab the
// add-on puts in front. Screenshots in test-output/.
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { Workbench, startWorkbench } from '../../workbench/server';
import { OUTPUT, launchBrowser } from '../support/browser';

const LANGUAGES = [
  {
    locale: 'en_US',
    title: 'Omnichannel workbench',
    newWorkbook: 'New workbook',
    menu: 'Omnichannel',
    tabs: ['Summary', 'Sheet1', 'Journey map', 'Use cases', 'Scenario map', 'Data needs', 'KPIs'],
    hint: /^Try first: colour a touchpoint of the journey map .* Omnichannel › Validate colour codes\./,
    emptyHint: 'An empty spreadsheet, as Google gives one: start with Omnichannel › Set up the template tabs.',
    red: 'Fill: Red',
    validate: 'Validate colour codes',
    setUp: 'Set up the template tabs',
    failure: /^The workbench could not do that: This is not a workbook saved by the workbench/,
  },
  {
    locale: 'fr_FR',
    title: 'Banc d’essai Omnicanal',
    newWorkbook: 'Nouveau classeur',
    menu: 'Omnicanal',
    tabs: ['Synthèse', 'Feuille 1', 'Parcours client', "Cas d'usage", 'Scénarios', 'Besoins de données', 'Indicateurs'],
    hint: /^À essayer d’abord : colorez un point de contact du parcours .* Omnicanal › Valider les codes couleur\./,
    emptyHint: 'Un classeur vide, tel que Google le donne : commencez par Omnicanal › Créer les onglets du modèle.',
    red: 'Remplissage : Rouge',
    validate: 'Valider les codes couleur',
    setUp: 'Créer les onglets du modèle',
    failure: /^Le banc d’essai n’a pas pu le faire : This is not a workbook saved by the workbench/,
  },
];

describe.each(LANGUAGES)('the first minute in $locale', (words) => {
  let workbench: Workbench;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const problems: string[] = [];
  const journeyMap = words.tabs[2];
  /** Set-up inserts the Summary last, at the front: Sheets puts an inserted tab in front. */
  const summary = words.tabs[0];

  beforeAll(async () => {
    workbench = await startWorkbench({ port: 0, locale: words.locale });
    browser = await launchBrowser({ width: 1400, height: 900 });
    page = await browser.context.newPage();
    page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(workbench.url);
    await page.waitForSelector('table.grid');
  });

  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });

  const selectedTab = () => page.textContent('.tabs button[aria-selected="true"]');

  async function menu(caption: string): Promise<void> {
    await page.click('.menu-title');
    await page.click(`.menu-items button:text-is("${caption}")`);
  }

  it('opens on the template, its journey map in front, with the hint of what to try first', async () => {
    expect(await page.locator('.tabs button').allTextContents()).toEqual(words.tabs);
    expect(await selectedTab()).toBe(journeyMap);
    expect(await page.getAttribute('table.grid', 'aria-label')).toBe(journeyMap);
    expect(await page.isVisible('#hint')).toBe(true);
    expect(await page.textContent('#hint-text')).toMatch(words.hint);
    await page.screenshot({ path: join(OUTPUT, `workbench-first-minute-${words.locale}.png`) });
  });

  it('speaks the workbook’s language: toolbar, menu, palette, the page’s language', async () => {
    expect(await page.textContent('h1')).toBe(words.title);
    expect(await page.textContent('#new-workbook')).toBe(words.newWorkbook);
    expect(await page.textContent('.menu-title')).toBe(words.menu);
    expect(await page.locator(`.palette button[aria-label="${words.red}"]`).count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe(words.locale.slice(0, 2));
  });

  it('stays on the tab the person chose when the add-on moves none', async () => {
    await page.click(`.tabs button:text-is("${words.tabs[3]}")`);
    await menu(words.validate);
    await page.waitForSelector('dialog[open]');
    await page.click('dialog[open] button');
    expect(await selectedTab()).toBe(words.tabs[3]);
  });

  it('brings in front the tab a menu item activates, after New workbook gives an empty spreadsheet', async () => {
    await page.click('#new-workbook');
    await page.waitForFunction(() => document.querySelectorAll('.tabs button').length === 1);
    expect(await page.textContent('#hint-text')).toBe(words.emptyHint);
    await menu(words.setUp);
    await page.waitForFunction(
      (name) => document.querySelector('table.grid')?.getAttribute('aria-label') === name,
      summary,
    );
    expect(await selectedTab()).toBe(summary);
    await page.screenshot({ path: join(OUTPUT, `workbench-set-up-${words.locale}.png`) });
  });

  it('says a failure of its own in a banner, in the workbook’s language, and lets both banners be dismissed', async () => {
    await page.setInputFiles('#load-json', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await page.waitForSelector('#error-banner:not([hidden])');
    expect(await page.textContent('#error-text')).toMatch(words.failure);
    // Chromium logs the refused request itself; nothing else went wrong.
    expect(problems.splice(0)).toEqual([expect.stringMatching(/status of 400 \(Bad Request\)$/)]);
    await page.click('#error-close');
    await page.click('#hint-close');
    expect(await page.isHidden('#error-banner')).toBe(true);
    expect(await page.isHidden('#hint')).toBe(true);
  });

  it('logged no error', () => {
    expect(problems).toEqual([]);
  });
});

describe('the page’s locale switch', () => {
  it('opens the template in the language chosen while nothing was done to it', async () => {
    const workbench = await startWorkbench({ port: 0 });
    const browser = await launchBrowser({ width: 1400, height: 900 });
    try {
      const page = await browser.context.newPage();
      await page.goto(workbench.url);
      await page.waitForSelector('table.grid[aria-label="Journey map"]');
      await page.selectOption('#locale', 'fr_FR');
      await page.waitForSelector('table.grid[aria-label="Parcours client"]');
      expect(await page.textContent('h1')).toBe('Banc d’essai Omnicanal');
      expect(await page.locator('.tabs button').allTextContents()).toContain('Feuille 1');
    } finally {
      await browser.close();
      await workbench.close();
    }
  });
});
