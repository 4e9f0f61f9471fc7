import {
  MATCH_THRESHOLD,
  PALETTE_FAMILIES,
  classifyColour,
  deltaE2000,
  deltaE2000Lab,
  normaliseFill,
  rulesFromLegend,
} from '../../src/core/colours';
import { LEGEND_DEFAULT_COLOURS } from '../../src/core/vocabulary';

const defaults = rulesFromLegend(LEGEND_DEFAULT_COLOURS);

describe('normaliseFill: every form the Sheets API returns', () => {
  it.each([
    ['#ffe599', '#ffe599'],
    ['#FFE599', '#ffe599'],
    [' #Ffe599 ', '#ffe599'],
    ['#f90', '#ff9900'],
    ['#93c47dff', '#93c47d'],
    ['rgb(255, 153, 0)', '#ff9900'],
    ['rgba(147,196,125,1)', '#93c47d'],
    ['orange', '#ffa500'],
  ])('%p → %p', (input, hex) => {
    expect(normaliseFill(input)).toBe(hex);
  });

  it.each([
    ['#ffffff'],
    ['#FFF'],
    ['white'],
    [''],
    ['none'],
    ['transparent'],
    ['rgba(0,0,0,0)'],
    [null],
    [undefined],
    ['not a colour'],
  ])('%p is no fill', (input) => {
    expect(normaliseFill(input)).toBeNull();
  });
});

describe('deltaE2000', () => {
  // Test pairs from Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes".
  it.each([
    [{ L: 50, a: 2.6772, b: -79.7751 }, { L: 50, a: 0, b: -82.7485 }, 2.0425],
    [{ L: 50, a: 3.1571, b: -77.2803 }, { L: 50, a: 0, b: -82.7485 }, 2.8615],
    [{ L: 50, a: 2.5, b: 0 }, { L: 50, a: 0, b: -2.5 }, 4.3065],
    [{ L: 50, a: -1, b: 2 }, { L: 50, a: 0, b: 0 }, 2.3669],
    [{ L: 60.2574, a: -34.0099, b: 36.2677 }, { L: 60.4626, a: -34.1751, b: 39.4387 }, 1.2644],
    [{ L: 22.7233, a: 20.0904, b: -46.694 }, { L: 23.0331, a: 14.973, b: -42.5619 }, 2.0373],
    [{ L: 2.0776, a: 0.0795, b: -1.135 }, { L: 0.9033, a: -0.0636, b: -0.5514 }, 0.9082],
  ])('matches the published value %#', (a, b, expected) => {
    expect(deltaE2000Lab(a, b)).toBeCloseTo(expected, 3);
  });

  it('is 0 for a colour and itself and 100 between black and white', () => {
    expect(deltaE2000('#93c47d', '#93c47d')).toBe(0);
    expect(deltaE2000('#000000', '#ffffff')).toBeCloseTo(100, 0);
  });
});

describe('classifyColour with the default legend', () => {
  it.each([
    ['yellow', 'normal'],
    ['orange', 'friction'],
    ['green', 'opportunity'],
  ] as const)('recognises every %s shade of the palette as %s', (family, status) => {
    for (const shade of PALETTE_FAMILIES[family]) expect(classifyColour(shade, defaults)).toBe(status);
  });

  it.each(['red', 'redBerry', 'blue', 'cornflowerBlue', 'purple', 'magenta', 'cyan', 'grey'])(
    'never recognises %s',
    (family) => {
      for (const shade of PALETTE_FAMILIES[family]) expect(classifyColour(shade, defaults)).toBeNull();
    },
  );

  it('recognises a colour within the threshold of a shade, and not one beyond it', () => {
    expect(classifyColour('#ffe69a', defaults)).toBe('normal'); // one unit off the legend yellow
    expect(classifyColour('#c6efce', defaults)).toBe('opportunity'); // Excel's "good" green
    expect(deltaE2000('#c6efce', '#d9ead3')).toBeLessThan(MATCH_THRESHOLD);
    // A muddy olive, far from every yellow and green shade.
    expect(
      Math.min(...[...PALETTE_FAMILIES.yellow, ...PALETTE_FAMILIES.green].map((s) => deltaE2000('#808000', s))),
    ).toBeGreaterThan(MATCH_THRESHOLD);
    expect(classifyColour('#808000', defaults)).toBeNull();
  });

  it('does not let a loose match claim a colour nearer to another family (light red stays unknown)', () => {
    expect(classifyColour('#ffc7ce', defaults)).toBeNull(); // Excel's "bad" pink-red
  });
});

describe('the legend is the palette', () => {
  it('recolouring a legend cell recolours the rule', () => {
    const rules = rulesFromLegend({ ...LEGEND_DEFAULT_COLOURS, friction: '#ff0000' });
    expect(classifyColour('#ff0000', rules)).toBe('friction');
    expect(classifyColour('#ea9999', rules)).toBe('friction'); // a red shade is now a friction
    expect(classifyColour('#ff9900', rules)).toBeNull(); // and orange no longer is
  });

  it('a legend colour outside the palette is recognised, and so are colours close to it', () => {
    const rules = rulesFromLegend({ ...LEGEND_DEFAULT_COLOURS, opportunity: '#7fd4c1' });
    expect(classifyColour('#7fd4c1', rules)).toBe('opportunity');
    expect(classifyColour('#80d5c2', rules)).toBe('opportunity');
  });
});
