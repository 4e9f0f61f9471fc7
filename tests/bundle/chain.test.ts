// The method's chain as it ships: the new globals declared at the top level of dist/Code.js, their menu items in
// both languages in the method's order, and each one called as Apps Script calls it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialogs, formulasOf, tabNames, valuesAt } from '../support/chain-helpers';
import { DIST, loadBundle, makeEnv, plain } from '../support/env';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');

describe('the chain’s globals in dist/Code.js', () => {
  it.each(['draftUseCases', 'refreshSummary'])('declares %s as a top-level function', (name) => {
    expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it.each([
    [
      'en_US',
      [
        'Set up the template tabs',
        'Browse opportunity ideas…',
        'Validate colour codes',
        'Normalise colours',
        'Draft use cases from the journey map',
        'Prioritise use cases',
        'Add a scenario…',
        'Refresh the summary',
      ],
    ],
    [
      'fr_FR',
      [
        'Créer les onglets du modèle',
        'Parcourir les idées d’opportunités…',
        'Valider les codes couleur',
        'Normaliser les couleurs',
        'Créer les cas d’usage depuis le parcours',
        'Prioriser les cas d’usage',
        'Ajouter un scénario…',
        'Mettre à jour la synthèse',
      ],
    ],
  ])('puts the new items in the menu in %s, drafting between the colours and prioritising', (locale, captions) => {
    const env = makeEnv({ locale });
    const bundle = loadBundle(env);
    bundle.onOpen({ authMode: 'LIMITED' });
    const items = env.ui.view.menus[0].items.filter(
      (i): i is { caption: string; functionName: string } => 'functionName' in i,
    );
    expect(items.map((i) => i.caption)).toEqual(captions);
    expect(items.map((i) => i.functionName)).toEqual([
      'setUpTemplate',
      'showIdeasSidebar',
      'validateColourCodes',
      'normaliseColours',
      'draftUseCases',
      'prioritiseUseCases',
      'showScenarioSidebar',
      'refreshSummary',
    ]);
    for (const item of items) expect(typeof bundle[item.functionName]).toBe('function');
  });
});

describe('the chain through the bundle', () => {
  it('sets up, drafts use cases, prioritises, adds a scenario serving one, and sees its gap disappear', () => {
    const env = makeEnv({ locale: 'fr_FR' });
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    expect(tabNames(env)[0]).toBe('Synthèse');
    const drafted = plain(bundle.draftUseCases()) as { added: { id: string; touchpoint: string }[] };
    expect(drafted.added.map((a) => a.id)).toEqual(['UC-06', 'UC-07']);
    expect(dialogs(env)[0].title).toBe('Cas d’usage depuis le parcours');
    bundle.prioritiseUseCases();
    const before = plain(bundle.refreshSummary()) as {
      gaps: { uncoveredTouchpoints: unknown[]; unplannedUseCases: { id: string }[] };
    };
    expect(before.gaps.uncoveredTouchpoints).toEqual([]);
    expect(before.gaps.unplannedUseCases.map((u) => u.id)).toContain('UC-01');
    const added = plain(
      bundle.addScenario({
        name: 'Click & collect',
        useCase: 'UC-01',
        programme: 'Conversion',
        target: 'Tous les contacts',
        phase: 'Activation',
        channel: 'Email',
        triggerType: 'behaviour',
        trigger: 'Consulte un produit',
        steps: [{ day: 0, channel: 'Email', message: 'Retrait gratuit en magasin' }],
      }),
    ) as { id: string; row: number };
    expect(valuesAt(env, 'Scénarios')[added.row - 1][2]).toBe('UC-01');
    const after = plain(bundle.refreshSummary()) as { gaps: { unplannedUseCases: { id: string }[] } };
    expect(after.gaps.unplannedUseCases.map((u) => u.id)).not.toContain('UC-01');
    expect(
      formulasOf(env, 'Synthèse')
        .flat()
        .filter(Boolean)
        .every((f) => !/,/.test(f.replace(/"[^"]*"/g, ''))),
    ).toBe(true);
  });

  it('shows a refusal from drafting as a dialog and returns it', () => {
    const env = makeEnv();
    const result = plain(loadBundle(env).draftUseCases()) as { error: string };
    expect(result.error).toMatch(/Set up the template tabs/);
    expect(dialogs(env)[0].prompt).toBe(result.error);
  });

  it('refreshes a summary even in an empty spreadsheet, creating its tab first', () => {
    const env = makeEnv();
    const json = plain(loadBundle(env).refreshSummary()) as { missing: string[] };
    expect(json.missing).toHaveLength(4);
    expect(tabNames(env)).toEqual(['Summary', 'Sheet1']);
  });
});
