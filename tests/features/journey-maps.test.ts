// Every journey map is used everywhere: the template's and each persona's, found by their tab names.
import { normaliseColours } from '../../src/features/normalise-colours';
import { validateColourCodes } from '../../src/features/validate-colour-codes';
import { makeEnv, withGlobals } from '../support/env';
import { buildJourneyMap } from '../support/journey-builder';

function threeMaps() {
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
  buildJourneyMap(env.book, { stages: 3, channels: 2, tab: 'Not a map', touchpoint: touchpoint('#ff0000') });
  return env;
}

describe('every journey map', () => {
  it('is validated, each reported with its persona, and counted in the totals', () => {
    const env = threeMaps();
    const result = withGlobals(env, () => validateColourCodes());
    expect(result.maps.map((m) => [m.tab, m.persona, m.checked, m.counts.friction, m.problems.length])).toEqual([
      ['Journey map', null, 6, 1, 0],
      ['Journey map — Young parents', 'Young parents', 6, 1, 0],
      ['Parcours client: Seniors', 'Seniors', 6, 0, 1],
    ]);
    expect(result.checked).toBe(18);
    expect(result.counts).toEqual({ normal: 0, friction: 2, opportunity: 0 });
    expect(result.problems).toHaveLength(1);
    const dialog = env.ui.view.alerts[0].prompt;
    expect(dialog).toMatch(/^3 journey maps checked\. In all:/);
    expect(dialog).toContain('Journey map — Young parents:');
  });

  it('is normalised, one call per map that has a shade to snap, each map to its own legend', () => {
    const env = threeMaps();
    env.book.log.reset();
    expect(withGlobals(env, () => normaliseColours())).toEqual({ checked: 18, normalised: 1, leftAlone: 1 });
    expect(env.book.log.count('RangeList.setBackground')).toBe(1);
    expect(env.book.view.sheet('Journey map — Young parents').getRange('B6').getBackground()).toBe('#f6b26b');
  });

  it('reads each map once: two reads per map whatever its size', () => {
    const env = threeMaps();
    env.book.log.reset();
    withGlobals(env, () => validateColourCodes());
    expect(env.book.log.count('Range.getValues')).toBe(3);
    expect(env.book.log.count('Range.getBackgrounds')).toBe(3);
  });
});
