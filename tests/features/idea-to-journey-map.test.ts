// The idea catalogue on a team's journey map: the ideas matched to the map's own rows and columns, and an idea placed
// on a touchpoint in the legend's colour, never over anything a person put there.
import { addIdeaToJourneyMap } from '../../src/features/add-idea-to-journey-map';
import { getIdeas } from '../../src/features/get-ideas';
import { validateColourCodes } from '../../src/features/validate-colour-codes';
import { setUpTemplate } from '../../src/features/set-up-template';
import { IDEAS, ideaById } from '../../src/core/ideas';
import { showIdeasSidebar } from '../../src/ui/ideas-sidebar';
import type { FakeRange } from '../../fake';
import { Env, makeEnv, withGlobals } from '../support/env';
import { readsAfterFirstWrite } from '../support/call-order';
import { buildJourneyMap } from '../support/journey-builder';
import { fill, snapshotBook, typeInto, valuesOf } from '../support/sheet-helpers';

function templateEnv(locale = 'en_US'): Env {
  const env = makeEnv({ locale });
  withGlobals(env, () => setUpTemplate());
  return env;
}

const place = (env: Env, input: unknown) => withGlobals(env, () => addIdeaToJourneyMap(input));
const ideas = (env: Env) => withGlobals(env, () => getIdeas());
const backgroundOf = (env: Env, tab: string, a1: string) =>
  env.book.log.uncounted(() => env.book.view.sheet(tab).getRange(a1).getBackground());
const formulaOf = (env: Env, tab: string, a1: string) =>
  env.book.log.uncounted(() => env.book.view.sheet(tab).getRange(a1).getFormula());

describe('getIdeas', () => {
  it('offers the whole catalogue in the sheet’s language, matched to the template map, as plain JSON', () => {
    const env = templateEnv('fr_FR');
    const payload = ideas(env);
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
    expect(payload.language).toBe('fr');
    expect(payload.channels[0]).toBe('Site web');
    expect(payload.stages).toHaveLength(8);
    expect(payload.ideas).toHaveLength(IDEAS.length);
    const cart = payload.ideas.find((i) => i.id === 'website-click-and-collect')!;
    expect(cart).toEqual({
      id: 'website-click-and-collect',
      channel: 'Site web',
      stage: "J'achète",
      kind: 'opportunity',
      title: ideaById('website-click-and-collect')!.title.fr,
      detail: ideaById('website-click-and-collect')!.detail.fr,
      mapChannel: 'Site web',
      mapStage: "J'achète",
    });
    expect(payload.ideas.every((i) => i.mapChannel !== null)).toBe(true);
    expect(payload.ideas.filter((i) => i.mapStage === null).every((i) => i.stage === null)).toBe(true);
  });

  it('matches the map’s own labels whatever their case, spacing, apostrophe or language, and null when absent', () => {
    const env = templateEnv();
    const map = env.book.view.sheet('Journey map');
    typeInto(map, 5, 5, [['  i BUY ']]); // the "I buy" column, retyped
    typeInto(map, 12, 1, [['Magasin']]); // the Store row, in French on an English map
    typeInto(map, 10, 1, [['Call centre']]); // the Phone row, renamed: no idea matches it any more
    const payload = ideas(env);
    expect(payload.stages[3]).toBe('i BUY');
    expect(payload.channels[6]).toBe('Magasin');
    const view = (id: string) => payload.ideas.find((i) => i.id === id)!;
    expect([view('store-stock-mismatch').mapChannel, view('store-stock-mismatch').mapStage]).toEqual([
      'Magasin',
      'i BUY',
    ]);
    expect(view('phone-caller-history').mapChannel).toBeNull();
    expect(view('phone-caller-history').channel).toBe('Phone');
    expect(view('store-policies-differ').mapStage).toBeNull();
  });

  it('still offers the ideas, with nothing to place them on, when there is no journey map', () => {
    const env = makeEnv();
    const payload = ideas(env);
    expect(payload.channels).toEqual([]);
    expect(payload.stages).toEqual([]);
    expect(payload.ideas).toHaveLength(IDEAS.length);
    expect(payload.ideas.every((i) => i.mapChannel === null && i.mapStage === null)).toBe(true);
  });

  it('reads the map once, the same calls for a small and a large map, and for several persona maps', () => {
    const calls = [10, 2000].map((channels) => {
      const env = makeEnv();
      buildJourneyMap(env.book, { stages: 8, channels });
      buildJourneyMap(env.book, { stages: 8, channels, tab: 'Journey map — Young parents' });
      env.book.log.reset();
      ideas(env);
      return env.book.log.byMethod();
    });
    expect(calls[1]).toEqual(calls[0]);
    expect(calls[0]['Range.getValues']).toBe(1);
    expect(calls[0]['Range.getBackgrounds']).toBe(1);
    expect(Object.keys(calls[0]).filter((m) => /\.set|insert|delete/.test(m))).toEqual([]);
  });
});

describe('addIdeaToJourneyMap', () => {
  it('writes the title into an empty touchpoint and fills it with the legend’s opportunity colour', () => {
    const env = templateEnv();
    const idea = ideaById('email-after-purchase-help')!;
    const input = { ideaId: idea.id, channel: 'Email', stage: 'I use the product' };
    expect(place(env, input)).toEqual({ tab: 'Journey map', cell: 'G8' });
    expect(valuesOf(env.book.view.sheet('Journey map'))[7][6]).toBe(idea.title.en);
    expect(formulaOf(env, 'Journey map', 'G8')).toBe('');
    expect(backgroundOf(env, 'Journey map', 'G8')).toBe('#93c47d');
    expect(withGlobals(env, () => validateColourCodes()).problems).toEqual([]);
  });

  it('fills a friction with the friction colour, in French, naming the map’s own labels in either language', () => {
    const env = templateEnv('fr_FR');
    const idea = ideaById('mobile-app-pointless-pushes')!;
    expect(place(env, { ideaId: idea.id, channel: 'Mobile app', stage: 'je reviens' })).toEqual({
      tab: 'Parcours client',
      cell: 'I7',
    });
    expect(valuesOf(env.book.view.sheet('Parcours client'))[6][8]).toBe(idea.title.fr);
    expect(backgroundOf(env, 'Parcours client', 'I7')).toBe('#f6b26b');
  });

  it('uses the legend as the team recoloured it', () => {
    const env = templateEnv();
    fill(env.book.view.sheet('Journey map'), 'D3', '#b6d7a8'); // Opportunity, a darker green
    place(env, { ideaId: 'email-after-purchase-help', channel: 'Email', stage: 'I use the product' });
    expect(backgroundOf(env, 'Journey map', 'G8')).toBe('#b6d7a8');
  });

  const onG8 = (act: (range: FakeRange) => unknown) => (env: Env) =>
    env.book.log.uncounted(() => act(env.book.view.sheet('Journey map').getRange('G8')));
  it.each([
    [
      'text',
      'Website',
      'I buy',
      () => undefined,
      'Journey map!E6 (Website × I buy) already holds “Show free click & collect on the product page”',
    ],
    [
      'a formula showing nothing',
      'Email',
      'I use the product',
      onG8((range) => range.setFormula('=""')),
      'Journey map!G8 (Email × I use the product) already holds a formula.',
    ],
    [
      'a note',
      'Email',
      'I use the product',
      onG8((range) => range.setNote('ask Sam')),
      'Journey map!G8 (Email × I use the product) already holds a note.',
    ],
  ])(
    'refuses a cell that holds %s, names it, says what to do, and writes nothing',
    (_what, channel, stage, arrange, message) => {
      const env = templateEnv();
      arrange(env);
      const before = snapshotBook(env.book);
      const refusal = (() => {
        try {
          place(env, { ideaId: 'website-click-and-collect', channel, stage });
          return '';
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(refusal).toContain(message);
      expect(refusal).toMatch(/Nothing was written: pick another stage, or use Add as a use case\.$/);
      expect(snapshotBook(env.book)).toEqual(before);
    },
  );

  it.each([
    [
      { ideaId: 'no-such-idea', channel: 'Email', stage: 'I buy' },
      /^No idea in the catalogue has the ID “no-such-idea”/,
    ],
    [{ ideaId: 42 }, /^No idea in the catalogue has the ID “”/],
    [
      { ideaId: 'email-cart-reminder', channel: 'Fax', stage: 'I buy' },
      /^The journey map “Journey map” has no channel “Fax”\. Pick one of its channels: “Website”, “Mobile app”, “Email”, “SMS”, “Phone”, “Social networks”, “Store”, “Customer service”/,
    ],
    [
      { ideaId: 'email-cart-reminder', channel: 'Email', stage: 'I dream' },
      /^The journey map “Journey map” has no stage “I dream”\. Pick one of its stages: “I discover the brand”, /,
    ],
  ])('refuses %j and writes nothing', (input, message) => {
    const env = templateEnv();
    const before = snapshotBook(env.book);
    expect(() => place(env, input)).toThrow(message);
    expect(snapshotBook(env.book)).toEqual(before);
  });

  it('refuses while another run holds the lock, writing nothing', () => {
    const env = templateEnv();
    const before = snapshotBook(env.book);
    env.lock.heldElsewhere = true;
    expect(() =>
      place(env, { ideaId: 'email-after-purchase-help', channel: 'Email', stage: 'I use the product' }),
    ).toThrow(/Someone else is updating this spreadsheet right now/);
    expect(snapshotBook(env.book)).toEqual(before);
  });

  it.each([['Range.setBackground'], ['Range.setValues']])('takes everything back when %s fails', (method) => {
    const env = templateEnv();
    const before = snapshotBook(env.book);
    env.book.log.failOn(method, 1, 'Service Spreadsheets timed out');
    expect(() =>
      place(env, { ideaId: 'email-after-purchase-help', channel: 'Email', stage: 'I use the product' }),
    ).toThrow(
      'Place on the journey map could not finish (Service Spreadsheets timed out). Nothing was changed: try again in a moment.',
    );
    expect(snapshotBook(env.book)).toEqual(before);
    expect(env.lock.heldByScript).toBe(0);
  });

  it('costs one read of the map, one value write and one fill write, at any size, reading before writing', () => {
    const calls = [10, 2000].map((channels) => {
      const env = makeEnv();
      buildJourneyMap(env.book, { stages: 8, channels, touchpoint: () => null });
      typeInto(env.book.view.sheet('Journey map'), 6, 1, [['Email']]);
      env.book.log.reset();
      expect(place(env, { ideaId: 'email-cart-reminder', channel: 'email', stage: 'Stage 4' })).toEqual({
        tab: 'Journey map',
        cell: 'E6',
      });
      expect(readsAfterFirstWrite(env.book.log.sequence)).toEqual([]);
      const seq = env.book.log.sequence;
      expect(seq.indexOf('Lock.tryLock')).toBeLessThan(seq.indexOf('Range.getValues'));
      expect(seq.lastIndexOf('Lock.releaseLock')).toBeGreaterThan(seq.lastIndexOf('Range.setBackground'));
      return env.book.log.byMethod();
    });
    expect(calls[1]).toEqual(calls[0]);
    expect(calls[0]['Range.getValues']).toBe(1);
    expect(calls[0]['Range.getBackgrounds']).toBe(1);
    expect(calls[0]['Range.setValues']).toBe(1);
    expect(calls[0]['Range.setBackground']).toBe(1);
    const writes = Object.entries(calls[0]).filter(([m]) => /\.(set|insert|delete)/.test(m));
    expect(writes).toEqual([
      ['Range.setBackground', 1],
      ['Range.setValues', 1],
    ]);
  });
});

describe('showIdeasSidebar', () => {
  it('shows the built ideas sidebar, titled in the sheet’s language', () => {
    const env = templateEnv('fr_FR');
    expect(withGlobals(env, () => showIdeasSidebar())).toEqual({ sidebar: 'Idées d’opportunités' });
    const shown = env.ui.view.sidebars[0].view;
    expect(shown.title).toBe('Idées d’opportunités');
    expect(shown.content).toContain('<main id="app">');
    expect(shown.content).not.toMatch(/<script[^>]+src=/);
  });
});
