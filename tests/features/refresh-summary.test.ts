import { refreshSummary } from '../../src/features/refresh-summary';
import { setUpTemplate } from '../../src/features/set-up-template';
import { readsAfterFirstWrite } from '../support/call-order';
import { chartsOf, formulasOf, rowWith, tab, tabNames, toasts, valuesAt } from '../support/chain-helpers';
import { Env, makeEnv, withGlobals } from '../support/env';
import { buildJourneyMap } from '../support/journey-builder';
import { snapshotBook, typeInto } from '../support/sheet-helpers';
import { buildUseCases } from '../support/use-case-builder';

const MARKER =
  '✎ Your notes go below this line: they are kept when the summary is refreshed. Everything above it is rewritten.';

function templateEnv(locale = 'en_US'): Env {
  const env = makeEnv({ locale });
  withGlobals(env, () => setUpTemplate());
  return env;
}

const refresh = (env: Env) => withGlobals(env, () => refreshSummary());
const gid = (env: Env, name: string) => env.book.log.uncounted(() => tab(env, name).getSheetId());
/** The Summary's column A, as text. */
const columnA = (env: Env, name = 'Summary') => valuesAt(env, name).map((r) => String(r[0]));

describe('refreshSummary on the template', () => {
  it('returns the facts as JSON and says how many gaps there are', () => {
    const env = templateEnv();
    const json = refresh(env);
    expect(json.refreshedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(json.touchpoints).toEqual({ normal: 4, friction: 3, opportunity: 3 });
    expect(json.useCases.total).toBe(5);
    expect(json.gaps.uncoveredTouchpoints.map((t) => t.cell)).toEqual(['D7', 'I13']);
    expect(json.gaps.blockedScenarios).toEqual([{ id: 'SC-001', name: 'Abandoned cart', missing: ['Promo code'] }]);
    expect(json.missing).toEqual([]);
    expect(toasts(env).at(-1)).toBe('The summary is up to date: 3 gaps to look at, each linked to its cell.');
    expect(tabNames(env)[0]).toBe('Summary');
  });

  it('lists each gap’s entries as links that land on their cell', () => {
    const env = templateEnv();
    refresh(env);
    const formulas = formulasOf(env, 'Summary').flat().filter(Boolean);
    expect(formulas).toEqual([
      `=HYPERLINK("#gid=${gid(env, 'Journey map')}&range=D7";"Mobile app × I create an account")`,
      `=HYPERLINK("#gid=${gid(env, 'Journey map')}&range=I13";"Customer service × I come back")`,
      `=HYPERLINK("#gid=${gid(env, 'Scenario map')}&range=B4";"SC-001")`,
      `=HYPERLINK("#gid=${gid(env, 'Data needs')}&range=C7";"Promo code")`,
      `=HYPERLINK("#gid=${gid(env, 'Data needs')}&range=C6";"Email opt-in")`,
    ]);
    const row = rowWith(
      env,
      'Summary',
      'Friction: An account created on the website is unknown to the app (Journey map!D7)',
    );
    expect(formulasOf(env, 'Summary')[row - 1][0]).toContain('range=D7');
  });

  it('is what set-up filled, but for the time of the refresh', () => {
    const env = templateEnv();
    const setUp = valuesAt(env, 'Summary');
    refresh(env);
    const refreshed = valuesAt(env, 'Summary');
    expect(refreshed.length).toBe(setUp.length);
    refreshed.forEach((row, r) => {
      if (r !== 2) expect(row).toEqual(setUp[r]);
    });
    expect(refreshed[2][1]).toBeInstanceOf(Date);
  });

  it('writes in French on a French sheet, links parsed there too', () => {
    const env = templateEnv('fr_FR');
    const json = refresh(env);
    expect(json.gaps.uncoveredTouchpoints[0].stage).toBe('Je me crée un compte');
    expect(columnA(env, 'Synthèse').slice(0, 1)).toEqual(['Synthèse']);
    expect(columnA(env, 'Synthèse')).toContain('2. Les manques');
    expect(columnA(env, 'Synthèse').at(-1)).toMatch(/^✎ Vos notes vont sous cette ligne/);
    expect(formulasOf(env, 'Synthèse').flat().filter(Boolean)[0]).toMatch(/^=HYPERLINK\("#gid=\d+&range=D7";"/);
    expect(toasts(env).at(-1)).toBe('La synthèse est à jour : 3 manques à examiner, chacun relié à sa cellule.');
  });
});

describe('the Summary’s notes and marker', () => {
  it('keeps what people typed under the marker when the summary grows, shrinks, or is refreshed again', () => {
    const env = templateEnv();
    const marker = rowWith(env, 'Summary', MARKER);
    typeInto(tab(env, 'Summary'), marker + 1, 1, [['Our notes'], ['Next workshop: 12 May', 'Owner: Ana']]);
    // 40 frictions painted over the map (3 of them on touchpoints a use case names) make the summary longer; then
    // the cells are emptied and it is shorter again.
    env.book.log.uncounted(() => {
      const map = tab(env, 'Journey map');
      map
        .getRange(6, 2, 8, 5)
        .setValues(Array.from({ length: 8 }, (_, r) => Array.from({ length: 5 }, (_, c) => `F${r}.${c}`)));
      map.getRange(6, 2, 8, 5).setBackground('#f6b26b');
    });
    for (const expected of [38, 1]) {
      refresh(env);
      expect(refresh(env).gaps.uncoveredTouchpoints.length).toBe(expected);
      const rows = valuesAt(env, 'Summary');
      const at = rowWith(env, 'Summary', MARKER);
      expect(rows.slice(at, at + 2).map((r) => r.slice(0, 2))).toEqual([
        ['Our notes', ''],
        ['Next workshop: 12 May', 'Owner: Ana'],
      ]);
      expect(columnA(env).filter((a) => a === MARKER)).toHaveLength(1);
      env.book.log.uncounted(() => {
        const map = tab(env, 'Journey map');
        map.getRange(6, 2, 8, 5).setValues(Array.from({ length: 8 }, () => new Array(5).fill('')));
        map.getRange(6, 2, 8, 5).setBackground(null);
      });
    }
    // Nothing of the longer summary is left above the marker.
    expect(valuesAt(env, 'Summary').flat()).not.toContain('Friction: F0.0 (Journey map!B6)');
  });

  it('puts the summary above everything on a Summary tab without the marker, keeping all of it', () => {
    const env = templateEnv();
    env.book.log.uncounted(() => env.book.deleteSheet(tab(env, 'Summary')));
    env.book.log.uncounted(() => env.book.insertSheet('summary '));
    typeInto(tab(env, 'summary '), 1, 1, [['The team’s own summary'], ['kept']]);
    refresh(env);
    const at = rowWith(env, 'summary ', MARKER);
    expect(valuesAt(env, 'summary ').slice(at, at + 2)).toEqual([
      ['The team’s own summary', '', '', '', ''],
      ['kept', '', '', '', ''],
    ]);
    expect(tabNames(env).filter((n) => /summary/i.test(n))).toEqual(['summary ']);
  });
});

describe('the Summary’s charts', () => {
  it('draws two stacked column charts beside the summary and refreshes them in place', () => {
    const env = templateEnv();
    const first = chartsOf(env, 'Summary');
    expect(first.map(({ title, type, stacked, anchor }) => ({ title, type, stacked, anchor }))).toEqual([
      { title: 'Frictions and opportunities per stage', type: 'COLUMN', stacked: true, anchor: { row: 1, column: 7 } },
      { title: 'Scenarios per phase and status', type: 'COLUMN', stacked: true, anchor: { row: 19, column: 7 } },
    ]);
    const stageHeader = rowWith(env, 'Summary', 'Stage');
    expect(first[0].range).toBe(`A${stageHeader}:C${stageHeader + 8}`);
    refresh(env);
    refresh(env);
    expect(chartsOf(env, 'Summary').map((c) => c.id)).toEqual(first.map((c) => c.id));
  });

  it('finds them again under their other language’s title, and removes a duplicate', () => {
    const env = templateEnv();
    const summary = tab(env, 'Summary');
    env.book.log.uncounted(() => {
      summary.insertChart(
        summary.newChart().setChartType('COLUMN').setOption('title', 'Frictions and opportunities per stage').build(),
      );
      env.book.setSpreadsheetLocale('fr_FR');
    });
    expect(chartsOf(env, 'Summary')).toHaveLength(3);
    refresh(env);
    expect(chartsOf(env, 'Summary').map((c) => c.title)).toEqual([
      'Frictions et opportunités par étape',
      'Scénarios par phase et statut',
    ]);
  });
});

describe('the Summary reads the tabs as people left them', () => {
  it('counts statuses and availabilities typed in either language and any case, and a gap goes once fixed', () => {
    const env = templateEnv();
    const scenarios = tab(env, 'Scenario map');
    typeInto(scenarios, 4, 11, [['DÉPLOYÉ']]);
    const needs = tab(env, 'Data needs');
    typeInto(needs, 4, 5, [['oui']]);
    const before = refresh(env);
    expect(before.scenarios.byStatus).toEqual({ idea: 0, specified: 0, live: 1 });
    expect(before.dataNeeds.byAvailability).toEqual({ yes: 2, partial: 1, no: 1 });
    expect(before.gaps.blockedScenarios).toHaveLength(1);
    typeInto(needs, 7, 5, [['Partiel']]);
    const after = refresh(env);
    expect(after.gaps.blockedScenarios).toEqual([]);
    expect(columnA(env)).not.toContain('Abandoned cart: missing Promo code');
  });

  it('makes a missing tab or table a line, not an error', () => {
    const env = makeEnv();
    buildUseCases(env.book, { rows: [['UC-01', 'Old one', 'Conversion', 'x', 3, 3, 3]] });
    const json = refresh(env);
    expect(json.missing).toEqual([
      'No journey map yet: run Set up the template tabs',
      'No scenario map yet: run Set up the template tabs',
      'No data-needs table yet: run Set up the template tabs',
    ]);
    expect(json.useCases.total).toBe(1);
    expect(tabNames(env)).toEqual(['Summary', 'Sheet1', 'Use cases']);
    const rows = valuesAt(env, 'Summary').map((r) => r.slice(0, 3).join('|'));
    expect(rows).toContain('Scenarios||No scenario map yet: run Set up the template tabs');
    expect(rows).toContain('No data-needs table yet: run Set up the template tabs||');
  });
});

describe('refreshSummary budget and safety', () => {
  /** The template with `n` more use cases (each a quick win no scenario serves) and `n` more scenarios. */
  function sized(n: number): Env {
    const env = templateEnv();
    const useCases = tab(env, 'Use cases');
    const scenarios = tab(env, 'Scenario map');
    env.book.log.uncounted(() => {
      useCases.insertRowsAfter(1000, n);
      scenarios.insertRowsAfter(1000, n);
    });
    typeInto(
      useCases,
      9,
      1,
      Array.from({ length: n }, (_, i) => [`UC-${i + 10}`, `Use case ${i}`, '', '', '', 4, 4, 2, 64, '', 'Quick win']),
    );
    typeInto(
      scenarios,
      5,
      1,
      Array.from({ length: n }, (_, i) => [
        `SC-${i + 10}`,
        `Scenario ${i}`,
        '',
        '',
        'All',
        'Welcome',
        '',
        '',
        '',
        '',
        'Idea',
      ]),
    );
    return env;
  }

  it('costs the same calls for 20 and 2,000 use cases and scenarios: one read per tab, a handful of block writes', () => {
    const calls = [20, 2000].map((n) => {
      const env = sized(n);
      env.book.log.reset();
      const json = refresh(env);
      expect(json.gaps.unplannedUseCases.length).toBe(n);
      return env.book.log.byMethod();
    });
    expect(calls[1]).toEqual(calls[0]);
    expect(calls[0]['Range.setValues']).toBe(1);
    // One read per tab, and Sheet1's values: any tab may be a journey map under another name.
    expect(calls[0]['Range.getValues']).toBe(6);
  });

  it('holds the lock, reads everything before its first write, and releases the lock', () => {
    const env = templateEnv();
    env.book.log.reset();
    refresh(env);
    const seq = env.book.log.sequence;
    expect(seq.indexOf('Lock.tryLock')).toBeLessThan(seq.indexOf('Range.getValues'));
    expect(readsAfterFirstWrite(seq)).toEqual([]);
    expect(env.lock.heldByScript).toBe(0);
  });

  it('takes its writes back when one fails, rows moved included, and says nothing was changed', () => {
    const env = templateEnv();
    typeInto(tab(env, 'Summary'), rowWith(env, 'Summary', MARKER) + 1, 1, [['A note']]);
    env.book.log.uncounted(() =>
      tab(env, 'Journey map')
        .getRange('B7:F7')
        .setValues([['a', 'b', 'c', 'd', 'e']]),
    );
    env.book.log.uncounted(() => tab(env, 'Journey map').getRange('B7:F7').setBackground('#f6b26b'));
    const before = snapshotBook(env.book);
    env.book.log.failOn('Range.setTextStyles');
    expect(() => refresh(env)).toThrow(/^Refresh the summary could not finish .* Nothing was changed/);
    expect(snapshotBook(env.book)).toBe(before);
  });
  // Found by the chaos test: a failure after the restyling left the new summary's bold lines, fills and date
  // format on the old summary's cells (and a chart refreshed), though the message said nothing was changed.
  it.each([
    ['Range.setBackgrounds', 1],
    ['Range.setNumberFormat', 1],
    ['Sheet.updateChart', 2],
  ])('takes back the looks and the charts too when %s #%i fails', (method, nth) => {
    const env = templateEnv();
    env.book.log.uncounted(() =>
      tab(env, 'Journey map')
        .getRange('B7:F7')
        .setValues([['a', 'b', 'c', 'd', 'e']]),
    );
    env.book.log.uncounted(() => tab(env, 'Journey map').getRange('B7:F7').setBackground('#f6b26b'));
    const before = snapshotBook(env.book);
    env.book.log.failOn(method, nth);
    expect(() => refresh(env)).toThrow(/^Refresh the summary could not finish .* Nothing was changed/);
    expect(snapshotBook(env.book)).toBe(before);
  });
});

describe('set-up’s Summary', () => {
  it('fills the Summary from a kept journey map and the tabs it creates', () => {
    const env = makeEnv();
    buildJourneyMap(env.book, {
      stages: 2,
      channels: 1,
      touchpoint: (_c, s) => (s === 0 ? { text: 'Lost in the menu', fill: '#f6b26b' } : null),
    });
    env.book.log.reset();
    withGlobals(env, () => setUpTemplate());
    expect(readsAfterFirstWrite(env.book.log.sequence)).toEqual([]);
    expect(columnA(env)).toContain(
      'Frictions and opportunities no use case names (Draft use cases from the journey map adds them)',
    );
    expect(formulasOf(env, 'Summary').flat().filter(Boolean)[0]).toBe(
      `=HYPERLINK("#gid=${gid(env, 'Journey map')}&range=B6";"Channel 1 × Stage 1")`,
    );
  });
});
