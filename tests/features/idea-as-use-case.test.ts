// An idea from the catalogue added straight to the use-case table: one row, the next free ID, linked to its touchpoint.
import { addIdeaAsUseCase } from '../../src/features/add-idea-as-use-case';
import { setUpTemplate } from '../../src/features/set-up-template';
import { ideaById } from '../../src/core/ideas';
import { Env, makeEnv, withGlobals } from '../support/env';
import { readsAfterFirstWrite } from '../support/call-order';
import { buildJourneyMap } from '../support/journey-builder';
import { snapshotBook, typeInto, valuesOf } from '../support/sheet-helpers';
import { buildUseCases, generatedUseCases } from '../support/use-case-builder';

function templateEnv(locale = 'en_US'): Env {
  const env = makeEnv({ locale });
  withGlobals(env, () => setUpTemplate());
  return env;
}

const add = (env: Env, input: unknown) => withGlobals(env, () => addIdeaAsUseCase(input));
const idea = ideaById('store-stock-mismatch')!;

describe('addIdeaAsUseCase', () => {
  it('appends one row: next ID, title, touchpoint, category, detail as objective, ratings left empty', () => {
    const env = templateEnv();
    expect(add(env, { ideaId: idea.id, channel: 'Store', stage: 'I buy' })).toEqual({ id: 'UC-06', row: 9 });
    const rows = valuesOf(env.book.view.sheet('Use cases'));
    expect(rows[8].slice(0, 11)).toEqual([
      'UC-06',
      idea.title.en,
      'Store × I buy',
      'Friction to fix',
      idea.detail.en,
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('writes under the table’s own header, not under a copy of it pasted above, when the table is empty', () => {
    // Found by the chaos test (seed 272): the row went under the copy in row 1, over the tab's help line.
    const env = templateEnv();
    const sheet = env.book.view.sheet('Use cases');
    env.book.log.uncounted(() => sheet.deleteRows(4, 5));
    typeInto(sheet, 1, 2, [valuesOf(sheet)[2].slice(0, 11)]);
    expect(add(env, { ideaId: idea.id })).toEqual({ id: 'UC-01', row: 4 });
    expect(valuesOf(sheet)[1].slice(1, 12)).toEqual(new Array(11).fill(''));
    expect(valuesOf(sheet)[3].slice(0, 2)).toEqual(['UC-01', idea.title.en]);
  });

  it('writes French words on a French sheet, and no touchpoint when no channel and stage were given', () => {
    const env = templateEnv('fr_FR');
    const opportunity = ideaById('email-after-purchase-help')!;
    expect(add(env, { ideaId: opportunity.id })).toEqual({ id: 'UC-06', row: 9 });
    expect(add(env, { ideaId: opportunity.id, channel: 'Email', stage: '  ' })).toEqual({ id: 'UC-07', row: 10 });
    const rows = valuesOf(env.book.view.sheet("Cas d'usage"));
    expect(rows[8].slice(0, 5)).toEqual([
      'UC-06',
      opportunity.title.fr,
      '',
      'Opportunité omnicanale',
      opportunity.detail.fr,
    ]);
    expect(rows[9][2]).toBe('');
  });

  it('names the persona when the first journey map is a persona’s', () => {
    const env = makeEnv();
    buildJourneyMap(env.book, { stages: 3, channels: 2, tab: 'Journey map — Young parents' });
    buildUseCases(env.book, {
      headers: [
        'ID',
        'Use case',
        'Touchpoint',
        'Category',
        'Objective',
        'Business impact',
        'Customer experience impact',
        'Difficulty',
        'Score',
        'Rank',
        'Quadrant',
      ],
      rows: [],
    });
    expect(add(env, { ideaId: idea.id, channel: 'Channel 1', stage: 'Stage 2' })).toEqual({ id: 'UC-01', row: 4 });
    expect(valuesOf(env.book.view.sheet('Use cases'))[3][2]).toBe('Channel 1 × Stage 2 (Young parents)');
  });

  it('adds the row without a touchpoint when the table has no Touchpoint column', () => {
    const env = makeEnv();
    buildUseCases(env.book, { rows: [['UC-01', 'Existing', 'Conversion', 'Sell', 3, 3, 3]] });
    expect(add(env, { ideaId: idea.id, channel: 'Store', stage: 'I buy' })).toEqual({ id: 'UC-02', row: 5 });
    expect(valuesOf(env.book.view.sheet('Use cases'))[4]).toEqual([
      'UC-02',
      idea.title.en,
      'Friction to fix',
      idea.detail.en,
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('numbers after the highest ID, through gaps, hand-sorted rows and other kinds of IDs', () => {
    const env = templateEnv();
    typeInto(env.book.view.sheet('Use cases'), 4, 1, [['UC-03'], ['uc-11'], ['TEAM-40'], ['UC-2']]);
    expect(add(env, { ideaId: idea.id }).id).toBe('UC-12');
    expect(add(env, { ideaId: idea.id }).id).toBe('UC-13');
  });

  it('keeps the channel and stage it was sent as text, even when they look like a formula or a number', () => {
    const env = templateEnv();
    add(env, { ideaId: idea.id, channel: '=1+1', stage: '+33 6' });
    const formulas = env.book.log.uncounted(() => env.book.view.sheet('Use cases').getRange('A9:K9').getFormulas()[0]);
    expect(formulas.every((f) => f === '')).toBe(true);
    expect(valuesOf(env.book.view.sheet('Use cases'))[8][2]).toBe('=1+1 × +33 6');
  });

  it.each([
    [{ ideaId: 'no-such-idea' }, /^No idea in the catalogue has the ID “no-such-idea”\. Close the ideas sidebar/],
    [null, /^No idea in the catalogue has the ID “”/],
  ])('refuses %j and writes nothing', (input, message) => {
    const env = templateEnv();
    const before = snapshotBook(env.book);
    expect(() => add(env, input)).toThrow(message);
    expect(snapshotBook(env.book)).toEqual(before);
  });

  it('says to run set-up when there is no use-case tab', () => {
    const env = makeEnv();
    expect(() => add(env, { ideaId: idea.id })).toThrow(/The tab “Use cases” is missing\. Run Omnichannel › Set up/);
  });

  it('refuses while another run holds the lock, writing nothing', () => {
    const env = templateEnv();
    const before = snapshotBook(env.book);
    env.lock.heldElsewhere = true;
    expect(() => add(env, { ideaId: idea.id })).toThrow(/Someone else is updating this spreadsheet right now/);
    expect(snapshotBook(env.book)).toEqual(before);
  });

  it('takes back the rows a full sheet grew by when the write fails', () => {
    const env = templateEnv();
    const sheet = env.book.view.sheet('Use cases');
    env.book.log.uncounted(() => sheet.view.resize(8, sheet.getMaxColumns()));
    const before = snapshotBook(env.book);
    env.book.log.failOn('Range.setValues', 1, 'Service Spreadsheets timed out');
    expect(() => add(env, { ideaId: idea.id })).toThrow(
      'Add as a use case could not finish (Service Spreadsheets timed out). Nothing was changed: try again in a moment.',
    );
    expect(snapshotBook(env.book)).toEqual(before);
    expect(add(env, { ideaId: idea.id })).toEqual({ id: 'UC-06', row: 9 });
  });

  it('costs one read of the table and one block write, with 10 or 2,000 use cases, reading before writing', () => {
    const calls = [10, 2000].map((n) => {
      const env = makeEnv();
      buildUseCases(env.book, { rows: generatedUseCases(n) });
      env.book.log.reset();
      expect(add(env, { ideaId: idea.id, channel: 'Store', stage: 'I buy' }).id).toBe(
        `UC-${String(n + 1).padStart(2, '0')}`,
      );
      expect(readsAfterFirstWrite(env.book.log.sequence)).toEqual([]);
      return env.book.log.byMethod();
    });
    expect(calls[1]).toEqual(calls[0]);
    expect(calls[0]['Range.getValues']).toBe(1);
    expect(calls[0]['Range.setValues']).toBe(1);
    expect(Object.keys(calls[0]).filter((m) => /\.(set|insert|delete)/.test(m))).toEqual(['Range.setValues']);
  });
});
