/**
 * A built sidebar page (dist/*.html) in Chromium with a stub google.script.run: calls are recorded with their
 * arguments round-tripped through JSON (as google.script.run does), the functions named in `immediate` answer at
 * once, and every other call waits until the test releases it with a result or an error. Every request the page
 * makes is recorded and refused except the page itself, and console errors, page errors and dialogs are collected.
 */
import { BrowserContext, Page } from 'playwright-core';

export const ORIGIN = 'http://sidebar.test';

export interface OpenedPage {
  page: Page;
  requests: string[];
  problems: string[];
}

function stub(immediate: Record<string, unknown>): void {
  const w = window as unknown as Record<string, unknown>;
  const calls: { name: string; args: unknown[] }[] = [];
  w.__calls = calls;
  const pending: { succeed: (v: unknown) => void; fail: (e: Error) => void }[] = [];
  w.__release = (outcome: { value?: unknown; error?: string }) => {
    const next = pending.shift();
    if (!next) throw new Error('No pending call');
    if (outcome.error !== undefined) next.fail(new Error(outcome.error));
    else next.succeed(outcome.value);
  };
  w.__pending = () => pending.length;
  const runner = (succeed: (v: unknown) => void, fail: (e: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get(_t, prop: string) {
          if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
          if (prop === 'withFailureHandler') return (f: (e: Error) => void) => runner(succeed, f);
          return (...args: unknown[]) => {
            calls.push({ name: prop, args: JSON.parse(JSON.stringify(args)) });
            if (prop in immediate) setTimeout(() => succeed(immediate[prop]), 0);
            else pending.push({ succeed, fail });
          };
        },
      },
    );
  w.google = {
    script: {
      run: runner(
        () => undefined,
        () => undefined,
      ),
      host: {
        close: () => {
          w.__closed = true;
        },
      },
    },
  };
}

export async function openPage(
  context: BrowserContext,
  html: string,
  immediate: Record<string, unknown>,
  ready: string,
): Promise<OpenedPage> {
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.route('**/*', (route) =>
    route.request().url() === `${ORIGIN}/` ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort(),
  );
  await page.addInitScript(stub, immediate);
  await page.goto(`${ORIGIN}/`);
  await page.waitForSelector(ready);
  return { page, requests, problems };
}

/** Presses Tab until the element with this id has the focus: proof it is reachable by keyboard alone. */
export async function tabTo(page: Page, id: string, shift = false, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`#${id} cannot be reached with the Tab key`);
}

export const focusedId = (page: Page): Promise<string | undefined> => page.evaluate(() => document.activeElement?.id);

export const calls = (page: Page): Promise<{ name: string; args: unknown[] }[]> =>
  page.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);

export const release = (page: Page, outcome: { value?: unknown; error?: string }): Promise<void> =>
  page.evaluate((o) => (window as unknown as { __release(o: unknown): void }).__release(o), outcome);

export const waitForPending = (page: Page, count = 1): Promise<unknown> =>
  page.waitForFunction((n) => (window as unknown as { __pending(): number }).__pending() === n, count);

/** axe-core's violations on the page as it stands: their rule ids and how many nodes each. */
export async function axeViolations(page: Page, axeSource: string): Promise<{ id: string; nodes: number }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } })
      .axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
  });
}
