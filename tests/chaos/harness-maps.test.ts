// The checks of the newer actions must be able to fail too: each is shown what the action really did, then a
// break planted by hand.
import { runAction } from './actions';
import { addedUseCasesBreak, curveChartsBreak, curvesBreak, personaBreak, placedIdeaBreak } from './checks-maps';
import { summaryBreak } from './checks-summary';
import { restartTheClock, stopTheClock } from './clock';
import { Chaos } from './context';
import { catalogue } from './inputs';
import { captureBefore } from './invariants';
import { firstMap, journeyTabs, summaryMarker } from './maps-model';
import { a1, isEmptyCell, valueAt } from './sheet-model';
import { againExpected } from './specs';

function setUp(locale = 'en_US'): Chaos {
  const ctx = new Chaos(7, locale);
  expect(runAction(ctx, 'setUpTemplate', [], null).kind).toBe('ok');
  return ctx;
}

function ok(ctx: Chaos, action: Parameters<typeof runAction>[1], args: unknown[] = []): unknown {
  const outcome = runAction(ctx, action, args, null);
  expect(outcome).toMatchObject({ kind: 'ok' });
  return outcome.value;
}

describe('the chaos harness, for the newer actions', () => {
  beforeAll(stopTheClock);
  afterAll(restartTheClock);

  it('a persona map: a new tab holding the stages it reports, and nothing else changed', () => {
    const ctx = setUp('fr_FR');
    const before = captureBefore(ctx);
    const value = ok(ctx, 'addPersonaJourneyMap', ['Seniors 👵']) as { tab: string; stages: string[] };
    expect(personaBreak(before, value, 'fr')).toBeNull();
    expect(personaBreak(before, { ...value, stages: ['Autre'] }, 'fr')?.invariant).toMatch(/holds the stages/);
    expect(personaBreak(before, { tab: ctx.tab('useCases')!.view.title(), stages: [] }, 'fr')).not.toBeNull();
    ctx.type(ctx.tab('useCases')!, { row: 40, column: 2 }, 'typed elsewhere');
    expect(personaBreak(before, value, 'fr')?.detail).toMatch(/it also changed: Cas d'usage!R40C2 /);
  });

  it('an idea placed: on a touchpoint that held nothing, reading back as its title, nothing else changed', () => {
    const ctx = setUp();
    const idea = catalogue(ctx)[0];
    const { sheet, map } = firstMap(ctx.env.book)!;
    const free = map.channels
      .flatMap((c) => map.stages.map((s) => ({ channel: c.name, stage: s.name, row: c.row, column: s.column })))
      .find((t) => isEmptyCell(sheet, t))!;
    const before = captureBefore(ctx);
    const value = ok(ctx, 'addIdeaToJourneyMap', [{ ideaId: idea.id, channel: free.channel, stage: free.stage }]);
    expect(value).toEqual({ tab: sheet.view.title(), cell: a1(sheet, free).split('!')[1] });
    expect(placedIdeaBreak(before, value, idea.title)).toBeNull();
    expect(placedIdeaBreak(before, value, 'another title')?.invariant).toMatch(/reads back as its title/);
    ctx.type(sheet, { row: free.row, column: free.column }, 'the team’s own touchpoint');
    const taken = captureBefore(ctx);
    ctx.type(sheet, { row: free.row, column: free.column }, idea.title);
    expect(placedIdeaBreak(taken, value, idea.title)?.detail).toMatch(/held .*the team’s own touchpoint/);
    ctx.type(sheet, { row: 1, column: 20 }, 'typed elsewhere');
    expect(placedIdeaBreak(before, value, idea.title)?.detail).toMatch(/it also changed: .*!R1C20 /);
  });

  it('a use case added: under a new ID, reading back its title, in its own row only', () => {
    const ctx = setUp();
    const idea = catalogue(ctx)[1];
    const before = captureBefore(ctx);
    const added = ok(ctx, 'addIdeaAsUseCase', [{ ideaId: idea.id }]) as { id: string; row: number };
    const rows = [{ ...added, useCase: idea.title }];
    expect(addedUseCasesBreak(ctx, before, rows, 'adding')).toBeNull();
    expect(addedUseCasesBreak(ctx, before, [{ ...added, id: before.useCaseIds[0] }], 'adding')).not.toBeNull();
    expect(addedUseCasesBreak(ctx, before, [{ ...added, useCase: 'other' }], 'adding')?.detail).toMatch(/reads/);
    ctx.type(ctx.tab('useCases')!, { row: added.row + 1, column: 2 }, 'typed under it');
    expect(addedUseCasesBreak(ctx, before, rows, 'adding')?.detail).toMatch(
      new RegExp(`it also changed: Use cases!R${added.row + 1}C2 `),
    );
    // Adding the same idea again adds another use case, checked as the first was.
    expect(againExpected('addIdeaAsUseCase', { kind: 'ok', shown: [], faultFired: false })).toBe('adds');
  });

  it('a refreshed Summary keeps its notes line, the team’s notes under it and one chart per title', () => {
    const ctx = setUp();
    ok(ctx, 'refreshSummary');
    expect(summaryBreak(ctx)).toBeNull();
    const sheet = ctx.tab('summary')!;
    const marker = summaryMarker(sheet)!;
    ctx.typeTracked(sheet, { row: marker.row - 1, column: 9 }, 'note', (t) => `note ${t}`);
    expect(summaryBreak(ctx)?.invariant).toMatch(/notes stay under the Summary’s notes line/);
    ctx.type(sheet, marker, '');
    expect(summaryBreak(ctx)?.detail).toBe('the line is gone');
  });

  it('the curves: the ratings reported, the comparison on the first map, one chart per title, only the add-on’s cells', () => {
    const ctx = setUp();
    ok(ctx, 'addPersonaJourneyMap', ['Seniors']);
    const value = ok(ctx, 'drawExperienceCurves');
    expect(curvesBreak(ctx, value)).toBeNull();
    const sheet = journeyTabs(ctx.env.book)[0].sheet;
    const [chart, comparison] = sheet.view.chartList();
    expect(comparison).toBeDefined();
    const box = chart.view.ranges[0].view.box();
    const plotted = { row: box.row + box.numRows - 1, column: box.column };
    expect(valueAt(sheet, plotted.row, plotted.column + 1)).toBe(3);
    ctx.type(sheet, { row: plotted.row, column: plotted.column + 1 }, 5);
    expect(curvesBreak(ctx, value)?.detail).toMatch(/^Journey map plots .*"I come back",5\]\], not/);
    ctx.type(sheet, { row: plotted.row, column: plotted.column + 1 }, 3);
    const merged = comparison.view.ranges[0].view.box();
    ctx.type(sheet, { row: merged.row + 1, column: merged.column + 1 }, 1);
    expect(curvesBreak(ctx, value)?.detail).toMatch(/: Journey map rates “I discover the brand” 3, not 1$/);
    ctx.type(sheet, { row: merged.row + 1, column: merged.column + 1 }, 3);
    ctx.edit(() => sheet.removeChart(comparison));
    expect(curvesBreak(ctx, value)?.detail).toMatch(/the comparison on Journey map plots null/);
    ctx.typeTracked(sheet, plotted, 'note', (t) => `note ${t}`);
    expect(curveChartsBreak(ctx)?.invariant).toMatch(/plots only the add-on’s own cells/);
    ctx.type(sheet, plotted, '');
    ctx.edit(() => sheet.insertChart(chart.modify().build()));
    expect(curveChartsBreak(ctx)?.invariant).toMatch(/refreshed, never duplicated/);
  });
});
