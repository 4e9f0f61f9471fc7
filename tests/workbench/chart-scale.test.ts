import { axisTicks, scale } from '../../workbench/client/chart-scale';

const free = { min: null, max: null };

describe('a chart’s axis', () => {
  it.each([
    ['a window the add-on fixed, ratings 1 to 5', [2, 4], { min: 1, max: 5 }, false, [1, 2, 3, 4, 5]],
    ['the priority matrix’s 0 to 6', [1, 4.75], { min: 0, max: 6 }, true, [0, 1, 2, 3, 4, 5, 6]],
    ['counts from zero, in whole steps', [1, 3], free, true, [0, 1, 2, 3]],
    ['larger counts, in round steps', [12, 37], free, true, [0, 10, 20, 30, 40]],
    ['fractions, in round fractional steps', [0.2, 1.1], free, false, [0.2, 0.4, 0.6, 0.8, 1, 1.2]],
    ['nothing to show', [], free, true, [0, 1]],
    ['one value', [3], free, false, [3, 4]],
  ])('%s', (_case, values, window, fromZero, ticks) => {
    expect(axisTicks(values, window, fromZero)).toEqual(ticks);
  });

  it('places a value between the ends of its pixels, upwards too', () => {
    const y = scale([1, 5], [300, 40]);
    expect([y(1), y(3), y(5)]).toEqual([300, 170, 40]);
  });
});
