import { setUpTemplate } from '../../src/features/set-up-template';
import { Env, makeEnv, withGlobals } from '../support/env';
import { readsAfterFirstWrite } from '../support/call-order';
import { cellWith, snapshotBook, snapshotSheet, typeInto, valuesOf } from '../support/sheet-helpers';

/**
 * The budget of Sheets calls for setting up the four tabs from nothing. Each tab costs a fixed number of block
 * calls (one per layer, validation, band and width run), never one per cell: see the README.
 */
/** Sheets service calls (builders excluded: they assemble a value locally) for the four tabs of the method. */
const SET_UP_CALL_BUDGET = 60;
/**
 * The whole set-up on an empty spreadsheet: the Summary created first and filled (reading every tab that may be a
 * journey map, Sheet1 included), the four tabs, the KPI tab.
 */
const WHOLE_SET_UP_BUDGET = 107;
/**
 * The KPI tab's own, set up in a workbook holding the four method tabs (each tab's name read once): the lock and
 * the tab list, then one call per layer, one for all its formulas, one for both conditional formats, its widths.
 */
const KPI_CALL_BUDGET = 32;

function run(env: Env) {
  return withGlobals(env, () => setUpTemplate());
}

describe('setUpTemplate', () => {
  it('creates the Summary first and the four tabs in English, and says so in a toast', () => {
    const env = makeEnv({ locale: 'en_GB' });
    const result = run(env);
    expect(result).toEqual({
      created: ['Summary', 'Journey map', 'Use cases', 'Scenario map', 'Data needs', 'KPIs'],
      existing: [],
    });
    expect(env.book.view.sheetNames()).toEqual([
      'Summary',
      'Sheet1',
      'Journey map',
      'Use cases',
      'Scenario map',
      'Data needs',
      'KPIs',
    ]);
    expect(env.book.view.toasts).toHaveLength(1);
    expect(env.book.view.toasts[0].message).toMatch(/^Created: “Summary”, “Journey map”/);
    // The page a team lead opens first.
    expect(env.book.getActiveSheet().view.title()).toBe('Summary');
  });

  it('creates the four tabs in French from a French locale', () => {
    const env = makeEnv({ locale: 'fr_FR' });
    expect(run(env).created).toEqual([
      'Synthèse',
      'Parcours client',
      "Cas d'usage",
      'Scénarios',
      'Besoins de données',
      'Indicateurs',
    ]);
    expect(env.book.view.toasts[0].message).toMatch(/^Créés : /);
    const useCases = env.book.view.sheet("Cas d'usage");
    expect(valuesOf(useCases)[2].slice(0, 11)).toEqual([
      'ID',
      "Cas d'usage",
      'Point de contact',
      'Catégorie',
      'Objectif',
      'Impact business',
      'Impact expérience client',
      'Difficulté',
      'Score',
      'Rang',
      'Quadrant',
    ]);
  });

  it('creates nothing the second time and reports every tab as existing', () => {
    const env = makeEnv();
    run(env);
    const before = snapshotBook(env.book);
    const second = run(env);
    expect(second).toEqual({
      created: [],
      existing: ['Summary', 'Journey map', 'Use cases', 'Scenario map', 'Data needs', 'KPIs'],
    });
    expect(snapshotBook(env.book)).toEqual(before);
    expect(env.book.view.toasts[1].message).toMatch(/Nothing to create/);
  });

  it('leaves an existing tab exactly as the team left it, found under either language', () => {
    const env = makeEnv({ locale: 'en_US', sheets: ['Parcours client'] });
    const team = env.book.view.sheet('Parcours client');
    typeInto(team, 1, 1, [['Our own journey', 'with our own words']]);
    const before = snapshotSheet(team);
    const result = run(env);
    expect(result.existing).toEqual(['Parcours client']);
    expect(result.created).toEqual(['Summary', 'Use cases', 'Scenario map', 'Data needs', 'KPIs']);
    expect(snapshotSheet(team)).toEqual(before);
  });

  it('styles the tables: frozen headers, legend colours, computed columns shaded, dropdowns', () => {
    const env = makeEnv();
    run(env);
    const journey = env.book.view.sheet('Journey map');
    expect(journey.view.frozen()).toEqual({ rows: 5, columns: 1 });
    const friction = cellWith(journey, 'Friction');
    expect(journey.view.peek(friction.row, friction.column).format.background).toBe('#f6b26b');

    const useCases = env.book.view.sheet('Use cases');
    const score = cellWith(useCases, 'Score');
    expect(useCases.view.peek(score.row + 50, score.column).format.background).toBe('#efefef');
    const difficulty = cellWith(useCases, 'Difficulty');
    const rule = useCases.view.peek(difficulty.row + 200, difficulty.column).validation!.view.describe();
    expect(rule.values[0]).toEqual(['1', '2', '3', '4', '5']);
    expect(useCases.view.peek(difficulty.row, difficulty.column).note).toMatch(/1 = easy/);

    const dataNeeds = env.book.view.sheet('Data needs');
    const scenario = cellWith(dataNeeds, 'Scenario');
    expect(dataNeeds.view.peek(scenario.row + 1, scenario.column).validation!.view.describe().values[0]).toBe(
      'Scenario map!B4:B1000',
    );
    const available = cellWith(dataNeeds, 'Available');
    expect(dataNeeds.view.peek(available.row + 1, available.column).validation!.view.describe().values[0]).toEqual([
      'Yes',
      'No',
      'Partial',
    ]);
  });

  it('writes the overview matrix as formulas that read the scenario table', () => {
    const env = makeEnv();
    run(env);
    const scenarios = env.book.view.sheet('Scenario map');
    const corner = cellWith(scenarios, 'Target ↓ / Phase →');
    expect(valuesOf(scenarios)[corner.row - 1].slice(corner.column, corner.column + 4)).toEqual([
      'Welcome',
      'Activation',
      'Relationship',
      'Upsell',
    ]);
    const formula = scenarios.view.peek(corner.row + 1, corner.column).formula;
    expect(formula).toContain('FILTER(n;t=INDEX(u;r);p=INDEX(h;1;c);n<>"")');
    expect(formula).toMatch(/^=IFERROR\(LET\(n;\$B\$4:\$B;t;\$E\$4:\$E;p;\$F\$4:\$F;h;\$N\$3:\$Q\$3;/);
    // Computed as Sheets would: the example scenario under its target and phase.
    expect(valuesOf(scenarios)[corner.row].slice(corner.column - 1, corner.column + 4)).toEqual([
      'All contacts',
      '',
      'Abandoned cart',
      '',
      '',
    ]);
  });

  it(`stays within its budget of ${SET_UP_CALL_BUDGET} Sheets calls for the four method tabs, writing no cell one by one`, () => {
    // The Summary and the KPI tab already there: each holds a budget of its own, below.
    const env = makeEnv({ sheets: ['Summary', 'KPIs'] });
    env.book.log.reset();
    expect(run(env).created).toEqual(['Journey map', 'Use cases', 'Scenario map', 'Data needs']);
    expect(env.book.log.serviceCalls()).toBeLessThanOrEqual(SET_UP_CALL_BUDGET);
    expect(env.book.log.count('Range.setValue')).toBe(0);
    expect(env.book.log.count('Range.setValues')).toBe(4);
  });

  it(`stays within ${WHOLE_SET_UP_BUDGET} Sheets calls with the Summary created and filled and the KPI tab`, () => {
    const env = makeEnv();
    env.book.log.reset();
    run(env);
    expect(env.book.log.serviceCalls()).toBeLessThanOrEqual(WHOLE_SET_UP_BUDGET);
    expect(env.book.log.count('Range.setValue')).toBe(0);
    expect(env.book.log.count('Range.setValues')).toBe(6);
    expect(readsAfterFirstWrite(env.book.log.sequence)).toEqual([]);
  });

  it(`creates the KPI tab alone within its own budget of ${KPI_CALL_BUDGET} Sheets calls`, () => {
    const env = makeEnv({ sheets: ['Summary', 'Journey map', 'Use cases', 'Scenario map', 'Data needs'] });
    env.book.log.reset();
    expect(run(env).created).toEqual(['KPIs']);
    expect(env.book.log.serviceCalls()).toBeLessThanOrEqual(KPI_CALL_BUDGET);
    expect(env.book.log.count('Range.setValues')).toBe(1);
    // Trend and Latest vs target of every row in one setFormulas, apart from the values; both rules in one call.
    expect(env.book.log.count('Range.setFormulas')).toBe(1);
    expect(env.book.log.count('Range.setFormula')).toBe(0);
    const kpis = env.book.view.sheet('KPIs');
    expect(kpis.view.peek(4, 19).formula).toBe('=SPARKLINE($G4:$R4)');
    expect(env.book.log.count('Sheet.setConditionalFormatRules')).toBe(1);
  });

  it('refuses to run while another run holds the document lock, and creates nothing', () => {
    const env = makeEnv();
    env.lock.heldElsewhere = true;
    expect(() => run(env)).toThrow(/Someone else is updating/);
    expect(env.book.view.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('setUpTemplate call order', () => {
  it('reads everything before its first write, even with a scenario tab kept from before', () => {
    const env = makeEnv({ sheets: ['Scenario map'] });
    typeInto(env.book.view.sheet('Scenario map'), 2, 1, [
      [
        'ID',
        'Scenario',
        'Programme',
        'Target',
        'Phase',
        'Channel',
        'Trigger type',
        'Trigger',
        'Message sequence',
        'Status',
      ],
    ]);
    env.book.log.reset();
    withGlobals(env, () => setUpTemplate());
    expect(readsAfterFirstWrite(env.book.log.sequence)).toEqual([]);
    const needs = env.book.view.sheet('Data needs');
    expect(needs.view.peek(4, 1).validation!.view.describe().values[0]).toBe('Scenario map!B3:B1000');
  });
});

describe('setUpTemplate with renamed tabs', () => {
  it('finds tabs renamed in another case, with stray spaces or a curly apostrophe, instead of failing to create them', () => {
    const env = makeEnv({ sheets: ['journey MAP ', 'Cas d’usage'] });
    const result = withGlobals(env, () => setUpTemplate());
    expect(result.existing).toEqual(['journey MAP ', 'Cas d’usage']);
    expect(result.created).toEqual(['Summary', 'Scenario map', 'Data needs', 'KPIs']);
    expect(env.book.view.sheetNames()).toEqual([
      'Summary',
      'journey MAP ',
      'Cas d’usage',
      'Scenario map',
      'Data needs',
      'KPIs',
    ]);
  });
});

describe('setUpTemplate French wording', () => {
  it('quotes tab names the French way', () => {
    const env = makeEnv({ locale: 'fr_FR', sheets: ['Parcours client'] });
    withGlobals(env, () => setUpTemplate());
    expect(env.book.view.toasts[0].message).toBe(
      "Créés : « Synthèse », « Cas d'usage », « Scénarios », « Besoins de données », « Indicateurs ». Laissés tels quels : « Parcours client ».",
    );
  });
});
