// The stage lanes, decided in memory: found by their labels wherever a team moved them, aligned with the stages, and
// each Experience cell read as a rating, a gap or a problem.
import { locateJourneyMap } from '../../src/core/journey';
import { experienceCurve, locateLanes, parseExperience } from '../../src/core/lanes';

/** A map from A5: three stages, two channels, then a blank row and the lanes (as the template writes them). */
function grid(extra: [number, number, unknown][] = [], lanes = true): unknown[][] {
  const values = Array.from({ length: 14 }, () => new Array<unknown>(8).fill(''));
  values[4] = ['Channel', 'Discover', 'Buy', 'Come back', '', '', '', ''];
  values[5][0] = 'Website';
  values[6][0] = 'Store';
  if (lanes) {
    values[8][0] = 'Customer goal';
    values[8][1] = 'Find a brand';
    values[9][0] = 'Experience (1–5)';
    values[9].splice(1, 3, 3, 5, 2);
  }
  for (const [r, c, v] of extra) values[r][c] = v;
  return values;
}

describe('parseExperience', () => {
  it.each([
    [1, 1],
    [5, 5],
    ['4', 4],
    [' 4 ', 4],
    ['3.0', 3],
    [3.0, 3],
  ])('reads %p as the rating %p', (value, rating) => {
    expect(parseExperience(value)).toEqual({ kind: 'rating', rating });
  });

  it.each(['', '   ', null, undefined])('reads %p as a gap, never a zero', (value) => {
    expect(parseExperience(value)).toEqual({ kind: 'blank' });
  });

  it.each([
    [0, 'outOfRange', '0'],
    [6, 'outOfRange', '6'],
    [-1, 'outOfRange', '-1'],
    ['6', 'outOfRange', '6'],
    [3.5, 'notWhole', '3.5'],
    ['3,5', 'notWhole', '3,5'],
    ['great', 'notANumber', 'great'],
    [true, 'notANumber', 'TRUE'],
    [new Date(Date.UTC(2026, 0, 5)), 'notANumber', '2026-01-05'],
    [Number.NaN, 'notANumber', 'NaN'],
  ])('refuses %p (%s) and says what it read', (value, problem, text) => {
    expect(parseExperience(value)).toEqual({ kind: 'invalid', problem, text });
  });
});

describe('locateLanes', () => {
  it('finds both lanes under the map, their cells in the stages’ columns', () => {
    const values = grid();
    const lanes = locateLanes(values, locateJourneyMap(values, 'en')!, 'en');
    expect(lanes).toEqual({
      goal: { label: { row: 8, column: 0 }, row: 8 },
      experience: { label: { row: 9, column: 0 }, row: 9 },
    });
  });

  it('finds a lane a team moved between the legend and the stage headers, in any language and case', () => {
    const values = grid([[2, 0, 'EXPÉRIENCE (1–5)']], false);
    const lanes = locateLanes(values, locateJourneyMap(values, 'en')!, 'en');
    expect(lanes.experience).toEqual({ label: { row: 2, column: 0 }, row: 2 });
    expect(lanes.goal).toBeNull();
  });

  it('never takes a label among the stages for a lane: its cells could not be aligned with them', () => {
    const values = grid([[11, 2, 'Experience (1–5)']], false);
    expect(locateLanes(values, locateJourneyMap(values, 'en')!, 'en').experience).toBeNull();
  });

  it('ends the channels at a lane moved right under them, so it is never taken for a channel', () => {
    const values = grid([[7, 0, 'Experience (1–5)']], false);
    const matrix = locateJourneyMap(values, 'en')!;
    expect(matrix.channels.map((c) => c.name)).toEqual(['Website', 'Store']);
    expect(locateLanes(values, matrix, 'en').experience?.row).toBe(7);
  });
});

describe('experienceCurve', () => {
  it('gives one point per stage in map order, a gap for a blank, and reports a bad rating with its cell', () => {
    const values = grid([
      [9, 2, ''],
      [9, 3, 6],
    ]);
    const matrix = locateJourneyMap(values, 'en')!;
    const curve = experienceCurve(values, matrix, locateLanes(values, matrix, 'en').experience!, 'en');
    expect(curve.points).toEqual([
      { stage: 'Discover', experience: 3 },
      { stage: 'Buy', experience: null },
      { stage: 'Come back', experience: null },
    ]);
    expect(curve.problems).toEqual([
      {
        cell: 'D10',
        reason:
          "Come back: '6' is not from 1 to 5, so it is not plotted. Type a whole number from 1 (painful) to 5 (delightful), or leave it blank",
      },
    ]);
  });

  it('says it in French, with French typography', () => {
    const values = grid([[9, 1, 'super']]);
    const matrix = locateJourneyMap(values, 'fr')!;
    const curve = experienceCurve(values, matrix, locateLanes(values, matrix, 'fr').experience!, 'fr');
    expect(curve.problems[0].reason).toMatch(/^Discover : « super » n’est pas un nombre, /);
  });
});
