/**
 * The workbench's own controls: the toolbar (locale, template, new workbook, save and load, .xlsx), the one-line
 * hint under it, the error banner and the tabs, all in the workbook's language. The page's fixed words are marked
 * in page.html (`data-word` on an element holding nothing else, `data-word-label`,
 * `data-word-title`) and filled from the bilingual
 * record.
 */
import { call, loadWorkbook } from './api';
import { closeSidebar } from './panels';
import { $, attempt, language, page, refresh, say, sentence } from './page';
import { WORDS, WordKey } from './words';

const HINT_DISMISSED = 'omnichannel-workbench-hint-dismissed';

/** The page's fixed words, in the workbook's language. */
export function renderWords(): void {
  document.documentElement.lang = language();
  document.title = say('title');
  for (const element of document.querySelectorAll<HTMLElement>('[data-word]'))
    element.textContent = WORDS[element.dataset.word as WordKey][language()];
  for (const element of document.querySelectorAll<HTMLElement>('[data-word-label]'))
    element.setAttribute('aria-label', WORDS[element.dataset.wordLabel as WordKey][language()]);
  for (const element of document.querySelectorAll<HTMLElement>('[data-word-title]'))
    element.title = WORDS[element.dataset.wordTitle as WordKey][language()];
  $<HTMLSelectElement>('locale').value = language() === 'fr' ? 'fr_FR' : 'en_US';
}

/** What to try first: on the template, the method's first moves; on an empty spreadsheet, set-up. */
export function renderHint(): void {
  const start = page.state?.start ?? 'template';
  const kind = start === 'empty' ? 'hintEmpty' : 'hintTemplate';
  $('hint-text').textContent = sentence(kind);
  $('hint').hidden = localStorage.getItem(`${HINT_DISMISSED}-${kind}`) === 'yes';
  $('hint').dataset.kind = kind;
}

export function renderTabs(): void {
  const tabs = $('tabs');
  tabs.replaceChildren(
    ...(page.state?.sheets ?? []).map((sheet) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'tab');
      button.setAttribute('aria-selected', String(sheet.name === page.activeSheet));
      button.textContent = sheet.name;
      button.addEventListener('click', () =>
        attempt(async () => {
          await call('POST /api/activate', { sheet: sheet.name });
          await refresh();
        }),
      );
      return button;
    }),
  );
}

const chosenLocale = (): string => $<HTMLSelectElement>('locale').value;

async function startOver(template: boolean): Promise<void> {
  closeSidebar();
  await call('POST /api/new', { locale: chosenLocale(), template });
  await refresh();
}

async function openFile(): Promise<void> {
  const file = $<HTMLInputElement>('load-json').files?.[0];
  if (!file) return;
  closeSidebar();
  try {
    await loadWorkbook(await file.text());
  } finally {
    $<HTMLInputElement>('load-json').value = '';
    await refresh();
  }
}

export function listenToToolbar(): void {
  $('locale').addEventListener('change', () =>
    attempt(async () => {
      await call('POST /api/locale', { locale: chosenLocale() });
      await refresh();
    }),
  );
  $('template').addEventListener('click', () => attempt(() => startOver(true)));
  $('new-workbook').addEventListener('click', () => attempt(() => startOver(false)));
  $('load-json').addEventListener('change', () => attempt(openFile));
  $('hint-close').addEventListener('click', () => {
    localStorage.setItem(`${HINT_DISMISSED}-${$('hint').dataset.kind}`, 'yes');
    $('hint').hidden = true;
  });
  $('error-close').addEventListener('click', () => {
    $('error-banner').hidden = true;
  });
}
