// What ships: dist/Code.js loaded as Apps Script loads it (one classic script, fresh global scope whose
// globals are the fakes) and called as Apps Script calls it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, loadBundle, makeEnv, plain } from '../support/env';
import { valuesOf } from '../support/sheet-helpers';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');

describe('dist/Code.js', () => {
  it('is one classic script: no import or export left', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('declares every entry point as a top-level function that Apps Script can see', () => {
    for (const name of ['onOpen', 'onInstall', 'setUpTemplate']) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('does no service call when loaded: module top-level code runs on every execution', () => {
    const env = makeEnv();
    env.book.log.reset();
    loadBundle(env);
    expect(env.book.log.total()).toBe(0);
  });
});

describe('onOpen through the bundle', () => {
  it.each([
    ['en_US', 'Omnichannel'],
    ['fr_FR', 'Omnicanal'],
  ])('builds the menu in the sheet language (%s) and every item names a global function', (locale, caption) => {
    const env = makeEnv({ locale });
    const bundle = loadBundle(env);
    const summary = plain(bundle.onOpen({ authMode: 'LIMITED' })) as {
      menu: string;
      items: { functionName: string }[];
    };
    expect(summary.menu).toBe(caption);
    expect(env.ui.view.menus).toHaveLength(1);
    expect(env.ui.view.menus[0].caption).toBe(caption);
    const items = env.ui.view.menus[0].items.filter(
      (i): i is { caption: string; functionName: string } => 'functionName' in i,
    );
    expect(items.length).toBeGreaterThanOrEqual(1);
    for (const item of items) {
      expect(typeof bundle[item.functionName]).toBe('function');
      expect(code).toMatch(new RegExp(`^function ${item.functionName}\\(`, 'm'));
    }
    expect(items.map((i) => i.functionName)).toContain('setUpTemplate');
  });

  it('in AuthMode.NONE builds the menu from the user locale and touches no spreadsheet data', () => {
    const env = makeEnv({ authMode: 'NONE', userLocale: 'fr' });
    const bundle = loadBundle(env);
    bundle.onOpen({ authMode: 'NONE' });
    expect(env.ui.view.menus[0].caption).toBe('Omnicanal');
    const touched = Object.keys(env.book.log.byMethod()).filter((m) =>
      /^(Spreadsheet|Sheet|Range)\.|getActiveSpreadsheet/.test(m),
    );
    expect(touched).toEqual([]);
  });

  it('onInstall builds the same menu as onOpen', () => {
    const env = makeEnv();
    loadBundle(env).onInstall({ authMode: 'FULL' });
    expect(env.ui.view.menus[0].caption).toBe('Omnichannel');
  });
});

describe('the menu through the bundle', () => {
  it.each([
    [
      'en_US',
      [
        'Set up the template tabs',
        'Browse opportunity ideas…',
        'Add a persona journey map…',
        'Validate colour codes',
        'Normalise colours',
        'Draw the experience curves',
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
        'Ajouter un parcours par persona…',
        'Valider les codes couleur',
        'Normaliser les couleurs',
        'Tracer les courbes d’expérience',
        'Créer les cas d’usage depuis le parcours',
        'Prioriser les cas d’usage',
        'Ajouter un scénario…',
        'Mettre à jour la synthèse',
      ],
    ],
  ])('follows the method in %s: the journey maps, then use cases, scenarios and the summary', (locale, captions) => {
    const env = makeEnv({ locale });
    const bundle = loadBundle(env);
    bundle.onOpen({ authMode: 'LIMITED' });
    const items = env.ui.view.menus[0].items.flatMap((i) => ('functionName' in i ? [i] : []));
    expect(items.map((i) => i.caption)).toEqual(captions);
    expect(items.map((i) => i.functionName)).toEqual([
      'setUpTemplate',
      'showIdeasSidebar',
      'showPersonaPrompt',
      'validateColourCodes',
      'normaliseColours',
      'drawExperienceCurves',
      'draftUseCases',
      'prioritiseUseCases',
      'showScenarioSidebar',
      'refreshSummary',
    ]);
    for (const item of items) expect(typeof bundle[item.functionName]).toBe('function');
  });
});

describe('setUpTemplate through the bundle', () => {
  it.each([
    ['en_US', ['Summary', 'Journey map', 'Use cases', 'Scenario map', 'Data needs', 'KPIs'], 'Channel'],
    [
      'fr_FR',
      ['Synthèse', 'Parcours client', "Cas d'usage", 'Scénarios', 'Besoins de données', 'Indicateurs'],
      'Canal',
    ],
  ])(
    'creates the Summary, the four tabs and the KPI tab in %s, then nothing the second time',
    (locale, names, anchor) => {
      const env = makeEnv({ locale });
      const bundle = loadBundle(env);
      expect(plain(bundle.setUpTemplate())).toEqual({ created: names, existing: [] });
      expect(valuesOf(env.book.view.sheet(names[1])).flat()).toContain(anchor);
      expect(plain(bundle.setUpTemplate())).toEqual({ created: [], existing: names });
    },
  );

  it('shows a refusal as a dialog and returns it, rather than throwing a stack trace at the user', () => {
    const env = makeEnv();
    env.lock.heldElsewhere = true;
    const result = plain(loadBundle(env).setUpTemplate()) as { error: string };
    expect(result.error).toMatch(/try again/);
    expect(env.ui.view.alerts[0].prompt).toBe(result.error);
  });
});

describe('manifest and push settings', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));

  it('asks for the narrowest scopes and nothing broader', () => {
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBeTruthy();
  });

  it('pushes dist/ only, through a whitelist', () => {
    const clasp = JSON.parse(readFileSync(join(__dirname, '..', '..', '.clasp.json'), 'utf8'));
    expect(clasp.rootDir).toBe('dist');
    const ignore = readFileSync(join(__dirname, '..', '..', '.claspignore'), 'utf8');
    expect(ignore).toMatch(/^\*\*\/\*\*$/m);
    expect(ignore).toMatch(/^!Code\.js$/m);
  });
});

describe('colour codes through the bundle', () => {
  it('validates the template journey map in French and finds a red cell', () => {
    const env = makeEnv({ locale: 'fr_FR' });
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    const clean = plain(bundle.validateColourCodes()) as { problems: unknown[]; counts: Record<string, number> };
    expect(clean.problems).toEqual([]);
    expect(clean.counts).toEqual({ normal: 4, friction: 3, opportunity: 3 });
    env.book.log.uncounted(() => env.book.view.sheet('Parcours client').getRange('C6').setBackground('#ff0000'));
    const result = plain(bundle.validateColourCodes()) as {
      problems: { cell: string; problem: string; message: string }[];
    };
    expect(result.problems).toEqual([
      expect.objectContaining({
        cell: 'C6',
        problem: 'unknown-colour',
        message: 'couleur inconnue #ff0000 : utilisez une des couleurs de la légende',
      }),
    ]);
    expect(env.ui.view.alerts[1].prompt).toContain('C6 (Site web × Je me renseigne)');
  });

  it('turns a missing journey map into a dialog that says to run set-up', () => {
    const env = makeEnv();
    const result = plain(loadBundle(env).validateColourCodes()) as { error: string };
    expect(result.error).toMatch(/Set up the template tabs/);
    expect(env.ui.view.alerts).toHaveLength(1);
  });

  it('normalises the template journey map: its colours are already the legend colours', () => {
    const env = makeEnv();
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    expect(plain(bundle.normaliseColours())).toEqual({ checked: 64, normalised: 0, leftAlone: 0 });
  });
});

describe('prioritiseUseCases through the bundle', () => {
  it('ranks the template use cases, sorts the rows and draws one chart, in French', () => {
    const env = makeEnv({ locale: 'fr_FR' });
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    const result = plain(bundle.prioritiseUseCases()) as { scored: number; top: { id: string; quadrant: string }[] };
    expect(result.scored).toBe(5);
    expect(result.top.map((t) => t.id)).toEqual(['UC-01', 'UC-02', 'UC-05', 'UC-03', 'UC-04']);
    expect(result.top[0].quadrant).toBe('Gain rapide');
    const ids = valuesOf(env.book.view.sheet("Cas d'usage"))
      .slice(3, 8)
      .map((r) => r[0]);
    expect(ids).toEqual(['UC-01', 'UC-02', 'UC-05', 'UC-03', 'UC-04']);
    bundle.prioritiseUseCases();
    expect(env.book.view.sheet("Cas d'usage").view.chartList()).toHaveLength(1);
  });
});

describe('the scenario sidebar through the bundle', () => {
  const input = {
    name: 'Birthday',
    programme: 'Customer satisfaction',
    target: 'All contacts',
    phase: 'Relationship',
    channel: 'SMS',
    triggerType: 'event',
    trigger: 'Birthday',
    steps: [{ day: 0, channel: 'SMS', message: 'Happy birthday' }],
    dataNeeds: [{ variable: 'Birth date', source: 'CRM' }],
  };

  it('opens the built sidebar from the menu item', () => {
    const env = makeEnv();
    const bundle = loadBundle(env);
    expect(plain(bundle.showScenarioSidebar())).toEqual({ sidebar: 'Add a scenario' });
    expect(env.ui.view.sidebars[0].view.content).toContain('<main id="app">');
  });

  it('answers getSidebarOptions and addScenario as google.script.run calls them', () => {
    const env = makeEnv();
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    const options = plain(bundle.getSidebarOptions()) as { targets: string[]; existingNames: string[] };
    expect(options.targets).toEqual(['All contacts']);
    expect(options.existingNames).toEqual(['Abandoned cart']);
    expect(plain(bundle.addScenario(input))).toEqual({ id: 'SC-002', row: 5 });
    expect(valuesOf(env.book.view.sheet('Data needs'))[7]).toEqual(['Birthday', '', 'Birth date', 'CRM', '']);
  });

  it('throws a refusal (for the sidebar failure handler) rather than opening a dialog', () => {
    const env = makeEnv();
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    expect(() => bundle.addScenario({ ...input, name: 'Abandoned cart' })).toThrow(
      /^Scenario name: a scenario named “Abandoned cart” already exists/,
    );
    expect(env.ui.view.alerts).toEqual([]);
  });
});
