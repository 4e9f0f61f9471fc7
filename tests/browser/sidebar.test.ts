// The built Sidebar.html in a real browser, with a stub google.script.run that records every call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import type { SidebarOptions } from '../../src/core/scenario';
import { DIST } from '../support/env';
import { OUTPUT, launchBrowser } from '../support/browser';
import { ORIGIN, axeViolations, calls, openPage, release, tabTo } from './sidebar-page';
import { OPTIONS, XSS } from './scenario-options';

const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
});

const open = (options: SidebarOptions = OPTIONS) =>
  openPage(context, html, { getSidebarOptions: options }, '#scenario-form');

async function typeIn(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

describe('the scenario sidebar', () => {
  it('is filled with the keyboard alone, sends the exact payload, shows progress, confirms and clears', async () => {
    const { page, requests, problems } = await open();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-name');
    await page.keyboard.type('Welcome series');
    await typeIn(page, 'f-target', 'New customers');
    await tabTo(page, 'f-phase');
    await page.keyboard.press('ArrowDown'); // Welcome
    await typeIn(page, 'f-channel', 'Email');
    await typeIn(page, 'f-programme', 'Activation');
    await page.keyboard.press('Tab'); // onto the checked radio (Behaviour)
    await page.keyboard.press('ArrowRight'); // Event
    await typeIn(page, 'f-trigger', 'Birthday');
    await typeIn(page, 'f-steps-0-day', '0');
    await typeIn(page, 'f-steps-0-channel', 'Email');
    await typeIn(page, 'f-steps-0-message', 'Happy birthday');
    await tabTo(page, 'add-step');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-steps-1-day');
    await page.keyboard.type('5');
    await typeIn(page, 'f-steps-1-channel', 'SMS');
    await typeIn(page, 'f-steps-1-message', 'Birthday code ends soon');
    await tabTo(page, 'add-step');
    await page.keyboard.press('Enter'); // a third step…
    expect(await page.locator('li.step').count()).toBe(3);
    await page.keyboard.press('Shift+Tab'); // …onto its remove button…
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove step 3');
    await page.keyboard.press('Enter'); // …and removed again
    expect(await page.locator('li.step').count()).toBe(2);
    await typeIn(page, 'f-dataNeeds-0-variable', 'Birth date');
    await typeIn(page, 'f-dataNeeds-0-source', 'CRM');
    await tabTo(page, 'add-need');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Opt-in');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Email platform');
    await page.keyboard.press('Enter'); // submits the form from a text field

    await page.waitForFunction(() => (window as unknown as { __pending(): number }).__pending() === 1);
    const button = page.locator('button[type=submit]');
    expect(await button.isDisabled()).toBe(true);
    expect(await button.textContent()).toBe('Adding the scenario…');
    const sent = (await calls(page)).filter((c) => c.name === 'addScenario');
    expect(sent).toEqual([
      {
        name: 'addScenario',
        args: [
          {
            name: 'Welcome series',
            useCase: '',
            programme: 'Activation',
            target: 'New customers',
            phase: 'welcome',
            channel: 'Email',
            triggerType: 'event',
            trigger: 'Birthday',
            steps: [
              { day: 0, channel: 'Email', message: 'Happy birthday' },
              { day: 5, channel: 'SMS', message: 'Birthday code ends soon' },
            ],
            dataNeeds: [
              { variable: 'Birth date', source: 'CRM' },
              { variable: 'Opt-in', source: 'Email platform' },
            ],
          },
        ],
      },
    ]);
    await page.screenshot({ path: join(OUTPUT, 'sidebar-sending.png'), fullPage: true });

    await release(page, { value: { id: 'SC-002', row: 5 } });
    await page.waitForSelector('text=Scenario SC-002 added (row 5). The form is ready for the next one.');
    expect(await button.isDisabled()).toBe(false);
    expect(await button.textContent()).toBe('Add the scenario');
    expect(await page.inputValue('#f-name')).toBe('');
    expect(await page.locator('li.step').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-name');
    expect(
      await page.locator('#targets-list option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toContain('New customers');
    expect(requests).toEqual([`${ORIGIN}/`]);
    expect(problems).toEqual([]);
  });

  it('checks the form before calling the server, and shows each error next to its field', async () => {
    const { page, problems } = await open();
    await page.keyboard.type('abandoned cart');
    await typeIn(page, 'f-steps-0-day', '400');
    await page.keyboard.press('Enter');
    // Beside its field, a message says what to do without repeating the field's name.
    expect(await page.textContent('#f-name-error')).toBe(
      'A scenario named “abandoned cart” already exists: choose another name (data needs refer to scenarios by name)',
    );
    expect(await page.textContent('#f-steps-0-day-error')).toBe(
      'A whole number of days from 0 to 365 (0 = the day of the trigger)',
    );
    expect(await page.textContent('#f-target-error')).toBe('This is required: fill it in');
    expect(await page.getAttribute('#f-target', 'aria-invalid')).toBe('true');
    expect(await page.textContent('.form-error')).toMatch(/^\d+ fields to fix before adding the scenario\.$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-name');
    expect((await calls(page)).map((c) => c.name)).toEqual(['getSidebarOptions']);
    await page.screenshot({ path: join(OUTPUT, 'sidebar-errors.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows a server refusal by the field it names, and a general failure above the form', async () => {
    const { page, problems } = await open({ ...OPTIONS, existingNames: [] });
    await page.fill('#f-name', 'Abandoned cart');
    await page.fill('#f-target', 'All contacts');
    await page.selectOption('#f-phase', 'activation');
    await page.fill('#f-channel', 'Email');
    await page.fill('#f-programme', 'Conversion');
    await page.fill('#f-trigger', 'Leaves a cart');
    await page.fill('#f-steps-0-day', '1');
    await page.fill('#f-steps-0-channel', 'Email');
    await page.fill('#f-steps-0-message', 'Reminder');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => (window as unknown as { __pending(): number }).__pending() === 1);
    await release(page, {
      error:
        'Error: Scenario name: a scenario named “Abandoned cart” already exists: choose another name\nStep 1, channel: at most 60 characters: shorten it',
    });
    await page.waitForSelector('#f-name-error:not([hidden])');
    expect(await page.textContent('#f-name-error')).toBe(
      'A scenario named “Abandoned cart” already exists: choose another name',
    );
    expect(await page.textContent('#f-steps-0-channel-error')).toBe('At most 60 characters: shorten it');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-name');
    expect(await page.inputValue('#f-trigger')).toBe('Leaves a cart');

    await page.fill('#f-name', 'Cart reminder');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => (window as unknown as { __pending(): number }).__pending() === 1);
    await release(page, {
      error: 'Someone else is updating this spreadsheet right now. Nothing was changed: try again in a few seconds.',
    });
    await page.waitForSelector('.form-error:not([hidden])');
    expect(await page.textContent('.form-error')).toBe(
      'Someone else is updating this spreadsheet right now. Nothing was changed: try again in a few seconds.',
    );
    expect(await page.isHidden('#f-name-error')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('shows the server’s message alone, whatever kind of error Apps Script put in front of it', async () => {
    const { page, problems } = await open({ ...OPTIONS, existingNames: [] });
    const submit = async (error: string): Promise<void> => {
      await page.fill('#f-name', 'Cart reminder');
      await page.fill('#f-target', 'All contacts');
      await page.selectOption('#f-phase', 'activation');
      await page.fill('#f-channel', 'Email');
      await page.fill('#f-programme', 'Conversion');
      await page.fill('#f-trigger', 'Leaves a cart');
      await page.fill('#f-steps-0-day', '1');
      await page.fill('#f-steps-0-channel', 'Email');
      await page.fill('#f-steps-0-message', 'Reminder');
      await page.click('button[type=submit]');
      await page.waitForFunction(() => (window as unknown as { __pending(): number }).__pending() === 1);
      await release(page, { error });
    };
    await submit(
      'UserFacingError: Scenario name: a scenario named “Cart reminder” already exists: choose another name',
    );
    await page.waitForSelector('#f-name-error:not([hidden])');
    expect(await page.textContent('#f-name-error')).toBe(
      'A scenario named “Cart reminder” already exists: choose another name',
    );
    await submit(
      'Exception: Add a scenario… could not finish (Service error: Spreadsheets). Nothing was changed: try again.',
    );
    await page.waitForSelector('.form-error:not([hidden])');
    expect(await page.textContent('.form-error')).toBe(
      'Add a scenario… could not finish (Service error: Spreadsheets). Nothing was changed: try again.',
    );
    expect(problems).toEqual([]);
  });

  it('puts spreadsheet data in as text, never as HTML', async () => {
    const { page, problems } = await open();
    expect(await page.locator('img').count()).toBe(0);
    const values = await page
      .locator('#targets-list option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(values).toEqual(['All contacts', XSS]);
    await page.fill('#f-target', XSS);
    expect(await page.inputValue('#f-target')).toBe(XSS);
    expect(problems).toEqual([]);
  });

  it('speaks French when the sheet does', async () => {
    const { page } = await open({
      ...OPTIONS,
      language: 'fr',
      phases: OPTIONS.phases.map((p) => ({ ...p, label: p.value === 'welcome' ? 'Bienvenue' : p.label })),
    });
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('label[for=f-name]')).toBe('Nom du scénario');
    expect(await page.textContent('button[type=submit]')).toBe('Ajouter le scénario');
    await page.click('button[type=submit]');
    expect(await page.textContent('#f-name-error')).toBe('Ce champ est obligatoire : remplissez-le');
  });

  it('closes through google.script.host', async () => {
    const { page } = await open();
    await page.click('#close');
    expect(await page.evaluate(() => (window as unknown as { __closed?: boolean }).__closed)).toBe(true);
  });

  it('passes axe-core with no violations, blank and with errors shown', async () => {
    const { page } = await open();
    expect(await axeViolations(page, axeSource)).toEqual([]);
    await page.click('button[type=submit]');
    expect(await axeViolations(page, axeSource)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'sidebar.png'), fullPage: true });
  });
});
