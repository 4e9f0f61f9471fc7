// The scenario sidebar's models and use cases in a real browser: Start from a model fills the form, a taken name is
// suffixed, typed text is never replaced without an inline yes, and the use case chosen is sent and refused by field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { scenarioPresets } from '../../src/core/presets';
import type { SidebarOptions } from '../../src/core/scenario';
import { DIST } from '../support/env';
import { OUTPUT, launchBrowser } from '../support/browser';
import { axeViolations, calls, openPage, release, tabTo } from './sidebar-page';
import { OPTIONS } from './scenario-options';

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

describe('models and use cases in the scenario sidebar', () => {
  const lists = { targets: OPTIONS.targets, channels: OPTIONS.channels, existingNames: OPTIONS.existingNames };
  const WITH_LISTS: SidebarOptions = {
    ...OPTIONS,
    useCases: [
      { id: 'UC-01', label: 'UC-01 — Show free click & collect on product pages' },
      { id: 'UC-02', label: 'UC-02 — Abandoned-cart reminders by email' },
    ],
    presets: scenarioPresets('en', lists),
  };
  const preset = (id: string) => WITH_LISTS.presets.find((p) => p.id === id)!;
  const formValues = (page: Page) =>
    page.evaluate(() => ({
      name: (document.getElementById('f-name') as HTMLInputElement).value,
      target: (document.getElementById('f-target') as HTMLInputElement).value,
      phase: (document.getElementById('f-phase') as HTMLSelectElement).value,
      steps: [...document.querySelectorAll('li.step')].map((li) =>
        [...li.querySelectorAll('input')].map((input) => input.value),
      ),
      needs: [...document.querySelectorAll('li.need')].map((li) =>
        [...li.querySelectorAll('input')].map((input) => input.value),
      ),
    }));

  it('fills every field from a model chosen by keyboard, and sends it exactly, with the use case chosen', async () => {
    const { page, problems } = await open(WITH_LISTS);
    expect(
      await page.locator('#f-model option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).text)),
    ).toEqual(['Blank', ...WITH_LISTS.presets.map((p) => p.label)]);
    await tabTo(page, 'f-model', true);
    await page.keyboard.press('ArrowDown'); // the first model: nothing typed yet, so no question
    expect(await page.isHidden('#model-confirm')).toBe(true);
    const welcome = preset('welcome').scenario;
    expect(await formValues(page)).toEqual({
      name: welcome.name,
      target: welcome.target,
      phase: welcome.phase,
      steps: welcome.steps.map((s) => [String(s.day), s.channel, s.message]),
      needs: (welcome.dataNeeds ?? []).map((n) => [n.variable, n.source]),
    });
    await tabTo(page, 'f-useCase');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // UC-02
    await tabTo(page, 'f-trigger');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __pending(): number }).__pending() === 1);
    expect((await calls(page)).filter((c) => c.name === 'addScenario').map((c) => c.args)).toEqual([
      [{ ...welcome, useCase: 'UC-02' }],
    ]);
    await release(page, {
      error: 'Error: Use case: no use case has the ID “UC-02”: pick one from the list',
    });
    await page.waitForSelector('#f-useCase-error:not([hidden])');
    expect(await page.textContent('#f-useCase-error')).toBe('No use case has the ID “UC-02”: pick one from the list');
    expect(await page.getAttribute('#f-useCase', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-useCase');
    expect(await axeViolations(page, axeSource)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'sidebar-model.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('suffixes a name already taken, and takes the one it just added into account', async () => {
    const { page, problems } = await open(WITH_LISTS);
    await page.selectOption('#f-model', 'abandoned-cart');
    expect(await page.inputValue('#f-name')).toBe('Abandoned cart (2)');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => (window as unknown as { __pending(): number }).__pending() === 1);
    const sent = (await calls(page)).filter((c) => c.name === 'addScenario').map((c) => c.args[0]);
    expect(sent).toEqual([{ ...preset('abandoned-cart').scenario, name: 'Abandoned cart (2)', useCase: '' }]);
    await release(page, { value: { id: 'SC-002', row: 5 } });
    await page.waitForSelector('text=Scenario SC-002 added (row 5). The form is ready for the next one.');
    expect(await page.inputValue('#f-model')).toBe('');
    await page.selectOption('#f-model', 'abandoned-cart');
    expect(await page.inputValue('#f-name')).toBe('Abandoned cart (3)');
    expect(problems).toEqual([]);
  });

  it('asks inline before replacing what was typed, keeps it on No, replaces it on Yes', async () => {
    const { page, problems } = await open(WITH_LISTS);
    await page.keyboard.type('My own scenario');
    await tabTo(page, 'f-model', true);
    await page.keyboard.press('ArrowDown'); // Welcome
    expect(await page.isVisible('#model-confirm')).toBe(true);
    expect(await page.textContent('#model-question')).toBe('Replace what you typed with the model “Welcome”?');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('model-keep');
    await page.keyboard.press('Enter'); // No, keep what I typed
    expect(await page.isHidden('#model-confirm')).toBe(true);
    expect(await page.inputValue('#f-model')).toBe('');
    expect(await page.inputValue('#f-name')).toBe('My own scenario');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-model');

    await page.keyboard.press('ArrowDown'); // Welcome again
    await tabTo(page, 'model-replace', true);
    await page.keyboard.press('Enter'); // Yes, replace it
    expect(await page.inputValue('#f-name')).toBe('Welcome');
    expect(await page.inputValue('#f-model')).toBe('welcome');
    expect(await page.isHidden('#model-confirm')).toBe(true);

    await page.keyboard.press('ArrowDown'); // another model, nothing typed since: no question
    expect(await page.isHidden('#model-confirm')).toBe(true);
    expect(await page.inputValue('#f-name')).toBe(WITH_LISTS.presets[1].scenario.name);

    await page.fill('#f-steps-0-message', 'Reworded');
    await page.focus('#f-model');
    await page.keyboard.press('Home'); // Blank
    expect(await page.textContent('#model-question')).toBe('Empty the form of what you typed?');
    await page.keyboard.press('Escape'); // Escape keeps it too
    expect(await page.inputValue('#f-steps-0-message')).toBe('Reworded');
    await page.keyboard.press('Home');
    await page.click('#model-replace');
    expect(await formValues(page)).toEqual({
      name: '',
      target: '',
      phase: '',
      steps: [['', '', '']],
      needs: [['', '']],
    });
    expect(problems).toEqual([]);
  });

  it('offers the use cases in table order, optional, and says so when there is none', async () => {
    const { page } = await open(WITH_LISTS);
    expect(
      await page
        .locator('#f-useCase option')
        .evaluateAll((o) => o.map((x) => [(x as HTMLOptionElement).value, x.textContent])),
    ).toEqual([
      ['', '— None —'],
      ['UC-01', 'UC-01 — Show free click & collect on product pages'],
      ['UC-02', 'UC-02 — Abandoned-cart reminders by email'],
    ]);
    expect(await page.textContent('label[for=f-useCase]')).toBe('Which use case does it serve?');
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('fieldset.section > legend')].map((l) => l.textContent),
    );
    expect(order.slice(0, 2)).toEqual(['Why', 'Who']);
    const empty = await open();
    expect(await empty.page.textContent('#f-useCase-hint')).toBe(
      'Optional. The use-case table has no use case with an ID yet.',
    );
  });
});
