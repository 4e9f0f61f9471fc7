// The seven ways a team lost cells (issue 9), each reproduced from a fresh set-up as a team would do it, and the
// rule that fixed it at its root: the add-on writes only the cells it owns, found by their labels.
import { addScenario } from '../../src/features/add-scenario';
import { prioritiseUseCases } from '../../src/features/prioritise-use-cases';
import { setUpTemplate } from '../../src/features/set-up-template';
import { Env, makeEnv, withGlobals } from '../support/env';
import { cellWith, snapshotBook, typeInto, valuesOf } from '../support/sheet-helpers';

function setUp(locale = 'en_US'): Env {
  const env = makeEnv({ locale });
  withGlobals(env, () => setUpTemplate());
  return env;
}

const prioritise = (env: Env) => withGlobals(env, () => prioritiseUseCases());
const at = (env: Env, tab: string, a1: string) =>
  env.book.log.uncounted(() => env.book.view.sheet(tab).getRange(a1).getValues());
const edit = <T>(env: Env, fn: () => T): T => env.book.log.uncounted(fn);

const scenario = {
  name: 'Welcome series',
  programme: 'Activation',
  target: 'New customers',
  phase: 'welcome',
  channel: 'Email',
  triggerType: 'behaviour',
  trigger: 'Signs up',
  steps: [{ day: 0, channel: 'Email', message: 'Welcome' }],
  dataNeeds: [{ variable: 'First name', source: 'CRM' }],
};

describe('1. the weights area after an example row is deleted', () => {
  it('keeps the team’s weight and its label, uses it, and puts the lost label back in a free cell', () => {
    const env = setUp();
    const sheet = env.book.view.sheet('Use cases');
    typeInto(sheet, 5, 14, [[2]]); // wC = 2, beside its label in M5
    edit(env, () => sheet.deleteRows(4, 1)); // the first example's row, and the wB label beside it
    const result = prioritise(env);
    expect(at(env, 'Use cases', 'M3:N5')).toEqual([
      ['Priority weights', ''],
      ['Weight of customer experience impact (wC)', 2],
      ['Weight of business impact (wB)', 1],
    ]);
    // UC-03 (B 3, C 5, D 4): value (3 + 2 × 5) / 3 = 4.33, score round(4 × 4.33 × 2) = 35 with wC = 2 (32 without).
    expect(result.top.find((t) => t.id === 'UC-03')?.score).toBe(35);
    expect(result.defaultWeights).toEqual([]);
  });

  it('uses the default and says so when the label is gone and its place is taken', () => {
    const env = setUp();
    const sheet = env.book.view.sheet('Use cases');
    typeInto(sheet, 4, 13, [['Our own note', 'kept']]);
    typeInto(sheet, 6, 13, [['another', 'note']]);
    edit(env, () => sheet.getRange('M5').setValue('and a third'));
    const result = prioritise(env);
    expect(result.defaultWeights).toEqual([
      { label: 'Weight of business impact (wB)', weight: 1 },
      { label: 'Weight of customer experience impact (wC)', weight: 1 },
    ]);
    expect(at(env, 'Use cases', 'M4:N6')).toEqual([
      ['Our own note', 'kept'],
      ['and a third', 1],
      ['another', 'note'],
    ]);
    expect(env.ui.view.alerts[0].prompt).toContain('its place is taken, so the default weight 1 was used');
  });
});

describe('2. notes typed under the chart-data block', () => {
  it('are never blanked: the block stays when it fits and moves below them when it grows', () => {
    const env = setUp();
    const sheet = env.book.view.sheet('Use cases');
    prioritise(env);
    const title = cellWith(sheet, 'Priority matrix data (written by Prioritise use cases)');
    const last = title.row + 1 + 5; // header, then five points
    typeInto(sheet, last + 1, title.column, [['right under']]);
    typeInto(sheet, last + 3, title.column, [['one blank row lower']]);
    prioritise(env);
    expect(valuesOf(sheet)[last][title.column - 1]).toBe('right under');
    typeInto(sheet, 9, 1, [['UC-06', 'A sixth use case', '', '', '', 3, 3, 3]]);
    prioritise(env);
    const values = valuesOf(sheet).map((row) => row[title.column - 1]);
    expect(values[last]).toBe('right under');
    expect(values[last + 2]).toBe('one blank row lower');
    const moved = cellWith(sheet, 'Priority matrix data (written by Prioritise use cases)');
    expect(moved.row).toBeGreaterThan(last + 3);
    expect(values.slice(title.row - 1, last).every((v) => v === '')).toBe(true); // the old block, emptied
    expect(values.slice(moved.row + 1, moved.row + 8).filter(Boolean)).toHaveLength(6); // six points
  });
});

describe('3. a team column of formulas that display nothing', () => {
  const fillDown = (env: Env) => {
    const sheet = env.book.view.sheet('Scenario map');
    typeInto(sheet, 3, 12, [['Check']]);
    const formulas = Array.from({ length: 20 }, (_, i) => [`=IF(B${i + 4}="";"";B${i + 4}&" ✔")`]);
    edit(env, () => sheet.getRange(4, 12, 20, 1).setFormulas(formulas));
    return sheet;
  };

  it('keeps every formula: the scenario goes in the next free row of the table’s own columns', () => {
    const env = setUp();
    const sheet = fillDown(env);
    expect(withGlobals(env, () => addScenario(scenario))).toEqual({ id: 'SC-002', row: 5 });
    expect(sheet.view.peek(5, 12).formula).toBe('=IF(B5="";"";B5&" ✔")');
    expect(valuesOf(sheet)[4].slice(0, 2)).toEqual(['SC-002', 'Welcome series']);
  });

  it('takes a failed write back exactly: the formulas stay, nothing is blanked', () => {
    const env = setUp();
    fillDown(env);
    const before = snapshotBook(env.book);
    env.book.log.failOn('Range.setValues', 2); // the data needs, after the scenario row
    expect(() => withGlobals(env, () => addScenario(scenario))).toThrow(/could not be saved .* Nothing was kept/);
    expect(snapshotBook(env.book)).toBe(before);
  });
});

describe('4. the use-case table and the weights area beside it', () => {
  it('refuses a table whose Score was dragged past the weights, says which header to move back, writes nothing', () => {
    const env = setUp();
    const sheet = env.book.view.sheet('Use cases');
    // Dragging Score (I) past the weights: Rank and Quadrant shift left, Score lands beyond the weights in P.
    edit(env, () => sheet.moveColumns(sheet.getRange(1, 9, sheet.getMaxRows(), 1), 17));
    const before = snapshotBook(env.book);
    expect(() => prioritise(env)).toThrow(
      "On “Use cases”, row 3 holds “Score” apart from the table's other headers (past a blank column or another area). Move it back beside the others",
    );
    expect(snapshotBook(env.book)).toBe(before);
  });

  it('never takes the French tab title for a header row, even beside a copy of the headers in row 1', () => {
    const env = setUp('fr_FR');
    const sheet = env.book.view.sheet("Cas d'usage");
    edit(env, () => sheet.getRange('B1:L1').setValues(sheet.getRange('A3:K3').getValues()));
    const result = prioritise(env);
    expect(result).toMatchObject({ scored: 5 });
    expect(at(env, "Cas d'usage", 'I4:K4')).toEqual([[64, 1, 'Gain rapide']]);
    expect(at(env, "Cas d'usage", 'A1:L1')[0][0]).toBe("Cas d'usage");
  });
});

describe('5. set-up when the scenario header is the last row of its tab', () => {
  it('creates the missing tabs without a crash, and says the scenario dropdown could not be offered', () => {
    const env = setUp();
    edit(env, () => {
      env.book.deleteSheet(env.book.view.sheet('Data needs'));
      env.book.view.sheet('Scenario map').deleteRows(4, 997);
    });
    expect(withGlobals(env, () => setUpTemplate())).toEqual({
      created: ['Data needs'],
      existing: ['Summary', 'Journey map', 'Use cases', 'Scenario map', 'KPIs'],
    });
    expect(env.book.view.toasts.at(-1)?.message).toContain('has no dropdown');
  });
});

describe('6. prioritising twice after a row was inserted between use cases', () => {
  it('changes nothing the second time: the split block is measured through the inserted row', () => {
    const env = setUp();
    const sheet = env.book.view.sheet('Use cases');
    prioritise(env);
    const title = cellWith(sheet, 'Priority matrix data (written by Prioritise use cases)');
    edit(env, () => sheet.insertRowsBefore(title.row + 1, 1)); // between title and header
    edit(env, () => sheet.insertRowsBefore(title.row + 4, 1)); // between two points
    prioritise(env);
    const once = snapshotBook(env.book);
    prioritise(env);
    expect(snapshotBook(env.book)).toBe(once);
    const column = valuesOf(sheet).map((row) => row[title.column - 1]);
    expect(column.filter((v) => typeof v === 'string' && /^UC-0\d$/.test(v)).sort()).toEqual([
      'UC-01',
      'UC-02',
      'UC-03',
      'UC-04',
      'UC-05',
    ]); // each point once
  });
});

describe('7. text that Sheets converts', () => {
  it.each(['en_US', 'fr_FR'])('comes back exactly as typed in the sidebar (%s)', (locale) => {
    const env = setUp(locale);
    const typed = {
      ...scenario,
      name: '9:00',
      programme: 'May 2025',
      target: 'Mars 2026',
      trigger: '$12',
      steps: [{ day: 1, channel: '1 janv.', message: '12 €' }],
      dataNeeds: [{ variable: 'VRAI', source: '05/01/2024' }],
    };
    const { row } = withGlobals(env, () => addScenario(typed));
    const tab = locale === 'fr_FR' ? 'Scénarios' : 'Scenario map';
    const values = valuesOf(env.book.view.sheet(tab))[row - 1];
    expect(values.slice(1, 5)).toEqual(['9:00', '', 'May 2025', 'Mars 2026']);
    expect(values[8]).toBe('$12');
    expect(values[9]).toMatch(/^[DJ]\+1 · 1 janv\. · 12 €$/);
    const needs = valuesOf(env.book.view.sheet(locale === 'fr_FR' ? 'Besoins de données' : 'Data needs')).at(-1);
    expect(needs?.slice(2, 4)).toEqual(['VRAI', '05/01/2024']);
  });
});
