import { formatColourReport } from '../../src/core/colour-report';
import { ColourReport } from '../../src/core/journey';

const report = (problems: number): ColourReport => ({
  checked: 40,
  counts: { normal: 3, friction: 1, opportunity: 0 },
  byStage: [
    { stage: 'I buy', normal: 3, friction: 1, opportunity: 0 },
    { stage: 'I come back', normal: 0, friction: 0, opportunity: 0 },
  ],
  byChannel: [{ channel: 'Email', normal: 3, friction: 1, opportunity: 0 }],
  problems: Array.from({ length: problems }, (_, i) => ({
    cell: `B${i + 6}`,
    channel: 'Email',
    stage: 'I buy',
    problem: 'unknown-colour' as const,
    colour: '#ff0000',
  })),
});

describe('formatColourReport', () => {
  it('gives the totals, the stages and channels with frictions or opportunities, then the problems', () => {
    expect(formatColourReport(report(1), 'en')).toBe(
      [
        'Checked 40 cells (2 stages × 1 channel): 3 normal, 1 friction, 0 opportunities.',
        '',
        'Frictions and opportunities by stage:',
        '• I buy: 1 friction, 0 opportunities',
        '',
        'Frictions and opportunities by channel:',
        '• Email: 1 friction, 0 opportunities',
        '',
        '1 problem to fix:',
        '• B6 (Email × I buy): unknown colour #ff0000: use one of the legend’s colours',
      ].join('\n'),
    );
  });

  it('speaks French', () => {
    const text = formatColourReport(report(0), 'fr');
    expect(text).toMatch(/^40 cellules vérifiées \(2 étapes × 1 canal\) : 3 normaux, 1 friction, 0 opportunité\./);
    expect(text).toContain('• I buy : 1 friction, 0 opportunité');
    expect(text).toMatch(/Aucun problème : chaque point de contact a une couleur de la légende\.$/);
  });

  it('lists 25 problems at most and counts the rest', () => {
    const lines = formatColourReport(report(30), 'en').split('\n');
    expect(lines.filter((l) => l.startsWith('• B'))).toHaveLength(25);
    expect(lines[lines.length - 1]).toBe('…and 5 more.');
  });
});
