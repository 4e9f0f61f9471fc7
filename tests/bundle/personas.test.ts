// What ships for personas, curves and the KPI tab: the new globals and menu items in both languages, called as
// Apps Script calls them, the prompt answered as a person would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, loadBundle, makeEnv, plain } from '../support/env';
import { cellWith, typeInto, valuesOf } from '../support/sheet-helpers';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');

describe.each([
  ['en_US', 'Add a persona journey map…', 'Draw the experience curves', 'Journey map', 'Young parents'],
  ['fr_FR', 'Ajouter un parcours par persona…', 'Tracer les courbes d’expérience', 'Parcours client', 'Jeunes parents'],
])('personas and curves through the bundle in %s', (locale, addCaption, drawCaption, mapName, persona) => {
  it('puts both items in the menu, each naming a top-level function', () => {
    const env = makeEnv({ locale });
    loadBundle(env).onOpen({ authMode: 'LIMITED' });
    const items = env.ui.view.menus[0].items.flatMap((i) => ('functionName' in i ? [i] : []));
    expect(items).toEqual(
      expect.arrayContaining([
        { caption: addCaption, functionName: 'showPersonaPrompt' },
        { caption: drawCaption, functionName: 'drawExperienceCurves' },
      ]),
    );
    for (const name of ['showPersonaPrompt', 'addPersonaJourneyMap', 'drawExperienceCurves'])
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('asks for the persona in the sheet’s language, adds the map, and draws every curve and the comparison', () => {
    const env = makeEnv({ locale });
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    env.ui.view.answerPrompts({ button: 'OK', text: persona });
    const added = plain(bundle.showPersonaPrompt()) as { tab: string; stages: string[] };
    expect(added.tab).toBe(`${mapName} — ${persona}`);
    expect(added.stages).toHaveLength(8);
    expect(env.ui.view.prompts[0]).toMatchObject({ title: addCaption.replace('…', ''), buttons: 'OK_CANCEL' });
    const sheet = env.book.view.sheet(added.tab);
    const lane = cellWith(sheet, locale === 'fr_FR' ? 'Expérience (1–5)' : 'Experience (1–5)');
    typeInto(sheet, lane.row, lane.column + 1, [[2, 3, '', 5, 7]]);
    const result = plain(bundle.drawExperienceCurves()) as {
      maps: {
        tab: string;
        persona: string | null;
        points: { experience: number | null }[];
        problems: { cell: string }[];
      }[];
    };
    expect(result.maps.map((m) => [m.tab, m.persona])).toEqual([
      [mapName, null],
      [added.tab, persona],
    ]);
    expect(result.maps[1].points.slice(0, 5).map((p) => p.experience)).toEqual([2, 3, null, 5, null]);
    expect(result.maps[1].problems.map((p) => p.cell)).toEqual(['F18']);
    expect(env.book.view.sheet(mapName).view.chartList()).toHaveLength(2);
    expect(sheet.view.chartList()).toHaveLength(1);
  });

  it('does nothing when the prompt is cancelled, and shows a refusal as a dialog', () => {
    const env = makeEnv({ locale });
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    const tabs = env.book.view.sheetNames();
    env.ui.view.answerPrompts({ button: 'CANCEL', text: persona });
    expect(plain(bundle.showPersonaPrompt())).toEqual({ cancelled: true });
    expect(env.book.view.sheetNames()).toEqual(tabs);
    const refused = plain(bundle.addPersonaJourneyMap('a/b')) as { error: string };
    expect(refused.error).toMatch(
      locale === 'fr_FR' ? /^Un nom d’onglet ne peut pas contenir « \/ »/ : /^A tab name cannot hold “\/”/,
    );
    expect(env.ui.view.alerts.at(-1)!.prompt).toBe(refused.error);
    expect(env.book.view.sheetNames()).toEqual(tabs);
  });

  it('sets up the KPI tab with formulas that parse in the sheet’s locale', () => {
    const env = makeEnv({ locale });
    loadBundle(env).setUpTemplate();
    const kpis = env.book.view.sheet(locale === 'fr_FR' ? 'Indicateurs' : 'KPIs');
    const values = valuesOf(kpis);
    expect(values[2].slice(0, 6)).toEqual(
      locale === 'fr_FR'
        ? ['Indicateur', 'Définition', 'Unité', 'Mieux si', 'Cible', 'Responsable']
        : ['Indicator', 'Definition', 'Unit', 'Better when', 'Target', 'Owner'],
    );
    expect(values[2][6]).toMatch(/^\d{4}-\d{2}$/);
    for (let row = 4; row <= 18; row++) {
      expect(kpis.view.peek(row, 19).formula).toMatch(/^=SPARKLINE\(/);
      expect(kpis.view.peek(row, 20).formula).toMatch(/^=IF\(OR\(NOT\(ISNUMBER/);
      expect(kpis.view.valueAt(row, 20)).not.toBe('#ERROR!');
    }
  });
});
