import { addScenario } from '../../src/features/add-scenario';
import { setUpTemplate } from '../../src/features/set-up-template';
import { getSidebarOptions } from '../../src/features/sidebar-options';
import { showScenarioSidebar } from '../../src/ui/sidebar';
import { Env, makeEnv, withGlobals } from '../support/env';
import { readsAfterFirstWrite } from '../support/call-order';
import { snapshotBook, typeInto, valuesOf } from '../support/sheet-helpers';

const full = {
  name: 'Welcome series',
  programme: 'Activation',
  target: 'New customers',
  phase: 'welcome',
  channel: 'Email',
  triggerType: 'behaviour',
  trigger: 'Signs up to the newsletter',
  steps: [
    { day: 0, channel: 'Email', message: 'Welcome and brand story' },
    { day: 3, channel: 'SMS', message: 'First-order code' },
  ],
  dataNeeds: [
    { variable: 'First name', source: 'CRM' },
    { variable: 'Newsletter opt-in date', source: 'Email platform' },
  ],
};

function templateEnv(locale = 'en_US'): Env {
  const env = makeEnv({ locale });
  withGlobals(env, () => setUpTemplate());
  return env;
}

const add = (env: Env, input: unknown) => withGlobals(env, () => addScenario(input));

describe('addScenario', () => {
  it('appends one scenario row and one data-needs row per variable', () => {
    const env = templateEnv();
    expect(add(env, full)).toEqual({ id: 'SC-002', row: 5 });
    const scenarios = valuesOf(env.book.view.sheet('Scenario map'));
    expect(scenarios[4].slice(0, 11)).toEqual([
      'SC-002',
      'Welcome series',
      '',
      'Activation',
      'New customers',
      'Welcome',
      'Email',
      'Behaviour',
      'Signs up to the newsletter',
      'D+0 · Email · Welcome and brand story\nD+3 · SMS · First-order code',
      'Idea',
    ]);
    const needs = valuesOf(env.book.view.sheet('Data needs'));
    expect(needs.slice(7)).toEqual([
      ['Welcome series', '', 'First name', 'CRM', ''],
      ['Welcome series', '', 'Newsletter opt-in date', 'Email platform', ''],
    ]);
  });

  it('writes French labels and J+ delays on a French sheet, accepting a phase label in any language and case', () => {
    const env = templateEnv('fr_FR');
    add(env, { ...full, phase: 'WELCOME', triggerType: 'event', dataNeeds: [] });
    const row = valuesOf(env.book.view.sheet('Scénarios'))[4];
    expect(row.slice(5, 11)).toEqual([
      'Bienvenue',
      'Email',
      'Événement',
      'Signs up to the newsletter',
      'J+0 · Email · Welcome and brand story\nJ+3 · SMS · First-order code',
      'Idée',
    ]);
    add(env, { ...full, name: 'Second', phase: 'relationnel' });
    expect(valuesOf(env.book.view.sheet('Scénarios'))[5][5]).toBe('Relationnel');
  });

  it('keeps formula-looking text as text', () => {
    const env = templateEnv();
    add(env, {
      ...full,
      name: '=HYPERLINK("http://x","click")',
      trigger: '+33 6 12 34 56 78 calls',
      steps: [{ day: 1, channel: '@push', message: '-10% on the cart' }],
      dataNeeds: [{ variable: '=SUM(A1:A9)', source: '007' }],
    });
    const sheet = env.book.view.sheet('Scenario map');
    const formulas = env.book.log.uncounted(() => sheet.getRange('A5:J5').getFormulas()[0]);
    expect(formulas.every((f) => f === '')).toBe(true);
    const row = valuesOf(sheet)[4];
    expect(row[1]).toBe('=HYPERLINK("http://x","click")');
    expect(row[8]).toBe('+33 6 12 34 56 78 calls');
    expect(row[9]).toBe('D+1 · @push · -10% on the cart');
    expect(valuesOf(env.book.view.sheet('Data needs'))[7].slice(2, 4)).toEqual(['=SUM(A1:A9)', '007']);
  });

  it.each([
    ['a missing name', { ...full, name: undefined }, /^Scenario name: this is required: fill it in$/],
    ['a blank name', { ...full, name: '   ' }, /^Scenario name: this is required/],
    ['a name too long', { ...full, name: 'x'.repeat(101) }, /^Scenario name: at most 100 characters: shorten it$/],
    [
      'a name already used (any case)',
      { ...full, name: 'abandoned CART' },
      /^Scenario name: a scenario named “abandoned CART” already exists: choose another name/,
    ],
    [
      'an unknown phase',
      { ...full, phase: 'Retention' },
      /^Phase \(when\): choose Welcome, Activation, Relationship or Upsell$/,
    ],
    ['an unknown trigger type', { ...full, triggerType: 'mood' }, /^Trigger type: choose Behaviour or Event$/],
    ['no steps', { ...full, steps: [] }, /^Message sequence: add at least one step$/],
    ['steps that are not a list', { ...full, steps: 'D+1' }, /^Message sequence: this must be a list$/],
    [
      'a negative day',
      { ...full, steps: [{ day: -1, channel: 'Email', message: 'x' }] },
      /^Step 1, day: a whole number of days from 0 to 365/,
    ],
    ['day 366', { ...full, steps: [{ day: 366, channel: 'Email', message: 'x' }] }, /^Step 1, day: a whole number/],
    [
      'a fractional day',
      { ...full, steps: [{ day: 1.5, channel: 'Email', message: 'x' }] },
      /^Step 1, day: a whole number/,
    ],
    [
      'days going backwards',
      {
        ...full,
        steps: [
          { day: 5, channel: 'Email', message: 'a' },
          { day: 1, channel: 'Email', message: 'b' },
        ],
      },
      /^Step 2, day: the days go backwards \(5 then 1\): put the steps in the order they are sent$/,
    ],
    [
      'a step without message',
      { ...full, steps: [{ day: 1, channel: 'Email', message: '' }] },
      /^Step 1, message: this is required/,
    ],
    [
      'a data need without variable',
      { ...full, dataNeeds: [{ variable: '', source: 'CRM' }] },
      /^Data need 1, variable: this is required/,
    ],
    ['a non-text target', { ...full, target: 42 }, /^Target \(who\): this must be text$/],
    ['not an object', 'Welcome series', /the scenario must be an object/],
  ])('refuses %s, names the field and the fix, and writes nothing', (_case, input, message) => {
    const env = templateEnv();
    const before = snapshotBook(env.book);
    expect(() => add(env, input)).toThrow(message);
    expect(snapshotBook(env.book)).toEqual(before);
  });

  it('lists every wrong field, one per line', () => {
    const env = templateEnv();
    expect(() =>
      add(env, { ...full, name: '', target: '', steps: [{ day: 'soon', channel: '', message: 'x' }] }),
    ).toThrow(
      'Scenario name: this is required: fill it in\nTarget (who): this is required: fill it in\nStep 1, day: a whole number of days from 0 to 365 (0 = the day of the trigger)\nStep 1, channel: this is required: fill it in',
    );
  });

  it('numbers IDs after the highest one, through gaps and rows sorted by hand', () => {
    const env = templateEnv();
    const sheet = env.book.view.sheet('Scenario map');
    typeInto(sheet, 4, 1, [['SC-010'], ['SC-002'], ['TEAM-7'], ['SC-007']]);
    typeInto(sheet, 5, 2, [['Two'], ['Team one'], ['Seven']]);
    expect(add(env, { ...full, dataNeeds: [] })).toEqual({ id: 'SC-011', row: 8 });
    expect(add(env, { ...full, name: 'Next', dataNeeds: [] }).id).toBe('SC-012');
  });

  it('starts at SC-001 in an empty table', () => {
    const env = templateEnv();
    typeInto(env.book.view.sheet('Scenario map'), 4, 1, [new Array(11).fill('')]);
    expect(add(env, { ...full, dataNeeds: [] })).toEqual({ id: 'SC-001', row: 4 });
  });

  it('refuses while another run holds the lock, writing nothing', () => {
    const env = templateEnv();
    const before = snapshotBook(env.book);
    env.lock.heldElsewhere = true;
    expect(() => add(env, full)).toThrow(/Someone else is updating this spreadsheet right now/);
    expect(snapshotBook(env.book)).toEqual(before);
  });

  it('takes the lock before reading and releases it after the last write', () => {
    const env = templateEnv();
    env.book.log.reset();
    add(env, full);
    const seq = env.book.log.sequence;
    expect(seq.indexOf('Lock.tryLock')).toBeLessThan(seq.indexOf('Range.getValues'));
    expect(seq.lastIndexOf('Lock.releaseLock')).toBeGreaterThan(seq.lastIndexOf('Range.setValues'));
    expect(env.lock.heldByScript).toBe(0);
  });

  it('gives two people adding at once two rows with two IDs', () => {
    const env = templateEnv();
    const first = add(env, full);
    const second = add(env, { ...full, name: 'Another' });
    expect([first.id, second.id]).toEqual(['SC-002', 'SC-003']);
    expect([first.row, second.row]).toEqual([5, 6]);
  });

  it.each([
    ['the data needs', 2],
    ['the scenario row', 1],
  ])('undoes everything when the write of %s fails', (_what, nth) => {
    const env = templateEnv();
    const before = snapshotBook(env.book);
    env.book.log.failOn('Range.setValues', nth, 'Service Spreadsheets timed out');
    expect(() => add(env, full)).toThrow(
      'The scenario could not be saved (Service Spreadsheets timed out). Nothing was kept: try again.',
    );
    expect(snapshotBook(env.book)).toEqual(before);
    expect(env.lock.heldByScript).toBe(0);
  });

  it('removes the rows it added to a full sheet when a later write fails', () => {
    const env = templateEnv();
    const sheet = env.book.view.sheet('Scenario map');
    sheet.view.resize(4, 26);
    const size = sheet.view.size();
    env.book.log.failOn('Range.setValues', 2);
    expect(() => add(env, full)).toThrow(/could not be saved/);
    expect(sheet.view.size()).toEqual(size);
    add(env, full);
    expect(sheet.view.size().rows).toBe(5);
  });

  it('appends inside the overview formula’s open-ended ranges, so the overview shows it without any action', () => {
    const env = templateEnv();
    add(env, full);
    const overview = valuesOf(env.book.view.sheet('Scenario map')).map((row) => row.slice(12, 17));
    expect(overview[3]).toEqual(['All contacts', '', 'Abandoned cart', '', '']);
    expect(overview[4]).toEqual(['New customers', 'Welcome series', '', '', '']);
  });
});

describe('getSidebarOptions', () => {
  it('offers the method’s lists plus the team’s own targets, programmes and journey channels, as plain JSON', () => {
    const env = templateEnv();
    const journey = env.book.view.sheet('Journey map');
    typeInto(journey, 14, 1, [['WhatsApp']]);
    const scenarios = env.book.view.sheet('Scenario map');
    typeInto(scenarios, 5, 1, [['SC-002', 'Win-back', '', 'Loyalty club', 'Lapsed buyers', 'Upsell', 'Postal mail']]);
    env.book.log.uncounted(() => scenarios.getRange('E6').setValue(new Date(2024, 0, 5)));
    typeInto(scenarios, 6, 2, [['Dated target']]);
    const options = withGlobals(env, () => getSidebarOptions());
    expect(JSON.parse(JSON.stringify(options))).toEqual(options);
    expect(options.language).toBe('en');
    expect(options.targets).toEqual(['All contacts', 'Lapsed buyers', '2024-01-05']);
    expect(options.programmes).toEqual(['Conversion', 'Activation', 'Upsell', 'Customer satisfaction', 'Loyalty club']);
    expect(options.channels).toEqual([
      'Website',
      'Mobile app',
      'Email',
      'SMS',
      'Phone',
      'Social networks',
      'Store',
      'Customer service',
      'WhatsApp',
      'Postal mail',
    ]);
    expect(options.phases.map((p) => p.label)).toEqual(['Welcome', 'Activation', 'Relationship', 'Upsell']);
    expect(options.existingNames).toEqual(['Abandoned cart', 'Win-back', 'Dated target']);
  });

  it('works before set-up, with the method’s defaults', () => {
    const env = makeEnv({ locale: 'fr_FR' });
    const options = withGlobals(env, () => getSidebarOptions());
    expect(options.targets).toEqual(['Tous les contacts']);
    expect(options.channels[0]).toBe('Site web');
    expect(options.existingNames).toEqual([]);
  });
});

describe('showScenarioSidebar', () => {
  it('shows the built sidebar, titled in the sheet language', () => {
    const env = templateEnv('fr_FR');
    expect(withGlobals(env, () => showScenarioSidebar())).toEqual({ sidebar: 'Ajouter un scénario' });
    const shown = env.ui.view.sidebars[0].view;
    expect(shown.title).toBe('Ajouter un scénario');
    expect(shown.content).toContain('<main id="app">');
    expect(shown.content).not.toMatch(/<script[^>]+src=/);
  });
});

describe('addScenario in French', () => {
  it('names the field and the fix with French typography', () => {
    const env = templateEnv('fr_FR');
    expect(() => add(env, { ...full, name: '' })).toThrow('Nom du scénario : ce champ est obligatoire : remplissez-le');
  });
});

describe('addScenario call budget', () => {
  it('costs the same calls with 3 or 3,000 scenarios already in the table', () => {
    const calls = [3, 3000].map((n) => {
      const env = templateEnv();
      const sheet = env.book.view.sheet('Scenario map');
      env.book.log.uncounted(() => sheet.insertRowsAfter(1000, n));
      typeInto(
        sheet,
        5,
        1,
        Array.from({ length: n }, (_, i) => [`SC-${i + 2}`, `Scenario ${i}`]),
      );
      env.book.log.reset();
      add(env, full);
      return env.book.log.byMethod();
    });
    expect(calls[1]).toEqual(calls[0]);
    expect(calls[0]['Range.setValues']).toBe(2);
    expect(calls[0]['Range.getValues']).toBe(2);
  });
});

describe('addScenario call order', () => {
  it('reads everything before its first write', () => {
    const env = templateEnv();
    env.book.log.reset();
    add(env, full);
    expect(readsAfterFirstWrite(env.book.log.sequence)).toEqual([]);
  });
});

describe('addScenario beside the overview', () => {
  it('keeps to the table when a team column touches the overview, leaving the overview’s formulas alone', () => {
    const env = templateEnv();
    const sheet = env.book.view.sheet('Scenario map');
    typeInto(sheet, 3, 12, [['Owner']]);
    const overview = sheet.view.snapshot().map((row) => row.slice(12, 17));
    expect(add(env, { ...full, dataNeeds: [] })).toEqual({ id: 'SC-002', row: 5 });
    expect(sheet.view.snapshot().map((row) => row.slice(12, 17))).toEqual(overview);
    expect(valuesOf(sheet)[4].slice(0, 12)).toEqual([
      'SC-002',
      'Welcome series',
      '',
      'Activation',
      'New customers',
      'Welcome',
      'Email',
      'Behaviour',
      'Signs up to the newsletter',
      'D+0 · Email · Welcome and brand story\nD+3 · SMS · First-order code',
      'Idea',
      '',
    ]);
  });
});
