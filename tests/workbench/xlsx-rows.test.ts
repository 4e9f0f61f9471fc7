import { linesOf } from '../../workbench/xlsx/rows';

describe('linesOf: the lines wrapped text takes in a column', () => {
  it('keeps what fits on one line', () => {
    expect(linesOf('Show free click & collect on product pages', 40)).toBe(1);
    expect(linesOf('', 10)).toBe(1);
  });

  it('wraps whole words, and counts each line break', () => {
    expect(linesOf('Leaves products in the cart without ordering', 31.4)).toBe(2);
    expect(linesOf('An account created on the website is unknown to the app', 27.1)).toBe(2);
    expect(linesOf('first\nsecond\nthird', 40)).toBe(3);
    expect(linesOf('D+1 · Email · Reminder with the cart\nD+5 · Email · Second reminder', 48.6)).toBe(2);
  });

  it('breaks a word longer than a line', () => {
    expect(linesOf('x'.repeat(25), 10)).toBe(3);
    expect(linesOf(`a ${'x'.repeat(25)} b`, 10)).toBe(4);
  });
});
