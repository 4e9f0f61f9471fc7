/**
 * The add-on's menu as onOpen registered it, in the workbook's language, and what a click on an item does: run
 * its function, ask the prompts it asks (running the item again with the answers, as the person gave them), show
 * what it showed, and follow the tab it left in front.
 */
import { CallOutcome, PromptAnswer } from '../protocol';
import { call } from './api';
import { askPrompt, showDialog } from './dialogs';
import { handleEvents } from './panels';
import { $, attempt, page, refresh, say } from './page';

/** More prompts than any menu item asks: past it, something keeps asking and the run stops. */
const MAX_PROMPTS = 20;

export function renderMenu(): void {
  const bar = $('menubar');
  bar.replaceChildren();
  const menu = page.state?.menu;
  if (!menu) return;
  const holder = document.createElement('div');
  const title = document.createElement('button');
  title.type = 'button';
  title.className = 'menu-title';
  title.textContent = menu.caption;
  title.setAttribute('aria-haspopup', 'true');
  title.setAttribute('aria-expanded', 'false');
  const list = document.createElement('ul');
  list.className = 'menu-items';
  list.hidden = true;
  for (const item of menu.items) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = item.caption;
    button.dataset.functionName = item.functionName;
    button.addEventListener('click', () => {
      closeMenus();
      attempt(() => runMenuItem(item.functionName));
    });
    li.append(button);
    list.append(li);
  }
  title.addEventListener('click', () => {
    list.hidden = !list.hidden;
    title.setAttribute('aria-expanded', String(!list.hidden));
    if (!list.hidden) list.querySelector('button')?.focus();
  });
  holder.append(title, list);
  bar.append(holder);
}

/** Menus close on Escape or on a click anywhere else, as Sheets' do. */
function closeMenus(): void {
  for (const list of document.querySelectorAll<HTMLElement>('.menu-items')) list.hidden = true;
  for (const title of document.querySelectorAll('.menu-title')) title.setAttribute('aria-expanded', 'false');
}

export function listenToMenus(): void {
  document.addEventListener('click', (event) => {
    if (!(event.target as HTMLElement).closest('.menubar')) closeMenus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && (event.target as HTMLElement).closest('.menubar')) {
      closeMenus();
      document.querySelector<HTMLElement>('.menu-title')?.focus();
    }
  });
}

export async function runMenuItem(functionName: string): Promise<void> {
  const answers: PromptAnswer[] = [];
  let outcome: CallOutcome = await call('POST /api/menu', { functionName });
  while (!outcome.ok && 'prompt' in outcome && answers.length < MAX_PROMPTS) {
    answers.push(await askPrompt(outcome.prompt));
    outcome = await call('POST /api/menu', { functionName, answers });
  }
  handleEvents(outcome.events);
  // As Sheets does for a menu function that throws: a dialog with the error's message.
  if (!outcome.ok && 'error' in outcome) showDialog(say('error'), outcome.error);
  await refresh();
}
