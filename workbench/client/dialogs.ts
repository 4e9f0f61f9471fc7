/**
 * What the add-on shows over the grid, as Sheets shows it: toasts in the corner, alerts in a dialog, and prompts
 * in a dialog with a text field and the buttons of their button set, in the workbook's language.
 */
import { PromptAnswer, PromptButton, PromptButtonSet, PromptRequest } from '../protocol';
import { $, say } from './page';
import { WordKey } from './words';

const TOAST_SECONDS = 8;

export function showToast(title: string, message: string): void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  const heading = document.createElement('strong');
  heading.textContent = title;
  const text = document.createElement('span');
  text.textContent = message;
  toast.append(heading, text);
  toast.addEventListener('click', () => toast.remove());
  $('toasts').append(toast);
  setTimeout(() => toast.remove(), TOAST_SECONDS * 1000);
}

export function showDialog(title: string, message: string): void {
  const dialog = $<HTMLDialogElement>('dialog');
  $('dialog-title').textContent = title;
  $('dialog-message').textContent = message;
  $('dialog-ok').textContent = say('ok');
  if (!dialog.open) dialog.showModal();
}

/** Sheets' buttons for each button set, in its order; the dialog's own × (Escape here) answers CLOSE. */
const BUTTONS: Record<PromptButtonSet, [PromptButton, WordKey][]> = {
  OK: [['OK', 'ok']],
  OK_CANCEL: [
    ['OK', 'ok'],
    ['CANCEL', 'cancel'],
  ],
  YES_NO: [
    ['YES', 'yes'],
    ['NO', 'no'],
  ],
  YES_NO_CANCEL: [
    ['YES', 'yes'],
    ['NO', 'no'],
    ['CANCEL', 'cancel'],
  ],
};

/** Asks the person the add-on's question; resolves with the button they chose and what they typed. */
export function askPrompt(prompt: PromptRequest): Promise<PromptAnswer> {
  const dialog = $<HTMLDialogElement>('prompt');
  const input = $<HTMLInputElement>('prompt-input');
  $('prompt-title').textContent = prompt.title;
  $('prompt-title').hidden = prompt.title === '';
  $('prompt-message').textContent = prompt.message;
  input.value = '';
  input.setAttribute('aria-label', prompt.message || say('answer'));
  $('prompt-buttons').replaceChildren(
    ...BUTTONS[prompt.buttons].map(([button, word], i) => {
      const element = document.createElement('button');
      element.value = button;
      element.textContent = say(word);
      // The first button is the default, as Enter in the field chooses it.
      if (i > 0) element.className = 'secondary';
      return element;
    }),
  );
  dialog.returnValue = '';
  dialog.showModal();
  input.focus();
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => resolve({ button: (dialog.returnValue || 'CLOSE') as PromptButton, text: input.value }),
      { once: true },
    );
  });
}
