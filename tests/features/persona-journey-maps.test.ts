// Add a persona journey map: a new tab copying the first map as the team left it, refusals that write nothing, and
// its budget of calls.
import { a1 } from '../../src/core/a1';
import { addPersonaJourneyMap } from '../../src/features/add-persona-journey-map';
import { setUpTemplate } from '../../src/features/set-up-template';
import { validateColourCodes } from '../../src/features/validate-colour-codes';
import { readsAfterFirstWrite } from '../support/call-order';
import { Env, makeEnv, withGlobals } from '../support/env';
import { buildJourneyMap } from '../support/journey-builder';
import { cellWith, fill, snapshotBook, typeInto, valuesOf } from '../support/sheet-helpers';

/** Sheets service calls to add a persona's map to a two-tab workbook (one more per tab: its name is read). */
const PERSONA_CALL_BUDGET = 25;

const add = (env: Env, name: unknown) => withGlobals(env, () => addPersonaJourneyMap(name));

describe('addPersonaJourneyMap', () => {
  it('copies the team’s own stages, channels and recoloured legend, with empty touchpoints, lanes and a persona block', () => {
    const env = makeEnv();
    withGlobals(env, () => setUpTemplate());
    const first = env.book.view.sheet('Journey map');
    typeInto(first, 5, 2, [['We meet']]); // a stage renamed
    typeInto(first, 5, 10, [['We part']]); // a stage added after the last
    typeInto(first, 14, 1, [['Chatbot']]); // a channel added under the last
    const friction = cellWith(first, 'Friction');
    fill(first, a1(friction.row, friction.column), '#e06666'); // the team's own friction colour
    const result = add(env, '  Young   parents ');
    const stages = valuesOf(first)[4].slice(1, 10);
    expect(result).toEqual({
      tab: 'Journey map — Young parents',
      stages,
      channels: [
        ...valuesOf(first)
          .slice(5, 13)
          .map((r) => r[0]),
        'Chatbot',
      ],
    });
    expect(result.stages[0]).toBe('We meet');
    expect(result.stages[8]).toBe('We part');
    const persona = env.book.view.sheet('Journey map — Young parents');
    const names = env.book.view.sheetNames();
    expect(names.slice(names.indexOf('Journey map'), names.indexOf('Journey map') + 2)).toEqual([
      'Journey map',
      'Journey map — Young parents',
    ]);
    expect(env.book.getActiveSheet().getName()).toBe('Journey map — Young parents');
    const values = valuesOf(persona);
    expect(values[3].slice(0, 2)).toEqual(['Persona', 'Young parents']);
    expect(values[4][0]).toBe('Description');
    const anchor = cellWith(persona, 'Channel');
    expect(values[anchor.row - 1].slice(1, 10)).toEqual(result.stages);
    expect(values.slice(anchor.row, anchor.row + 9).map((r) => r[0])).toEqual(result.channels);
    // Empty touchpoints, then a blank row and the two lanes, the Experience one with a 1–5 dropdown.
    for (const row of values.slice(anchor.row, anchor.row + 9)) expect(row.slice(1).every((v) => v === '')).toBe(true);
    expect(values[anchor.row + 10][0]).toBe('Customer goal');
    expect(values[anchor.row + 11][0]).toBe('Experience (1–5)');
    expect(persona.view.peek(anchor.row + 12, 2).validation!.view.describe().values[0]).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    const legend = cellWith(persona, 'Friction');
    expect(persona.view.peek(legend.row, legend.column).format.background).toBe('#e06666');
    expect(env.book.view.toasts.at(-1)!.message).toBe(
      'Created “Journey map — Young parents” with the 9 stages and 9 channels of “Journey map”. Describe the persona at the top, colour their touchpoints and rate each stage’s experience.',
    );
  });

  it('names the tab in French on a French sheet, and the new map is validated with the others', () => {
    const env = makeEnv({ locale: 'fr_FR' });
    buildJourneyMap(env.book, { stages: 3, channels: 2, language: 'fr' });
    expect(add(env, 'Jeunes parents').tab).toBe('Parcours client — Jeunes parents');
    expect(add(env, 'Seniors').tab).toBe('Parcours client — Seniors');
    const validation = withGlobals(env, () => validateColourCodes());
    expect(validation.maps.map((m) => [m.tab, m.persona, m.checked])).toEqual([
      ['Parcours client', null, 6],
      ['Parcours client — Jeunes parents', 'Jeunes parents', 6],
      ['Parcours client — Seniors', 'Seniors', 6],
    ]);
  });

  it.each([
    ['', /^Give the persona a name/],
    ['x'.repeat(61), /^The persona’s name has 61 characters: a tab name leaves room for 60\./],
    ['Young/parents', /^A tab name cannot hold “\/”\./],
    ['young PARENTS', /^This persona already has a journey map: the tab “Journey map — Young parents”\./],
    ['Young parents ', /^This persona already has a journey map/],
  ])('refuses %p, says how to fix it and writes nothing', (name, message) => {
    const env = makeEnv();
    buildJourneyMap(env.book, { stages: 3, channels: 2 });
    add(env, 'Young parents');
    const before = snapshotBook(env.book);
    expect(() => add(env, name)).toThrow(message);
    expect(snapshotBook(env.book)).toBe(before);
  });

  it('refuses a tab name taken by another tab whatever its case, spacing or apostrophe', () => {
    const env = makeEnv({ sheets: ['Sheet1', 'journey map —  parents’ club'] });
    buildJourneyMap(env.book, { stages: 3, channels: 2 });
    expect(() => add(env, "Parents' club")).toThrow('the tab “journey map —  parents’ club”');
  });

  it('says to run set-up first when there is no journey map yet', () => {
    const env = makeEnv();
    expect(() => add(env, 'Young parents')).toThrow(/Run Omnichannel › Set up the template tabs first/);
    expect(env.book.view.sheetNames()).toEqual(['Sheet1']);
  });

  it('copies a journey map the team renamed, found by its anchor and legend', () => {
    const env = makeEnv();
    buildJourneyMap(env.book, { stages: 3, channels: 2, tab: 'Our customers' });
    expect(add(env, 'Young parents')).toEqual({
      tab: 'Journey map — Young parents',
      stages: ['Stage 1', 'Stage 2', 'Stage 3'],
      channels: ['Channel 1', 'Channel 2'],
    });
  });

  it('takes the new tab back when a write fails halfway, and says nothing was changed', () => {
    const env = makeEnv();
    buildJourneyMap(env.book, { stages: 3, channels: 2 });
    const before = env.book.view.sheetNames();
    env.book.log.failOn('Range.setBackgrounds');
    expect(() => add(env, 'Young parents')).toThrow(/could not finish .*Nothing was changed/);
    expect(env.book.view.sheetNames()).toEqual(before);
  });
});

describe('addPersonaJourneyMap budget', () => {
  function measure(stages: number) {
    const env = makeEnv();
    buildJourneyMap(env.book, { stages, channels: 8 });
    env.book.log.reset();
    add(env, 'Young parents');
    return env.book.log;
  }

  it('reads the first map once, reads everything before its first write, and writes the tab in block calls', () => {
    const log = measure(8);
    expect(log.count('Range.getValues')).toBe(1);
    expect(log.count('Range.getBackgrounds')).toBe(1);
    expect(log.count('Range.setValues')).toBe(1);
    expect(log.count('Range.setValue')).toBe(0);
    expect(readsAfterFirstWrite(log.sequence)).toEqual([]);
    expect(log.serviceCalls()).toBeLessThanOrEqual(PERSONA_CALL_BUDGET);
  });

  it('makes the same calls for 8 and 20 stages, and one more to widen the tab for 40', () => {
    const eight = measure(8).serviceCalls();
    expect(measure(20).serviceCalls()).toBe(eight);
    const forty = measure(40);
    expect(forty.serviceCalls()).toBe(eight + 1);
    expect(forty.count('Sheet.insertColumnsAfter')).toBe(1);
  });
});
