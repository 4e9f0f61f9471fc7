// The idea catalogue as it ships: the menu item in both languages, the sidebar's page, and the three functions
// google.script.run calls, through dist/Code.js loaded as Apps Script loads it.
import { declaredFunctions } from '../../fake';
import { ideaById } from '../../src/core/ideas';
import { loadBundle, makeEnv, plain } from '../support/env';
import { valuesOf } from '../support/sheet-helpers';

describe('the ideas sidebar through the bundle', () => {
  it.each([
    ['en_US', 'Browse opportunity ideas…'],
    ['fr_FR', "Parcourir les idées d'opportunités…"],
  ])('has its menu item in the sheet’s language (%s), right after set-up', (locale, caption) => {
    const env = makeEnv({ locale });
    const bundle = loadBundle(env);
    const menu = plain(bundle.onOpen({ authMode: 'LIMITED' })) as {
      items: { caption: string; functionName: string }[];
    };
    expect(menu.items[1]).toEqual({ caption, functionName: 'showIdeasSidebar' });
    expect(env.ui.view.menus[0].items).toContainEqual({ caption, functionName: 'showIdeasSidebar' });
  });

  it('declares the menu item’s function and the three the sidebar calls as top-level functions', () => {
    const declared = declaredFunctions(loadBundle(makeEnv()));
    for (const name of ['showIdeasSidebar', 'getIdeas', 'addIdeaToJourneyMap', 'addIdeaAsUseCase']) {
      expect(declared).toContain(name);
    }
  });

  it.each([
    ['en_US', 'Opportunity ideas'],
    ['fr_FR', 'Idées d’opportunités'],
  ])('opens the built Ideas page, titled in the sheet’s language (%s)', (locale, title) => {
    const env = makeEnv({ locale });
    expect(plain(loadBundle(env).showIdeasSidebar())).toEqual({ sidebar: title });
    const shown = env.ui.view.sidebars[0].view;
    expect(shown.title).toBe(title);
    expect(shown.content).toContain('id="loading"');
  });

  it('answers getIdeas, then places an idea and adds one as a use case, in French', () => {
    const env = makeEnv({ locale: 'fr_FR' });
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    const payload = plain(bundle.getIdeas()) as { language: string; channels: string[]; ideas: { id: string }[] };
    expect(payload.language).toBe('fr');
    expect(payload.channels).toContain('Magasin');
    expect(payload.ideas.length).toBeGreaterThanOrEqual(40);

    const idea = ideaById('email-after-purchase-help')!;
    const placed = bundle.addIdeaToJourneyMap({ ideaId: idea.id, channel: 'Email', stage: "J'utilise le produit" });
    expect(plain(placed)).toEqual({ tab: 'Parcours client', cell: 'G8' });
    expect(valuesOf(env.book.view.sheet('Parcours client'))[7][6]).toBe(idea.title.fr);

    const added = bundle.addIdeaAsUseCase({ ideaId: idea.id, channel: 'Email', stage: "J'utilise le produit" });
    expect(plain(added)).toEqual({ id: 'UC-06', row: 9 });
    expect(valuesOf(env.book.view.sheet("Cas d'usage"))[8].slice(0, 4)).toEqual([
      'UC-06',
      idea.title.fr,
      "Email × J'utilise le produit",
      'Opportunité omnicanale',
    ]);
  });

  it('throws a refusal for the sidebar’s failure handler rather than opening a dialog', () => {
    const env = makeEnv();
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    expect(() =>
      bundle.addIdeaToJourneyMap({ ideaId: 'website-click-and-collect', channel: 'Website', stage: 'I buy' }),
    ).toThrow(/^Journey map!E6 \(Website × I buy\) already holds/);
    expect(() => bundle.addIdeaAsUseCase({ ideaId: 'nope' })).toThrow(/^No idea in the catalogue has the ID “nope”/);
    expect(env.ui.view.alerts).toEqual([]);
  });
});
