import { WorkbenchSession } from '../../workbench/session';
import { handBuiltAddOn } from '../support/workbench-addon';

describe('the workbook the workbench opens on', () => {
  it.each([
    [
      'en_US',
      'Omnichannel',
      ['Summary', 'Sheet1', 'Journey map', 'Use cases', 'Scenario map', 'Data needs', 'KPIs'],
      'Journey map',
    ],
    [
      'fr_FR',
      'Omnicanal',
      ['Synthèse', 'Feuille 1', 'Parcours client', "Cas d'usage", 'Scénarios', 'Besoins de données', 'Indicateurs'],
      'Parcours client',
    ],
  ])('in %s is the template set up, its journey map in front, nothing said about it', (locale, menu, tabs, active) => {
    const session = new WorkbenchSession({ locale });
    const state = session.state();
    expect(state).toMatchObject({ locale, start: 'template', active });
    expect(state.menu?.caption).toBe(menu);
    expect(state.sheets.map((s) => s.name)).toEqual(tabs);
    // The set-up's toast belongs to whoever set the template up, not to the team that duplicated it.
    expect(session.runMenuItem('validateColourCodes').events.toasts).toEqual([]);
  });

  it('is an empty spreadsheet when asked, as Google gives one', () => {
    const session = new WorkbenchSession({ locale: 'fr_FR', start: 'empty' });
    expect(session.state()).toMatchObject({ start: 'empty', active: 'Feuille 1' });
    expect(session.state().sheets.map((s) => s.name)).toEqual(['Feuille 1']);
  });

  it('opens again in the new locale while nothing was done to it', () => {
    const session = new WorkbenchSession();
    session.setLocale('fr_FR');
    expect(session.state()).toMatchObject({ locale: 'fr_FR', start: 'template', active: 'Parcours client' });
    session.reset('en_US', 'empty');
    session.setLocale('fr_FR');
    expect(session.state().sheets.map((s) => s.name)).toEqual(['Feuille 1']);
  });

  it('keeps the person’s work through a locale switch once they did something', () => {
    const session = new WorkbenchSession();
    session.editCell('Use cases', 9, 2, { value: 'Typed here' });
    session.setLocale('fr_FR');
    const state = session.state();
    expect(state.menu?.caption).toBe('Omnicanal');
    expect(state.sheets.map((s) => s.name)).toContain('Use cases');
    const useCases = state.sheets.find((s) => s.name === 'Use cases');
    expect(useCases?.cells).toContainEqual(expect.objectContaining({ r: 9, c: 2, text: 'Typed here' }));
  });

  it('follows the tab the add-on puts in front: set-up on an empty spreadsheet inserts the Summary last, in front', () => {
    const session = new WorkbenchSession({ start: 'empty' });
    expect(session.state().active).toBe('Sheet1');
    expect(session.runMenuItem('setUpTemplate').ok).toBe(true);
    expect(session.state().active).toBe('Summary');
  });
});

describe('prompts', () => {
  const dist = handBuiltAddOn();

  it('stops at a prompt with no answer, says what it asks, and shows nothing of the run', () => {
    const session = new WorkbenchSession({ dist, start: 'empty' });
    const outcome = session.runMenuItem('addPersona');
    expect(outcome).toEqual({
      ok: false,
      prompt: { title: 'Persona', message: 'The persona’s name:', buttons: 'OK_CANCEL' },
      events: { toasts: [], alerts: [], sidebars: [] },
    });
    // The add-on's own alert of the error it caught is not shown later either.
    expect(session.runMenuItem('addPersona', [{ button: 'CANCEL', text: '' }])).toMatchObject({
      ok: true,
      value: { cancelled: true },
      events: { alerts: [] },
    });
  });

  it('runs the item again with the answer, and the page follows the tab it made', () => {
    const session = new WorkbenchSession({ dist, start: 'empty' });
    session.runMenuItem('addPersona');
    const outcome = session.runMenuItem('addPersona', [{ button: 'OK', text: 'Young parents' }]);
    expect(outcome).toMatchObject({ ok: true, value: { tab: 'Journey map — Young parents' } });
    expect(session.state().active).toBe('Journey map — Young parents');
  });

  it('asks each prompt in turn, the answers so far queued', () => {
    const session = new WorkbenchSession({ dist, start: 'empty' });
    expect(session.runMenuItem('askTwice')).toMatchObject({ prompt: { title: '', message: 'First', buttons: 'OK' } });
    const first = [{ button: 'OK' as const, text: 'one' }];
    expect(session.runMenuItem('askTwice', first)).toMatchObject({ prompt: { message: 'Second', buttons: 'YES_NO' } });
    const both = [...first, { button: 'NO' as const, text: '' }];
    expect(session.runMenuItem('askTwice', both)).toMatchObject({ ok: true, value: { first: 'one', second: 'NO' } });
  });

  it('passes a button the prompt does not offer to the add-on as an error, as Sheets could never answer it', () => {
    const session = new WorkbenchSession({ dist, start: 'empty' });
    const outcome = session.runMenuItem('askTwice', [{ button: 'YES', text: '' }]);
    expect(outcome).toMatchObject({
      ok: true,
      events: { alerts: [{ message: expect.stringMatching(/no YES button/) }] },
    });
  });
});

describe('sidebars', () => {
  it('shows whichever page the add-on opens, and its google.script.run reaches the add-on', () => {
    const session = new WorkbenchSession({ dist: handBuiltAddOn(), start: 'empty' });
    const opened = session.runMenuItem('showIdeasSidebar');
    expect(opened.events.sidebars).toEqual([{ id: 0, title: 'Opportunity ideas' }]);
    expect(session.sidebarHtml(0)).toContain('getIdeas()');
    expect(session.runServerFunction('getIdeas', [])).toMatchObject({
      ok: true,
      value: { ideas: [{ id: 'click-collect' }] },
    });
    expect(session.runServerFunction('asMenuItem_', [])).toMatchObject({
      ok: false,
      error: 'Script function not found: asMenuItem_',
    });
  });
});

describe('each run', () => {
  it('ends as an Apps Script execution ends: its writes applied, so the next run may show a dialog', () => {
    const session = new WorkbenchSession({ dist: handBuiltAddOn(), start: 'empty' });
    session.runMenuItem('addPersona', [{ button: 'OK', text: 'Young parents' }]);
    expect(session.runMenuItem('addPersona')).toMatchObject({ ok: false, prompt: { title: 'Persona' } });
  });
});
