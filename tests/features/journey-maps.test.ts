// Every journey map is used everywhere: the template's and each persona's, found by their tab names, and any other
// tab that holds the anchor and a legend (a persona's map the team renamed).
import { normaliseColours } from '../../src/features/normalise-colours';
import { validateColourCodes } from '../../src/features/validate-colour-codes';
import { makeEnv, withGlobals } from '../support/env';
import { buildJourneyMap } from '../support/journey-builder';

function fourMaps() {
  const env = makeEnv();
  const touchpoint = (fill: string) => (c: number, s: number) => (c === 0 && s === 0 ? { text: 'T', fill } : null);
  buildJourneyMap(env.book, { stages: 3, channels: 2, touchpoint: touchpoint('#f6b26b') });
  buildJourneyMap(env.book, {
    stages: 3,
    channels: 2,
    tab: 'Journey map — Young parents',
    touchpoint: touchpoint('#fce5cd'),
  });
  buildJourneyMap(env.book, {
    stages: 3,
    channels: 2,
    tab: 'Parcours client: Seniors',
    touchpoint: touchpoint('#ff0000'),
  });
  buildJourneyMap(env.book, { stages: 3, channels: 2, tab: 'Frequent buyers', touchpoint: touchpoint('#f6b26b') });
  buildJourneyMap(env.book, { stages: 3, channels: 2, tab: 'Not a map', legend: null, touchpoint: touchpoint('#f00') });
  return env;
}

describe('every journey map', () => {
  it('is validated, each reported with its persona, and counted in the totals', () => {
    const env = fourMaps();
    const result = withGlobals(env, () => validateColourCodes());
    expect(result.maps.map((m) => [m.tab, m.persona, m.checked, m.counts.friction, m.problems.length])).toEqual([
      ['Journey map', null, 6, 1, 0],
      ['Journey map — Young parents', 'Young parents', 6, 1, 0],
      ['Parcours client: Seniors', 'Seniors', 6, 0, 1],
      ['Frequent buyers', 'Frequent buyers', 6, 1, 0],
    ]);
    expect(result.checked).toBe(24);
    expect(result.counts).toEqual({ normal: 0, friction: 3, opportunity: 0 });
    expect(result.problems).toHaveLength(1);
    const dialog = env.ui.view.alerts[0].prompt;
    expect(dialog).toMatch(/^4 journey maps checked\. In all:/);
    expect(dialog).toContain('Journey map — Young parents:');
  });

  it('names a map the team broke, with how to fix it, rather than pass over it', () => {
    const env = fourMaps();
    const seniors = env.book.view.sheet('Parcours client: Seniors');
    env.book.log.uncounted(() => seniors.getRange('B2:D2').clearContent()); // the legend's labels deleted
    const result = withGlobals(env, () => validateColourCodes());
    expect(result.maps.map((m) => m.tab)).toEqual(['Journey map', 'Journey map — Young parents', 'Frequent buyers']);
    expect(result.unchecked).toEqual([
      {
        tab: 'Parcours client: Seniors',
        reason: expect.stringMatching(/^The legend is missing on “Parcours client: Seniors”/),
      },
    ]);
    expect(env.ui.view.alerts[0].prompt).toMatch(
      /\n\n“Parcours client: Seniors” was not checked\. The legend is missing/,
    );
  });

  it('is normalised, one call per map that has a shade to snap, each map to its own legend', () => {
    const env = fourMaps();
    env.book.log.reset();
    expect(withGlobals(env, () => normaliseColours())).toEqual({ checked: 24, normalised: 1, leftAlone: 1 });
    expect(env.book.log.count('RangeList.setBackground')).toBe(1);
    expect(env.book.view.sheet('Journey map — Young parents').getRange('B6').getBackground()).toBe('#f6b26b');
  });

  it('reads each map once: two reads per map whatever its size, and the values of any other tab', () => {
    const env = fourMaps();
    env.book.log.reset();
    withGlobals(env, () => validateColourCodes());
    // The four maps, the anchor without a legend (its fills read to look for one) and the empty Sheet1.
    expect(env.book.log.count('Range.getValues')).toBe(6);
    expect(env.book.log.count('Range.getBackgrounds')).toBe(5);
  });
});
