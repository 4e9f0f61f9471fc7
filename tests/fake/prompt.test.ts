// Ui.prompt as Apps Script has it, answered from a queue the test (or the workbench) fills beforehand.
import { FakeSpreadsheet, FakeSpreadsheetApp, PromptNeeded, createServices } from '../../fake';

function ui() {
  const book = new FakeSpreadsheet();
  const services = createServices(book);
  const app = services.globals.SpreadsheetApp as FakeSpreadsheetApp;
  return { book, app, ui: app.getUi() };
}

describe('Ui.prompt', () => {
  it('answers with the queued button and text, in order, through a PromptResponse', () => {
    const { ui: u, book } = ui();
    u.view.answerPrompts({ button: 'OK', text: 'Young parents' }, { button: 'CANCEL' });
    const first = u.prompt('New target', 'Who is it for?', u.ButtonSet.OK_CANCEL);
    expect(first.getSelectedButton()).toBe(u.Button.OK);
    expect(first.getResponseText()).toBe('Young parents');
    const second = u.prompt('Who else?', u.ButtonSet.OK_CANCEL);
    expect([second.getSelectedButton(), second.getResponseText()]).toEqual([u.Button.CANCEL, '']);
    expect(u.view.prompts.map((p) => [p.title, p.prompt, p.buttons, p.answer.button])).toEqual([
      ['New target', 'Who is it for?', 'OK_CANCEL', 'OK'],
      ['', 'Who else?', 'OK_CANCEL', 'CANCEL'],
    ]);
    expect(book.log.count('Ui.prompt')).toBe(2);
    expect(book.log.count('PromptResponse.getResponseText')).toBe(2);
  });

  it('shows an OK button for prompt(prompt), and takes the close button as an answer to any prompt', () => {
    const { ui: u } = ui();
    u.view.answerPrompts({ button: 'OK', text: 'x' }, { button: 'CLOSE' });
    expect(u.prompt('Name?').getResponseText()).toBe('x');
    expect(u.view.prompts[0]).toMatchObject({ title: '', prompt: 'Name?', buttons: 'OK' });
    expect(u.prompt('Sure?', u.ButtonSet.YES_NO).getSelectedButton()).toBe(u.Button.CLOSE);
  });

  it('throws PromptNeeded, with the title and prompt, when no answer is queued, and remembers it', () => {
    const { ui: u, book } = ui();
    let thrown: unknown;
    try {
      u.prompt('New target', 'Who is it for?', u.ButtonSet.OK_CANCEL);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PromptNeeded);
    expect(thrown).toMatchObject({ title: 'New target', prompt: 'Who is it for?', buttons: 'OK_CANCEL' });
    expect(u.view.unanswered).toBe(thrown);
    expect(book.log.count('Ui.prompt')).toBe(1);
    u.view.answerPrompts({ button: 'OK', text: 'Young parents' });
    expect(u.view.unanswered).toBeNull();
    expect(u.prompt('New target', 'Who is it for?', u.ButtonSet.OK_CANCEL).getResponseText()).toBe('Young parents');
  });

  it('refuses an answer the prompt has no button for, and a second argument that is no ButtonSet', () => {
    const { ui: u } = ui();
    u.view.answerPrompts({ button: 'YES' });
    expect(() => u.prompt('Name?', u.ButtonSet.OK_CANCEL)).toThrow(/no YES button/);
    expect(() => u.prompt('Title', 'Name?')).toThrow(/no ButtonSet/);
  });

  it('throws, as Ui.alert does, when writes are not flushed: a dialog suspends the script', () => {
    const { ui: u, app, book } = ui();
    u.view.answerPrompts({ button: 'OK', text: 'x' });
    book.getActiveSheet().getRange('A1').setValue('written');
    expect(() => u.prompt('Name?')).toThrow(/not flushed/);
    app.flush();
    expect(u.prompt('Name?').getResponseText()).toBe('x');
  });
});
