import { overviewFormulas } from '../../src/core/templates';
import { evaluateFormula } from '../../workbench/formulas';

describe('the overview formulas, computed by the workbench', () => {
  const { targets, matrix } = overviewFormulas(4, { name: 2, target: 4, phase: 5 }, 12);
  // A1-shaped grid: header at row 3, scenarios from row 4, the overview's phase headers at M3:P3.
  const grid: unknown[][] = [
    [],
    [],
    [
      'ID',
      'Scenario',
      'Programme',
      'Target',
      'Phase',
      '',
      '',
      '',
      '',
      '',
      '',
      'Target',
      'Welcome',
      'Activation',
      'Relationship',
      'Upsell',
    ],
    ['SC-1', 'Cart', '', 'All contacts', 'Activation'],
    ['SC-2', 'Hello', '', 'new buyers', 'welcome'],
    ['SC-3', 'Birthday', '', 'All contacts', 'Relationship'],
    ['SC-4', 'Tips', '', 'New buyers', 'Welcome'],
    ['SC-5', '', '', 'Ghosts', 'Welcome'],
  ];

  it('lists the distinct targets, sorted, ignoring case', () => {
    expect(evaluateFormula(targets, grid)).toEqual([['All contacts'], ['Ghosts'], ['new buyers']]);
  });

  it('lists each target’s scenario names per phase', () => {
    grid[3][11] = 'All contacts';
    grid[4][11] = 'Ghosts';
    grid[5][11] = 'new buyers';
    expect(evaluateFormula(matrix, grid)).toEqual([
      ['', 'Cart', 'Birthday', ''],
      ['', '', '', ''],
      ['Hello\nTips', '', '', ''],
    ]);
  });

  it('leaves any other formula to be shown as text', () => {
    expect(evaluateFormula('=SUM(A1:A3)', grid)).toBeNull();
  });
});
