// The add-on as real Sheets runs it (issue 10): formulas in every locale, writes saved before the lock goes,
// spilled overview values read back with the table, long reports kept readable, errors said without a prefix.
import { addScenario } from '../../src/features/add-scenario';
import { prioritiseUseCases } from '../../src/features/prioritise-use-cases';
import { setUpTemplate } from '../../src/features/set-up-template';
import { getSidebarOptions } from '../../src/features/sidebar-options';
import { validateColourCodes } from '../../src/features/validate-colour-codes';
import { Env, loadBundle, makeEnv, withGlobals } from '../support/env';
import { buildJourneyMap } from '../support/journey-builder';
import { typeInto, valuesOf } from '../support/sheet-helpers';

function setUp(locale = 'en_US'): Env {
  const env = makeEnv({ locale });
  withGlobals(env, () => setUpTemplate());
  return env;
}

const scenario = (name: string, target: string) => ({
  name,
  programme: 'Activation',
  target,
  phase: 'welcome',
  channel: 'Email',
  triggerType: 'behaviour',
  trigger: 'Signs up',
  steps: [{ day: 0, channel: 'Email', message: 'Welcome' }],
});

const overviewOf = (env: Env, tab: string) => valuesOf(env.book.view.sheet(tab)).map((row) => row.slice(12, 17));

describe('the scenario overview', () => {
  it.each([
    ['en_US', 'Scenario map', 'All contacts'],
    ['fr_FR', 'Scénarios', 'Tous les contacts'],
  ])('parses and computes in %s', (locale, tab, allContacts) => {
    const env = setUp(locale);
    expect(overviewOf(env, tab)[3]).toEqual([allContacts, '', expect.stringMatching(/^Pan|^Aba/), '', '']);
    expect(overviewOf(env, tab).flat()).not.toContain('#ERROR!');
  });

  it('has no phantom row when the table has no target, and a note typed below adds no row', () => {
    const env = setUp();
    const sheet = env.book.view.sheet('Scenario map');
    typeInto(sheet, 4, 5, [['']]); // the example's target
    typeInto(sheet, 20, 13, [['Our note under the overview']]);
    const overview = overviewOf(env, 'Scenario map');
    expect(
      overview
        .slice(3, 19)
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(overview[19][0]).toBe('Our note under the overview');
  });

  it('makes one row of targets that differ only by case, and wraps the multi-line cells it spills', () => {
    const env = setUp();
    withGlobals(env, () => addScenario(scenario('Hello', 'Email')));
    withGlobals(env, () => addScenario(scenario('Tips', 'email')));
    const overview = overviewOf(env, 'Scenario map');
    expect(overview.slice(3, 6)).toEqual([
      ['All contacts', '', 'Abandoned cart', '', ''],
      ['Email', 'Hello\nTips', '', '', ''],
      ['', '', '', '', ''],
    ]);
    expect(env.book.view.sheet('Scenario map').view.peek(5, 14).format.wrap).toBe(true);
  });

  it('does not change what the add-on reads: the table, the next row, the sidebar’s lists', () => {
    const env = setUp();
    withGlobals(env, () => addScenario(scenario('Hello', 'Email')));
    expect(valuesOf(env.book.view.sheet('Scenario map'))[4][13]).toBe('Hello'); // spilled beside the table
    expect(withGlobals(env, () => addScenario(scenario('Tips', 'SMS fans')))).toEqual({ id: 'SC-003', row: 6 });
    const options = withGlobals(env, () => getSidebarOptions());
    expect(options.existingNames).toEqual(['Abandoned cart', 'Hello', 'Tips']);
    expect(options.targets).toEqual(['All contacts', 'Email', 'SMS fans']);
  });
});

describe('the document lock', () => {
  it('flushes before every release, so two overlapping runs get two rows and two IDs', () => {
    const env = setUp();
    const services = env.globals as { LockService: { getDocumentLock(): { releaseLock(): void } } };
    const original = services.LockService.getDocumentLock.bind(services.LockService);
    let second: { id: string; row: number } | null = null;
    let started = false;
    // The second person's run starts the moment the first releases the lock: it must read the first one's row.
    services.LockService.getDocumentLock = () => {
      const lock = original();
      const release = lock.releaseLock.bind(lock);
      lock.releaseLock = () => {
        release();
        if (started) return;
        started = true;
        second = addScenario(scenario('Second', 'B'));
      };
      return lock;
    };
    const first = withGlobals(env, () => addScenario(scenario('First', 'A')));
    expect([first, second]).toEqual([
      { id: 'SC-002', row: 5 },
      { id: 'SC-003', row: 6 },
    ]);
    const sequence = env.book.log.sequence;
    sequence.forEach((call, i) => call === 'Lock.releaseLock' && expect(sequence[i - 1]).toBe('SpreadsheetApp.flush'));
  });

  it('flushes on the failure path too, and before the dialog that reports a run', () => {
    const env = setUp();
    env.book.log.reset();
    env.book.log.failOn('Range.sort');
    expect(() => withGlobals(env, () => prioritiseUseCases())).toThrow(/could not finish .* Nothing was changed/);
    const sequence = env.book.log.sequence;
    expect(sequence.slice(-2)).toEqual(['SpreadsheetApp.flush', 'Lock.releaseLock']);
    env.book.log.reset();
    withGlobals(env, () => prioritiseUseCases()); // the fake refuses a dialog over unsaved writes
    expect(env.book.log.sequence.indexOf('Ui.alert')).toBeGreaterThan(
      env.book.log.sequence.indexOf('SpreadsheetApp.flush'),
    );
  });
});

describe('long reports', () => {
  it('keep a 30-stage × 15-channel map’s colour report to a dialog people read', () => {
    const env = makeEnv();
    buildJourneyMap(env.book, {
      stages: 30,
      channels: 15,
      touchpoint: (c, s) => ({ text: `t${c}.${s}`, fill: (c + s) % 2 ? '#f6b26b' : '#ff0000' }),
    });
    withGlobals(env, () => validateColourCodes());
    const lines = env.ui.view.alerts[0].prompt.split('\n');
    expect(lines.length).toBeLessThanOrEqual(50);
    expect(lines).toContain('…and 24 more.'); // stages past the first six
    expect(lines).toContain('…and 200 more.'); // 225 unknown colours, 25 listed
  });
});

describe('errors across google.script.run', () => {
  it('reach the sidebar as plain Errors with a message for people, whatever failed', () => {
    const env = setUp('fr_FR');
    const bundle = loadBundle(env);
    env.book.log.failOn('Range.getValues');
    let error: unknown;
    try {
      bundle.addScenario(scenario('Bonjour', 'Email'));
    } catch (caught) {
      error = caught;
    }
    const { name, message } = error as Error;
    expect(name).toBe('Error');
    expect(message).toMatch(
      /^Ajouter un scénario… n’a pas pu aller au bout \(Service error: .*\)\. Rien n’a été modifié/,
    );
  });
});
