// The chaos test's own checks must be able to fail: each is shown a break planted by hand.
import { runAction } from './actions';
import { restartTheClock, stopTheClock } from './clock';
import { plainJsonBreak, scenarioBreak, scoresBreak } from './checks-content';
import { Chaos } from './context';
import { captureBefore, messagesBreak, tokensBreak, unchangedBreak, weightsBreak } from './invariants';
import { Rng } from './prng';
import { formatReport, runChaos } from './runner';
import { settingsModel, useCaseRows, useCaseTable } from './sheet-model';
import { scenarioInput } from './texts';

function setUp(locale = 'en_US'): Chaos {
  const ctx = new Chaos(7, locale);
  expect(runAction(ctx, 'setUpTemplate', [], null).kind).toBe('ok');
  return ctx;
}

describe('the chaos harness', () => {
  beforeAll(stopTheClock);
  afterAll(restartTheClock);

  it('replays the same run from the same seed', () => {
    expect(new Rng(42).next()).toBe(new Rng(42).next());
    expect(runChaos(5, 'fr_FR', 12).steps).toEqual(runChaos(5, 'fr_FR', 12).steps);
  });

  it('notices a team note that disappeared, and one that moved', () => {
    const ctx = setUp();
    const sheet = ctx.tab('useCases')!;
    ctx.typeTracked(sheet, { row: 20, column: 2 }, 'note', (t) => `note ${t}`);
    ctx.typeTracked(sheet, { row: 21, column: 2 }, 'note', (t) => `note ${t}`);
    const before = captureBefore(ctx);
    ctx.edit(() => sheet.moveRows(sheet.getRange(21, 1), 25));
    expect(tokensBreak(ctx, 'addScenario', before, () => false)?.detail).toMatch(
      /~t2~.*was at Use cases!B21 and is now at Use cases!B24/,
    );
    ctx.edit(() => sheet.getRange(20, 2).setValue(''));
    expect(tokensBreak(ctx, 'addScenario', before, () => false)?.detail).toMatch(/~t1~.*is gone/);
    expect(tokensBreak(ctx, 'prioritiseUseCases', before, () => true)).toBeNull();
  });

  it('notices any change to the book, a team weight overwritten and a valid use case left unscored', () => {
    const ctx = setUp();
    const sheet = ctx.tab('useCases')!;
    const before = captureBefore(ctx);
    const label = settingsModel(sheet).customer!;
    ctx.type(sheet, { row: label.row, column: label.column + 1 }, 2);
    ctx.weights.push({ which: 'customer', value: 2, step: 1 });
    expect(unchangedBreak(ctx, before, 'nothing changes')?.detail).toMatch(/v=2/);
    ctx.type(sheet, { row: label.row, column: label.column + 1 }, 1);
    expect(weightsBreak(ctx, 'prioritiseUseCases')?.detail).toMatch(/set to 2 .* reads 1/);
    expect(useCaseRows(useCaseTable(sheet)!)).toHaveLength(5);
    expect(scoresBreak(ctx)?.detail).toMatch(/UC-01.*\(valid\)/);
  });

  it('refuses raw exceptions and messages in the wrong language', () => {
    const fr = setUp('fr_FR');
    const outcome = { kind: 'refused' as const, shown: [], faultFired: false };
    expect(
      messagesBreak(fr, 'prioritiseUseCases', { ...outcome, message: 'Fix it in M5, then run again.' }),
    ).not.toBeNull();
    expect(
      messagesBreak(fr, 'prioritiseUseCases', { ...outcome, message: 'Corrigez-le en M5, puis relancez.' }),
    ).toBeNull();
    const raw = { ...outcome, message: "TypeError: Cannot read properties of undefined (reading 'row')" };
    expect(messagesBreak(fr, 'addScenario', raw)?.invariant).toMatch(/raw exception/);
    expect(messagesBreak(fr, 'setUpTemplate', { kind: 'threw', shown: [], faultFired: false })).not.toBeNull();
  });

  it('reads back what addScenario wrote, and only plain JSON goes to the sidebar', () => {
    const ctx = setUp();
    const input = scenarioInput(new Rng(1), '9:00', 'en', true);
    const outcome = runAction(ctx, 'addScenario', [input], null);
    const written = outcome.value as { id: string; row: number };
    expect(scenarioBreak(ctx, input, written, '')).toBeNull();
    ctx.type(ctx.tab('scenarioMap')!, { row: written.row, column: 2 }, new Date(1899, 11, 30, 9, 0));
    expect(scenarioBreak(ctx, input, written, '')?.detail).toMatch(/"9:00" reads back as the date/);
    expect(plainJsonBreak({ names: ['a', new Date(0)] }, 'getSidebarOptions()')?.detail).toMatch(
      /names\.1 is \[object Date\]/,
    );
  });

  it('reports a break with its seed, locale, steps and a replay command', () => {
    const report = formatReport({
      seed: 9,
      locale: 'fr_FR',
      profile: 'weights',
      steps: ['setUpTemplate() → ok', 'prioritiseUseCases() → ok'],
      broke: { invariant: 'an invariant', detail: 'what broke' },
    });
    expect(report).toMatch(/seed 9, locale fr_FR/);
    expect(report).toMatch(/> {2}2\. prioritiseUseCases/);
    expect(report).toMatch(/CHAOS_SEED=9 CHAOS_LOCALE=fr_FR CHAOS_STEPS=2 npx jest tests\/chaos/);
  });
});
