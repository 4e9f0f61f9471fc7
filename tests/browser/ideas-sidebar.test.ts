// The built Ideas.html in a real browser, with a stub google.script.run that records every call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { ideaById } from '../../src/core/ideas';
import { ideasPayload } from '../../src/core/ideas/matching';
import type { IdeasPayload } from '../../src/core/ideas/payload';
import { CHANNEL_LABELS, STAGE_LABELS } from '../../src/core/vocabulary';
import { DIST } from '../support/env';
import { OUTPUT, launchBrowser } from '../support/browser';
import { ORIGIN, axeViolations, calls, focusedId, openPage, release, tabTo, waitForPending } from './sidebar-page';

const html = readFileSync(join(DIST, 'Ideas.html'), 'utf8');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const XSS = '<img src=x onerror=alert(1)>';
const language = (l: 'en' | 'fr') => ({
  channels: [...Object.values(CHANNEL_LABELS).map((c) => c[l]), XSS],
  stages: Object.values(STAGE_LABELS).map((s) => s[l]),
});
const PAYLOAD: IdeasPayload = ideasPayload('en', language('en').channels, language('en').stages);

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
});

const open = (payload: IdeasPayload = PAYLOAD) => openPage(context, html, { getIdeas: payload }, '#channel-filter');
const visibleIdeas = (page: Page) =>
  page.locator('li.idea:visible').evaluateAll((items) => items.map((item) => item.id.replace(/^idea-/, '')));
const visibleGroups = (page: Page) => page.locator('section.channel-group:visible h2').allTextContents();
const sent = async (page: Page, name: string) => (await calls(page)).filter((c) => c.name === name).map((c) => c.args);

/** Narrows the list to one idea by typing its title into the search, so few Tab presses reach it. */
async function searchFor(page: Page, text: string): Promise<void> {
  await tabTo(page, 'search');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

describe('the ideas sidebar', () => {
  it('lists every idea grouped by channel, and filters by channel and by text with the keyboard alone', async () => {
    const { page, requests, problems } = await open();
    expect(await focusedId(page)).toBe('channel-filter');
    expect(await visibleGroups(page)).toEqual(Object.values(CHANNEL_LABELS).map((c) => c.en));
    expect(await visibleIdeas(page)).toEqual(PAYLOAD.ideas.map((i) => i.id));
    expect(await page.textContent('#shown')).toBe(`${PAYLOAD.ideas.length} ideas.`);

    await page.keyboard.press('ArrowDown'); // Website
    await page.keyboard.press('ArrowDown'); // Mobile app
    expect(await visibleGroups(page)).toEqual(['Mobile app']);
    const app = PAYLOAD.ideas.filter((i) => i.channel === 'Mobile app').map((i) => i.id);
    expect(await visibleIdeas(page)).toEqual(app);
    expect(await page.textContent('#shown')).toBe(`${app.length} of ${PAYLOAD.ideas.length} ideas shown.`);

    await tabTo(page, 'search');
    await page.keyboard.type('DEVICE  logging'); // any case, any order, within the chosen channel
    expect(await visibleIdeas(page)).toEqual(['mobile-app-log-in-again']);
    await tabTo(page, 'channel-filter', true);
    await page.keyboard.press('Home'); // All channels, the search kept
    const both = PAYLOAD.ideas.filter(
      (i) => /device/i.test(`${i.title} ${i.detail}`) && /logging/i.test(`${i.title} ${i.detail}`),
    );
    expect(await visibleIdeas(page)).toEqual(both.map((i) => i.id));
    await searchFor(page, 'zzz nothing');
    expect(await visibleIdeas(page)).toEqual([]);
    expect(await visibleGroups(page)).toEqual([]);
    expect(await page.textContent('#shown')).toBe('No idea matches: clear the search or pick another channel.');
    await page.screenshot({ path: join(OUTPUT, 'ideas-sidebar-none.png'), fullPage: true });
    expect(requests).toEqual([`${ORIGIN}/`]);
    expect(problems).toEqual([]);
  });

  it('places an idea where it matched, by keyboard, marks it as placed and says where', async () => {
    const { page, requests, problems } = await open();
    const idea = ideaById('email-after-purchase-help')!;
    await searchFor(page, idea.title.en);
    expect(await visibleIdeas(page)).toEqual([idea.id]);
    expect(await page.inputValue(`#idea-${idea.id}-stage`)).toBe('I use the product');
    expect(await page.inputValue(`#idea-${idea.id}-channel`)).toBe('Email');
    expect(await page.locator(`#idea-${idea.id} .badge`).isVisible()).toBe(false);
    await tabTo(page, `idea-${idea.id}-place`);
    await page.keyboard.press('Enter');
    await waitForPending(page);
    expect(await sent(page, 'addIdeaToJourneyMap')).toEqual([
      [{ ideaId: idea.id, channel: 'Email', stage: 'I use the product' }],
    ]);
    const place = page.locator(`#idea-${idea.id}-place`);
    expect(await place.isDisabled()).toBe(true);
    expect(await place.textContent()).toBe('Placing…');
    expect(await page.locator(`#idea-${idea.id}-add`).isDisabled()).toBe(true);

    await release(page, { value: { tab: XSS, cell: 'G8' } });
    await page.waitForSelector(`#idea-${idea.id}.placed`);
    expect(await page.textContent(`#idea-${idea.id}-placed`)).toBe(
      `Placed on ${XSS}, cell G8 (Email × I use the product).`,
    );
    expect(await page.locator(`#idea-${idea.id} .badge`).isVisible()).toBe(true);
    expect(await place.textContent()).toBe('Place on the journey map');
    expect(await focusedId(page)).toBe(`idea-${idea.id}-place`);
    expect(await page.locator('img').count()).toBe(0);
    await page.screenshot({ path: join(OUTPUT, 'ideas-sidebar-placed.png'), fullPage: true });
    expect(requests).toEqual([`${ORIGIN}/`]);
    expect(problems).toEqual([]);
  });

  it('places on another stage and channel chosen by keyboard, and shows a refusal beside the action', async () => {
    const { page, problems } = await open();
    const idea = ideaById('website-click-and-collect')!;
    await searchFor(page, idea.title.en);
    await tabTo(page, `idea-${idea.id}-stage`);
    await page.keyboard.press('ArrowDown'); // I receive my order
    await tabTo(page, `idea-${idea.id}-channel`);
    await page.keyboard.press('End'); // the map's last channel: spreadsheet text, shown as text
    await tabTo(page, `idea-${idea.id}-place`);
    await page.keyboard.press('Enter');
    await waitForPending(page);
    expect(await sent(page, 'addIdeaToJourneyMap')).toEqual([
      [{ ideaId: idea.id, channel: XSS, stage: 'I receive my order' }],
    ]);
    const refusal =
      'Journey map!F6 (Website × I receive my order) already holds “Parcel tracking”. Nothing was written: pick another stage, or use Add as a use case.';
    await release(page, { error: `Error: ${refusal}` });
    await page.waitForSelector(`#idea-${idea.id}-error:not([hidden])`);
    expect(await page.textContent(`#idea-${idea.id}-error`)).toBe(refusal);
    expect(await page.locator(`#idea-${idea.id}.placed`).count()).toBe(0);
    expect(await page.locator(`#idea-${idea.id} .badge`).isVisible()).toBe(false);
    expect(await page.getAttribute(`#idea-${idea.id}-place`, 'aria-describedby')).toContain(`idea-${idea.id}-error`);
    expect(await axeViolations(page, axeSource)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'ideas-sidebar-refused.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('asks for a stage before placing an idea the map could not match, without calling the server', async () => {
    const { page, problems } = await open();
    const idea = ideaById('store-policies-differ')!; // any stage: nothing to preselect
    await searchFor(page, idea.title.en);
    expect(await page.inputValue(`#idea-${idea.id}-stage`)).toBe('');
    await tabTo(page, `idea-${idea.id}-place`);
    await page.keyboard.press('Enter');
    expect(await page.textContent(`#idea-${idea.id}-error`)).toBe('Choose a stage and a channel to place the idea.');
    expect(await focusedId(page)).toBe(`idea-${idea.id}-stage`);
    expect((await calls(page)).map((c) => c.name)).toEqual(['getIdeas']);
    expect(problems).toEqual([]);
  });

  it('adds an idea as a use case, with its touchpoint when both are chosen and without when not', async () => {
    const { page, problems } = await open();
    const matched = ideaById('store-stock-mismatch')!;
    await searchFor(page, matched.title.en);
    await tabTo(page, `idea-${matched.id}-add`);
    await page.keyboard.press('Enter');
    await waitForPending(page);
    expect(await page.locator(`#idea-${matched.id}-add`).textContent()).toBe('Adding…');
    await release(page, { value: { id: 'UC-06', row: 9 } });
    await page.waitForSelector(`#idea-${matched.id}-status:has-text("Use case UC-06 added (row 9).")`);

    const anyStage = ideaById('store-policies-differ')!;
    await searchFor(page, anyStage.title.en);
    await tabTo(page, `idea-${anyStage.id}-add`);
    await page.keyboard.press('Enter');
    await waitForPending(page);
    await release(page, { error: 'No idea in the catalogue has the ID “store-policies-differ”.' });
    await page.waitForSelector(`#idea-${anyStage.id}-error:not([hidden])`);
    expect(await sent(page, 'addIdeaAsUseCase')).toEqual([
      [{ ideaId: matched.id, channel: 'Store', stage: 'I buy' }],
      [{ ideaId: anyStage.id }],
    ]);
    expect(await page.textContent(`#idea-${anyStage.id}-error`)).toBe(
      'No idea in the catalogue has the ID “store-policies-differ”.',
    );
    expect(problems).toEqual([]);
  });

  it('puts spreadsheet text in as text, never as HTML', async () => {
    const { page, problems } = await open();
    expect(await page.locator('img').count()).toBe(0);
    const options = await page
      .locator(`#idea-website-remember-cart-channel option`)
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).text));
    expect(options[options.length - 1]).toBe(XSS);
    expect(problems).toEqual([]);
  });

  it('speaks French, and without a journey map offers only to add ideas as use cases', async () => {
    const payload = ideasPayload('fr', [], []);
    const { page, problems } = await open(payload);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('label[for=channel-filter]')).toBe('Canal');
    expect(await page.textContent('.notice')).toMatch(/^Pour placer des idées, ce classeur doit avoir un parcours/);
    expect(await page.locator('button[id$=-place]').count()).toBe(0);
    expect(await page.locator('button[id$=-add]').count()).toBe(payload.ideas.length);
    expect(await page.textContent('#idea-website-remember-cart-add')).toBe('Ajouter comme cas d’usage');
    await tabTo(page, 'search');
    await page.keyboard.type('RESEAUX'); // no accents needed
    expect(await visibleGroups(page)).toContain('Réseaux sociaux');
    expect(await page.textContent('#shown')).toMatch(/^\d+ idées? affichées? sur \d+\.$/);
    expect(await axeViolations(page, axeSource)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('closes through google.script.host', async () => {
    const { page } = await open();
    await page.click('#close');
    expect(await page.evaluate(() => (window as unknown as { __closed?: boolean }).__closed)).toBe(true);
  });

  it('passes axe-core with no violations, filtered and with an idea placed', async () => {
    const { page } = await open();
    expect(await axeViolations(page, axeSource)).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'ideas-sidebar.png'), fullPage: true });
    await page.selectOption('#channel-filter', 'Store');
    await page.click('#idea-store-stock-mismatch-place');
    await waitForPending(page);
    await release(page, { value: { tab: 'Journey map', cell: 'E12' } });
    await page.waitForSelector('#idea-store-stock-mismatch.placed');
    expect(await axeViolations(page, axeSource)).toEqual([]);
  });
});
