import { addPersonaJourneyMap } from '../../src/features/add-persona-journey-map';
import { draftUseCases } from '../../src/features/draft-use-cases';
import { setUpTemplate } from '../../src/features/set-up-template';
import { readsAfterFirstWrite } from '../support/call-order';
import { dialogs, formulasOf, tab, validationAt, valuesAt } from '../support/chain-helpers';
import { Env, makeEnv, withGlobals } from '../support/env';
import { buildJourneyMap } from '../support/journey-builder';
import { cellWith, snapshotBook, typeInto } from '../support/sheet-helpers';
import { EN_HEADERS, buildUseCases } from '../support/use-case-builder';

const FRICTION = '#f6b26b';
const OPPORTUNITY = '#93c47d';
/** The template's use-case table with its Touchpoint column, as a team's own tab would hold it. */
const HEADERS = ['ID', 'Use case', 'Touchpoint', ...EN_HEADERS.slice(2)];

function templateEnv(locale = 'en_US'): Env {
  const env = makeEnv({ locale });
  withGlobals(env, () => setUpTemplate());
  return env;
}

const draft = (env: Env) => withGlobals(env, () => draftUseCases());

function paint(env: Env, name: string, a1: string, text: string, fill: string | null): void {
  env.book.log.uncounted(() => {
    const range = tab(env, name).getRange(a1);
    range.setValue(text);
    range.setBackground(fill);
  });
}

describe('draftUseCases on the template', () => {
  it('adds a use case for each friction and opportunity no use case names, in the map’s order', () => {
    const env = templateEnv();
    const result = draft(env);
    expect(result.added).toEqual([
      {
        id: 'UC-06',
        useCase: 'An account created on the website is unknown to the app',
        touchpoint: 'Mobile app × I create an account',
        row: 9,
      },
      {
        id: 'UC-07',
        useCase: 'Call unhappy customers back with a personal offer',
        touchpoint: 'Customer service × I come back',
        row: 10,
      },
    ]);
    // The template's use cases UC-01 to UC-04 name their touchpoints: those are covered.
    expect(result.alreadyCovered).toBe(4);
    expect(result.skipped.filter((s) => s.reason === 'normal')).toHaveLength(4);
    expect(valuesAt(env, 'Use cases').slice(8, 10)).toEqual([
      [
        'UC-06',
        'An account created on the website is unknown to the app',
        'Mobile app × I create an account',
        'Friction to fix',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        ...new Array(valuesAt(env, 'Use cases')[8].length - 11).fill(''),
      ],
      expect.arrayContaining(['UC-07', 'Omnichannel opportunity']),
    ]);
    expect(dialogs(env)[0]).toEqual({
      title: 'Use cases from the journey map',
      prompt: expect.stringMatching(
        /^2 use cases drafted and added to “Use cases”\. Rate them, then run Prioritise use cases:\n• UC-06 — An account created/,
      ),
    });
  });

  it('gives the new rows the table’s dropdowns and shading, which set-up ran to the sheet’s end', () => {
    const env = templateEnv();
    draft(env);
    expect(validationAt(env, 'Use cases', 10, 8)?.values[0]).toEqual(['1', '2', '3', '4', '5']);
    expect(tab(env, 'Use cases').getRange(10, 9).getBackground()).toBe('#efefef');
  });

  it('adds nothing the second time, and a team that edited a drafted use case’s text keeps its link', () => {
    const env = templateEnv();
    draft(env);
    typeInto(tab(env, 'Use cases'), 9, 2, [['Recognise app users who signed up on the website']]);
    const before = snapshotBook(env.book);
    const second = draft(env);
    expect(second.added).toEqual([]);
    expect(second.alreadyCovered).toBe(6);
    expect(snapshotBook(env.book)).toBe(before);
    expect(dialogs(env)[1].prompt).toMatch(/^No use case to draft: every friction and opportunity/);
  });

  it('writes a touchpoint reading =1+1 or +33 6… as text', () => {
    const env = templateEnv();
    paint(env, 'Journey map', 'B7', "'=1+1", FRICTION);
    paint(env, 'Journey map', 'C7', "'+33 6 12 34 56 78", OPPORTUNITY);
    const added = draft(env).added;
    expect(added.map((a) => a.useCase)).toEqual([
      '=1+1',
      '+33 6 12 34 56 78',
      'An account created on the website is unknown to the app',
      'Call unhappy customers back with a personal offer',
    ]);
    expect(
      valuesAt(env, 'Use cases')
        .slice(8, 10)
        .map((r) => r[1]),
    ).toEqual(['=1+1', '+33 6 12 34 56 78']);
    expect(formulasOf(env, 'Use cases').flat().filter(Boolean)).toEqual([]);
  });

  it('never drafts normal, empty, uncoloured or unknown-coloured cells, and names the unknown colours', () => {
    const env = templateEnv();
    paint(env, 'Journey map', 'B7', '', FRICTION);
    paint(env, 'Journey map', 'C7', 'Typed but not coloured', null);
    paint(env, 'Journey map', 'E7', 'Red', '#ff0000');
    const result = draft(env);
    expect(result.added).toHaveLength(2);
    expect(result.skipped.filter((s) => s.reason !== 'normal')).toEqual([
      { tab: 'Journey map', cell: 'B7', reason: 'empty' },
      { tab: 'Journey map', cell: 'C7', reason: 'uncoloured' },
      { tab: 'Journey map', cell: 'E7', reason: 'unknown-colour' },
    ]);
    expect(dialogs(env)[0].prompt).toContain(
      '• 1 touchpoint with an unknown colour, to recolour with the legend: Journey map!E7 (#ff0000)',
    );
  });

  it('speaks French on a French sheet', () => {
    const env = templateEnv('fr_FR');
    const result = draft(env);
    expect(result.added.map((a) => a.touchpoint)).toEqual([
      'Application mobile × Je me crée un compte',
      'Service client × Je reviens',
    ]);
    expect(valuesAt(env, "Cas d'usage")[8][3]).toBe('Friction à corriger');
    expect(dialogs(env)[0].prompt).toMatch(/^2 cas d’usage créés et ajoutés à « Cas d'usage »\. Notez-les/);
  });
});

describe('draftUseCases with persona maps', () => {
  it('drafts each persona’s touchpoints with the persona in brackets', () => {
    const env = templateEnv();
    buildJourneyMap(env.book, {
      stages: 2,
      channels: 1,
      tab: 'Journey map — Young parents',
      touchpoint: (_c, s) => (s === 1 ? { text: 'No baby-change info', fill: FRICTION } : null),
    });
    const added = draft(env).added;
    expect(added.map((a) => a.touchpoint)).toEqual([
      'Mobile app × I create an account',
      'Customer service × I come back',
      'Channel 1 × Stage 2 (Young parents)',
    ]);
  });

  // Found by the chaos test: a persona named 2024-01-05 in the map's block (Sheets reads it as a date) was written
  // as "(Fri Jan 05 2024 00:00:00 GMT…)", and each run drafted that touchpoint again.
  it('names a persona Sheets reads as a date as it was typed, and drafts its touchpoint once', () => {
    const env = templateEnv();
    withGlobals(env, () => addPersonaJourneyMap('Seniors'));
    const persona = tab(env, 'Journey map — Seniors');
    const label = cellWith(persona, 'Persona');
    typeInto(persona, label.row, label.column + 1, [['2024-01-05']]);
    paint(env, 'Journey map — Seniors', 'D9', 'Lost password', FRICTION);
    const added = draft(env).added;
    expect(added.map((a) => a.touchpoint)).toContain('Mobile app × I create an account (2024-01-05)');
    const before = snapshotBook(env.book);
    expect(draft(env).added).toEqual([]);
    expect(snapshotBook(env.book)).toBe(before);
  });
});

describe('draftUseCases on a table set up before the Touchpoint column', () => {
  it('says how to add the column, and writes nothing', () => {
    const env = makeEnv();
    buildJourneyMap(env.book, { stages: 3, channels: 3 });
    buildUseCases(env.book, { rows: [['UC-01', 'Old one', 'Conversion', 'x', 3, 3, 3]] });
    const before = snapshotBook(env.book);
    expect(() => draft(env)).toThrow(
      'The use-case table on “Use cases” has no “Touchpoint” column. Add a column headed “Touchpoint” to the use-case table, then run this again.',
    );
    expect(snapshotBook(env.book)).toBe(before);
  });
});

describe('draftUseCases budget and safety', () => {
  /** A map of `count` frictions (one channel per 10 stages) and an empty use-case table with a Touchpoint column. */
  function sized(count: number): Env {
    const env = makeEnv();
    buildJourneyMap(env.book, {
      stages: 10,
      channels: count / 10,
      touchpoint: (c, s) => ({ text: `Friction ${c}.${s}`, fill: FRICTION }),
    });
    const useCases = buildUseCases(env.book, { headers: HEADERS, rows: [] });
    // Room for 1,000 new rows, so what is measured is the drafting; growing the sheet is measured apart.
    if (count <= 1000) env.book.log.uncounted(() => useCases.insertRowsAfter(1000, 10));
    return env;
  }

  it('costs the same calls for 10 and 1,000 touchpoints: one read per map and of the table, one block write', () => {
    const counts = [10, 1000].map((n) => {
      const env = sized(n);
      env.book.log.reset();
      expect(draft(env).added).toHaveLength(n);
      return env.book.log.byMethod();
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]['Range.setValues']).toBe(1);
    expect(counts[0]['Range.getBackgrounds']).toBe(1);
    // The map and the table, and Sheet1's values: any tab may be a journey map under another name.
    expect(counts[0]['Range.getValues']).toBe(3);
    expect(counts[0]['Sheet.insertRowsAfter']).toBeUndefined();
  });

  it('grows the sheet for rows past its end, with one more call', () => {
    const env = sized(1200);
    env.book.log.reset();
    expect(draft(env).added.at(-1)).toEqual(expect.objectContaining({ id: 'UC-1200', row: 1203 }));
    expect(env.book.log.count('Sheet.insertRowsAfter')).toBe(1);
    expect(env.book.log.count('Range.setValues')).toBe(1);
  });

  it('holds the lock, reads everything before its first write, and releases the lock', () => {
    const env = templateEnv();
    env.book.log.reset();
    draft(env);
    const seq = env.book.log.sequence;
    expect(seq.indexOf('Lock.tryLock')).toBeLessThan(seq.indexOf('Range.getValues'));
    expect(readsAfterFirstWrite(seq)).toEqual([]);
    expect(env.lock.heldByScript).toBe(0);
  });

  it('takes everything back when the write fails, and says nothing was changed', () => {
    const env = sized(1200);
    const before = snapshotBook(env.book);
    env.book.log.failOn('Range.setValues');
    expect(() => draft(env)).toThrow(/^Draft use cases from the journey map could not finish .* Nothing was changed/);
    expect(snapshotBook(env.book)).toBe(before);
  });
});
