// Draw the experience curves: one line chart per journey map from its Experience lane, and the personas compared on
// the first map; ratings that are not whole numbers from 1 to 5 reported with their cells, never plotted.
import { drawExperienceCurves } from '../../src/features/draw-experience-curves';
import { setUpTemplate } from '../../src/features/set-up-template';
import { FakeSheet } from '../../fake';
import { readsAfterFirstWrite } from '../support/call-order';
import { Env, makeEnv, withGlobals } from '../support/env';
import { buildJourneyMap } from '../support/journey-builder';
import { addExperienceLane, someRatings } from '../support/lane-builder';
import { cellWith, snapshotBook, typeInto, valuesOf } from '../support/sheet-helpers';

const draw = (env: Env) => withGlobals(env, () => drawExperienceCurves());

/** A map of `stages` stages and two channels at A5, its Experience lane under it after a blank row (row 9). */
function mapWithLane(env: Env, tab: string, ratings: unknown[], language: 'en' | 'fr' = 'en'): FakeSheet {
  const sheet = buildJourneyMap(env.book, {
    stages: ratings.length,
    channels: 2,
    tab,
    language,
    touchpoint: () => null,
  });
  addExperienceLane(sheet, { row: 9, column: 1 }, ratings, language === 'fr' ? 'Expérience (1–5)' : undefined);
  return sheet;
}

/** What a chart shows: its type, title, where it sits and the cells it plots. */
function charts(sheet: FakeSheet) {
  return sheet.view.chartList().map((c) => ({
    type: c.view.chartType,
    title: c.view.options.title,
    anchor: [c.view.position.anchorRow, c.view.position.anchorColumn, c.view.position.offsetY],
    ranges: c.view.ranges.map((r) => r.view.a1()),
  }));
}

/** The values of a block of cells from a 1-based cell. */
function block(sheet: FakeSheet, row: number, column: number, rows: number, columns: number): unknown[][] {
  return valuesOf(sheet)
    .slice(row - 1, row - 1 + rows)
    .map((r) => r.slice(column - 1, column - 1 + columns));
}

describe('drawExperienceCurves', () => {
  it('draws the template’s curve beside its map from the ratings set-up wrote', () => {
    const env = makeEnv();
    withGlobals(env, () => setUpTemplate());
    const result = draw(env);
    expect(result.maps).toEqual([
      {
        tab: 'Journey map',
        persona: null,
        points: [3, 4, 2, 3, 4, 4, 2, 3].map((experience, i) => ({
          stage: valuesOf(env.book.view.sheet('Journey map'))[4][1 + i],
          experience,
        })),
        problems: [],
      },
    ]);
    const map = env.book.view.sheet('Journey map');
    const title = cellWith(map, 'Experience curve data (written by Draw the experience curves)');
    expect(title).toEqual({ row: 18, column: 1 });
    expect(charts(map)).toEqual([
      { type: 'LINE', title: 'Experience curve — Journey map', anchor: [5, 11, 0], ranges: ['A19:B27'] },
    ]);
    expect(map.view.chartList()[0].view.options).toMatchObject({
      'vAxis.viewWindow.min': 1,
      'vAxis.viewWindow.max': 5,
      interpolateNulls: false,
    });
    expect(env.book.view.toasts.at(-1)!.message).toBe('1 experience curve drawn beside its map.');
  });

  it('leaves a bad rating out of the curve and reports it with its cell; a blank is a gap, not a zero', () => {
    const env = makeEnv();
    const sheet = mapWithLane(env, 'Journey map', [3, '', 6, 3.5, 'great', true, new Date(2026, 0, 5), 5]);
    const [map] = draw(env).maps;
    expect(map.points.map((p) => p.experience)).toEqual([3, null, null, null, null, null, null, 5]);
    expect(map.problems.map((p) => p.cell)).toEqual(['D9', 'E9', 'F9', 'G9', 'H9']);
    expect(map.problems[0].reason).toMatch(/^Stage 3: '6' is not from 1 to 5, so it is not plotted\./);
    const title = cellWith(sheet, 'Experience curve data (written by Draw the experience curves)');
    expect(block(sheet, title.row + 1, 1, 9, 2).map((r) => r[1])).toEqual([
      'Journey map',
      3,
      '',
      '',
      '',
      '',
      '',
      '',
      5,
    ]);
    const dialog = env.ui.view.alerts[0];
    expect(dialog.title).toBe('Experience curves');
    expect(dialog.prompt).toContain('5 cells were not plotted:');
    expect(dialog.prompt).toContain("• D9: Stage 3: '6' is not from 1 to 5");
    expect(dialog.prompt).toContain("• F9: Stage 5: 'great' is not a number");
  });

  it('compares the personas on the first map, one line each, and titles each map’s curve with its persona', () => {
    const env = makeEnv();
    const first = mapWithLane(env, 'Journey map', [3, 4, 2]);
    const young = mapWithLane(env, 'Journey map — Young parents', [2, '', 5]);
    mapWithLane(env, 'Journey map — Seniors', [1, 1, 4]);
    const result = draw(env);
    expect(result.maps.map((m) => [m.tab, m.persona, m.points.map((p) => p.experience)])).toEqual([
      ['Journey map', null, [3, 4, 2]],
      ['Journey map — Young parents', 'Young parents', [2, null, 5]],
      ['Journey map — Seniors', 'Seniors', [1, 1, 4]],
    ]);
    expect(charts(young)).toEqual([
      { type: 'LINE', title: 'Experience curve — Young parents', anchor: [5, 6, 0], ranges: ['A12:B15'] },
    ]);
    expect(charts(first)).toEqual([
      { type: 'LINE', title: 'Experience curve — Journey map', anchor: [5, 6, 0], ranges: ['A12:B15'] },
      { type: 'LINE', title: 'Experience curves by persona', anchor: [5, 6, 320], ranges: ['D12:G15'] },
    ]);
    expect(block(first, 11, 4, 5, 4)).toEqual([
      ['Experience curves by persona: data (written by Draw the experience curves)', '', '', ''],
      ['Stage', 'Journey map', 'Young parents', 'Seniors'],
      ['Stage 1', 3, 2, 1],
      ['Stage 2', 4, '', 1],
      ['Stage 3', 2, 5, 4],
    ]);
    expect(env.book.view.toasts.at(-1)!.message).toBe(
      '3 experience curves drawn beside their maps. The personas’ curves side by side are on “Journey map”.',
    );
  });

  it('refreshes its charts and blocks in place: a second run changes nothing, and a new rating is picked up', () => {
    const env = makeEnv();
    const first = mapWithLane(env, 'Journey map', [3, 4, 2]);
    mapWithLane(env, 'Journey map — Young parents', [2, '', 5]);
    draw(env);
    const ids = first.view.chartList().map((c) => c.view.chartId);
    const before = snapshotBook(env.book);
    draw(env);
    expect(snapshotBook(env.book)).toBe(before);
    typeInto(first, 9, 3, [[1]]);
    draw(env);
    expect(first.view.chartList().map((c) => c.view.chartId)).toEqual(ids);
    expect(block(first, 13, 1, 2, 2)).toEqual([
      ['Stage 1', 3],
      ['Stage 2', 1],
    ]);
  });

  it('finds a lane the team moved between the legend and the stage headers', () => {
    const env = makeEnv();
    const sheet = buildJourneyMap(env.book, {
      stages: 3,
      channels: 2,
      anchor: { row: 6, column: 1 },
      touchpoint: () => null,
    });
    addExperienceLane(sheet, { row: 4, column: 1 }, [5, 4, 3]);
    expect(draw(env).maps[0].points.map((p) => p.experience)).toEqual([5, 4, 3]);
  });

  it('moves its block below a note typed under it rather than write over it', () => {
    const env = makeEnv();
    const sheet = mapWithLane(env, 'Journey map', [3, 4, 2]);
    draw(env);
    typeInto(sheet, 16, 1, [['Our note under the block']]);
    typeInto(sheet, 5, 5, [['Stage 4']]); // a stage added: the block needs one more row
    typeInto(sheet, 9, 5, [[1]]);
    draw(env);
    expect(valuesOf(sheet)[15][0]).toBe('Our note under the block');
    const title = cellWith(sheet, 'Experience curve data (written by Draw the experience curves)');
    expect(title.row).toBe(18);
    expect(valuesOf(sheet)[10].slice(0, 2)).toEqual(['', '']);
    expect(sheet.view.chartList()[0].view.ranges.map((r) => r.view.a1())).toEqual(['A19:B23']);
  });

  it('says which map has no Experience lane and how to add one, writing nothing when none has', () => {
    const env = makeEnv();
    buildJourneyMap(env.book, { stages: 3, channels: 2 });
    const before = snapshotBook(env.book);
    expect(() => draw(env)).toThrow(
      '“Journey map” has no Experience lane. Add a row labelled “Experience (1–5)” in the column of “Channel”, under the map after a blank row, with a rating from 1 to 5 under each stage.',
    );
    expect(snapshotBook(env.book)).toBe(before);
  });

  it('draws the maps that have a lane and names the one that has none', () => {
    const env = makeEnv();
    buildJourneyMap(env.book, { stages: 3, channels: 2 });
    const young = mapWithLane(env, 'Journey map — Young parents', [2, 3, 5]);
    const result = draw(env);
    expect(result.maps[0]).toEqual({
      tab: 'Journey map',
      persona: null,
      points: [],
      problems: [{ cell: 'A5', reason: expect.stringMatching(/^“Journey map” has no Experience lane\./) }],
    });
    expect(env.book.view.sheet('Journey map').view.chartList()).toEqual([]);
    expect(charts(young).map((c) => c.title)).toEqual(['Experience curve — Young parents']);
    expect(env.ui.view.alerts[0].prompt).toMatch(
      /^1 experience curve drawn beside its map\.\n\n“Journey map” has no Experience lane\./,
    );
  });

  it('speaks French on a French sheet', () => {
    const env = makeEnv({ locale: 'fr_FR' });
    const sheet = mapWithLane(env, 'Parcours client', [3, 0, 4], 'fr');
    const [map] = draw(env).maps;
    expect(map.problems[0].reason).toMatch(/^Stage 2 : « 0 » n’est pas entre 1 et 5/);
    expect(charts(sheet)[0].title).toBe('Courbe d’expérience — Parcours client');
    expect(valuesOf(sheet)[11].slice(0, 2)).toEqual(['Étape', 'Parcours client']);
  });

  it('takes its blocks back when a chart call fails, and says nothing was changed', () => {
    const env = makeEnv();
    mapWithLane(env, 'Journey map', [3, 4, 2]);
    const before = snapshotBook(env.book);
    env.book.log.failOn('Sheet.insertChart');
    expect(() => draw(env)).toThrow(/could not finish .*Nothing was changed/);
    expect(snapshotBook(env.book)).toBe(before);
  });
});

describe('drawExperienceCurves budget', () => {
  function measure(stages: number) {
    const env = makeEnv();
    for (const tab of ['Journey map', 'Journey map — Young parents', 'Journey map — Seniors']) {
      const sheet = mapWithLane(env, tab, someRatings(stages));
      // As large as a tab Sheets makes (1000 rows), wide enough for the charts: growing it is not what is measured.
      env.book.log.uncounted(() => {
        sheet.insertRowsAfter(sheet.getMaxRows(), 1000 - sheet.getMaxRows());
        sheet.insertColumnsAfter(sheet.getMaxColumns(), 60 - sheet.getMaxColumns());
      });
    }
    env.book.log.reset();
    draw(env);
    return Object.assign(env.book.log, { env });
  }

  it('reads each map once, before its first write, and draws one chart call set per chart', () => {
    const log = measure(8);
    // Three maps, and Sheet1's values: any tab may be a journey map under another name.
    expect(log.count('Sheet.getDataRange')).toBe(4);
    expect(log.count('Range.getValues')).toBe(4);
    expect(readsAfterFirstWrite(log.sequence)).toEqual([]);
    expect(log.count('Sheet.insertChart')).toBe(4);
    expect(log.count('Range.setValues')).toBe(4);
    expect(log.serviceCalls()).toBeLessThanOrEqual(CURVES_CALL_BUDGET);
    // Refreshing: each chart found by its title and updated, none added.
    log.reset();
    draw(log.env);
    expect(log.count('Sheet.insertChart')).toBe(0);
    expect(log.count('Sheet.updateChart')).toBe(4);
    expect(log.serviceCalls()).toBeLessThanOrEqual(CURVES_CALL_BUDGET);
  });

  it('makes the same calls for 8 and 40 stages', () => {
    const eight = measure(8);
    const forty = measure(40);
    expect(forty.serviceCalls()).toBe(eight.serviceCalls());
    expect(forty.total()).toBe(eight.total());
  });
});

/**
 * Sheets service calls to draw or refresh three maps' curves and the comparison (chart builders excluded), with
 * the two that read Sheet1, since any tab may be a journey map under another name.
 */
const CURVES_CALL_BUDGET = 62;
