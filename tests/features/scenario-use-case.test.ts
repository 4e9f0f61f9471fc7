// A scenario serves a use case: the ID is checked against the use-case table (read only when one is named),
// written into the scenario map's Use case column, and refused, writing nothing, when it is unknown or when the map
// has no such column.
import { addScenario } from '../../src/features/add-scenario';
import { setUpTemplate } from '../../src/features/set-up-template';
import { readsAfterFirstWrite } from '../support/call-order';
import { tab, valuesAt } from '../support/chain-helpers';
import { Env, makeEnv, withGlobals } from '../support/env';
import { snapshotBook, typeInto } from '../support/sheet-helpers';

const input = {
  name: 'Click & collect reminder',
  programme: 'Conversion',
  target: 'All contacts',
  phase: 'activation',
  channel: 'Email',
  triggerType: 'behaviour',
  trigger: 'Views a product twice',
  steps: [{ day: 1, channel: 'Email', message: 'Free click & collect' }],
};

function templateEnv(locale = 'en_US'): Env {
  const env = makeEnv({ locale });
  withGlobals(env, () => setUpTemplate());
  return env;
}

const add = (env: Env, value: unknown) => withGlobals(env, () => addScenario(value));

describe('addScenario serving a use case', () => {
  it('writes the ID into the Use case column, spelt as the use-case table spells it', () => {
    const env = templateEnv();
    expect(add(env, { ...input, useCase: ' uc-01 ' })).toEqual({ id: 'SC-002', row: 5 });
    expect(valuesAt(env, 'Scenario map')[4].slice(0, 3)).toEqual(['SC-002', 'Click & collect reminder', 'UC-01']);
  });

  it.each([
    ['en_US', 'Use case: no use case has the ID “UC-99”: pick one from the list'],
    ['fr_FR', 'Cas d’usage : aucun cas d’usage n’a l’ID « UC-99 » : choisissez-en un dans la liste'],
  ])('refuses an ID the use-case table does not have (%s), and writes nothing', (locale, message) => {
    const env = templateEnv(locale);
    const before = snapshotBook(env.book);
    expect(() => add(env, { ...input, useCase: 'UC-99' })).toThrow(message);
    expect(snapshotBook(env.book)).toBe(before);
  });

  it('refuses any ID when there is no use-case table to check it against', () => {
    const env = templateEnv();
    env.book.log.uncounted(() => env.book.deleteSheet(tab(env, 'Use cases')));
    expect(() => add(env, { ...input, useCase: 'UC-01' })).toThrow('no use case has the ID “UC-01”');
  });

  it('reads the use-case table only when the input names a use case, in one more read', () => {
    const reads = [{ ...input }, { ...input, useCase: '' }, { ...input, name: 'Other', useCase: 'UC-02' }].map(
      (value) => {
        const env = templateEnv();
        env.book.log.reset();
        add(env, value);
        expect(readsAfterFirstWrite(env.book.log.sequence)).toEqual([]);
        return env.book.log.count('Range.getValues');
      },
    );
    expect(reads).toEqual([1, 1, 2]);
  });

  it('costs the same calls with 5 or 2,000 use cases in the table', () => {
    const calls = [5, 2000].map((n) => {
      const env = templateEnv();
      const sheet = tab(env, 'Use cases');
      env.book.log.uncounted(() => sheet.insertRowsAfter(1000, n));
      typeInto(
        sheet,
        9,
        1,
        Array.from({ length: n }, (_, i) => [`UC-${i + 10}`, `Use case ${i}`]),
      );
      env.book.log.reset();
      add(env, { ...input, useCase: 'UC-05' });
      return env.book.log.byMethod();
    });
    expect(calls[1]).toEqual(calls[0]);
  });
});

describe('addScenario on a scenario map set up before the Use case column', () => {
  const OLD_HEADERS = ['ID', 'Scenario', 'Programme', 'Target', 'Phase', 'Channel', 'Trigger type', 'Trigger'];

  function oldEnv(locale: string): Env {
    const env = templateEnv(locale);
    const sheet = tab(env, locale === 'fr_FR' ? 'Scénarios' : 'Scenario map');
    // The team's scenario map from before: no Use case column (the column deleted, the others moved left).
    env.book.log.uncounted(() => sheet.deleteColumns(3, 1));
    return env;
  }

  it.each([
    [
      'en_US',
      'Use case: the scenario map has no “Use case” column: add a column headed “Use case” to the scenario table (after Scenario, say), then try again',
    ],
    [
      'fr_FR',
      "Cas d’usage : la carte des scénarios n’a pas de colonne « Cas d'usage » : ajoutez une colonne intitulée « Cas d'usage » au tableau des scénarios (après Scénario, par exemple), puis réessayez",
    ],
  ])(
    'refuses a scenario naming a use case, saying how to add the column (%s), and writes nothing',
    (locale, message) => {
      const env = oldEnv(locale);
      const before = snapshotBook(env.book);
      expect(() => add(env, { ...input, useCase: 'UC-01' })).toThrow(message);
      expect(snapshotBook(env.book)).toBe(before);
    },
  );

  it('still adds a scenario that names none', () => {
    const env = oldEnv('en_US');
    expect(add(env, input)).toEqual({ id: 'SC-002', row: 5 });
    expect(valuesAt(env, 'Scenario map')[2].slice(0, OLD_HEADERS.length)).toEqual(OLD_HEADERS);
    expect(valuesAt(env, 'Scenario map')[4].slice(0, 3)).toEqual(['SC-002', 'Click & collect reminder', 'Conversion']);
  });
});
