// The Summary's facts and the block written to its tab: missing parts as lines, links as formulas that parse in
// every locale, the marker line last, each chart pointed at its own data.
import { summaryFacts } from '../../src/core/summary/facts';
import { ChainInputs, missingPart, presentPart } from '../../src/core/summary/inputs';
import { summaryJson } from '../../src/core/summary/json';
import { summaryBlock } from '../../src/core/summary/layout';
import { composeBlock, linkFormula } from '../../src/core/summary/sheet-block';
import { needTab, scenarioTab, useCaseTab } from '../support/chain-tables';
import { O, Y, G, mapOf } from '../support/map-cells';

describe('summaryFacts', () => {
  const inputs = (over: Partial<ChainInputs>): ChainInputs => ({
    maps: presentPart([
      {
        ...mapOf(
          ['I buy'],
          [
            ['Store', ['Queue', O]],
            ['Web', ['Fine', Y]],
          ],
        ),
        gid: 5,
      },
    ]),
    useCases: presentPart(useCaseTab([['UC-01', 'Shorter queue', 'Store × I buy', 4, 4, 2, 64, 'Quick win']])),
    scenarios: presentPart(scenarioTab([['SC-001', 'Queue alert', 'UC-01', 'Activation', 'Live']])),
    dataNeeds: presentPart(needTab([['Queue alert', 'Store traffic', 'Footfall', 'No']])),
    ...over,
  });

  it('counts the funnel and finds the one gap of a small chain', () => {
    const facts = summaryFacts(inputs({}), 'en');
    const json = summaryJson(facts, new Date('2025-03-01T10:00:00Z'));
    expect(json.refreshedAt).toBe('2025-03-01T10:00:00.000Z');
    expect(json.touchpoints).toEqual({ normal: 1, friction: 1, opportunity: 0 });
    expect(json.useCases).toEqual({
      total: 1,
      scored: 1,
      byQuadrant: { quickWin: 1, majorProject: 0, fillIn: 0, moneyPit: 0 },
    });
    expect(json.scenarios).toEqual({
      total: 1,
      byStatus: { idea: 0, specified: 0, live: 1 },
      byPhase: { welcome: 0, activation: 1, relationship: 0, upsell: 0 },
      withUseCase: 1,
    });
    expect(json.dataNeeds).toEqual({ total: 1, byAvailability: { yes: 0, partial: 0, no: 1 } });
    expect(json.gaps.blockedScenarios).toEqual([{ id: 'SC-001', name: 'Queue alert', missing: ['Store traffic'] }]);
    expect(Object.values(json.gaps).flat()).toHaveLength(1);
    expect(json.dataToCollect).toEqual([
      { variable: 'Store traffic', source: 'Footfall', scenarios: ['SC-001'], bestScore: 64 },
    ]);
    expect(json.missing).toEqual([]);
    expect(facts.charts.stages).toEqual([{ stage: 'I buy', friction: 1, opportunity: 0 }]);
  });

  it('counts touchpoints per journey map when there are several, and in all', () => {
    const persona = mapOf(
      ['I buy'],
      [
        ['Store', ['Queue', O]],
        ['App', ['Club', G]],
      ],
      {
        tab: 'Journey map — Seniors',
        persona: 'Seniors',
      },
    );
    const facts = summaryFacts(
      inputs({
        maps: presentPart([
          { ...mapOf(['I buy'], [['Store', ['Fine', Y]]]), gid: 5 },
          { ...persona, gid: 6 },
        ]),
      }),
      'en',
    );
    expect(facts.funnel.touchpoints).toEqual({ normal: 1, friction: 1, opportunity: 1 });
    const lines = summaryBlock(facts, new Date(), 'en').values.map((r) => r.slice(0, 3).join('|'));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Touchpoints|3|1 normal · 1 friction · 1 opportunity',
        '   Journey map|1|1 normal · 0 frictions · 0 opportunities',
        '   Journey map — Seniors|2|0 normal · 1 friction · 1 opportunity',
      ]),
    );
    // The uncovered friction of the persona's map is named with the persona, as a Touchpoint cell would name it.
    expect(facts.gaps.uncoveredTouchpoints.map((t) => t.label)).toEqual([
      'Store × I buy (Seniors)',
      'App × I buy (Seniors)',
    ]);
  });

  it('makes a missing tab or table a line, and computes every gap that does not need it', () => {
    const facts = summaryFacts(
      inputs({
        scenarios: missingPart('No scenario map yet: run Set up the template tabs'),
        dataNeeds: presentPart({ tab: 'Data needs', gid: 33, values: [['nothing', 'here']] }),
      }),
      'en',
    );
    expect(facts.missing.map((m) => m.part)).toEqual(['scenarios', 'dataNeeds']);
    expect(facts.missing[1].line).toMatch(/^The tab “Data needs” has no table with the headers “Scenario”/);
    expect(facts.gaps.unplannedUseCases).toEqual([]);
    expect(facts.funnel.scenarios.total).toBe(0);
    expect(facts.gaps.uncoveredTouchpoints).toEqual([]);
    const lines = summaryBlock(facts, new Date(), 'en').values.map((r) => r.join('|'));
    expect(lines).toContain('Scenarios||No scenario map yet: run Set up the template tabs||');
  });
});

describe('the block written to the Summary tab', () => {
  it('writes links as HYPERLINK formulas with ; and the label’s quotes doubled', () => {
    expect(linkFormula({ gid: 123, cell: 'B6' }, 'Say "hi"; =1+1')).toBe(
      '=HYPERLINK("#gid=123&range=B6";"Say ""hi""; =1+1")',
    );
    expect(linkFormula({ gid: 1, cell: 'A1' }, 'x'.repeat(300))).toHaveLength(
      '=HYPERLINK("#gid=1&range=A1";"")'.length + 120,
    );
  });

  it('groups the links of consecutive rows into one run per column', () => {
    const link = (cell: string) => ({ link: { gid: 1, cell }, label: cell });
    const block = composeBlock(
      [
        { cells: ['Heading'] },
        { cells: [link('A1'), 'x'] },
        { cells: [link('A2'), 'y'] },
        { cells: ['Other'] },
        { cells: [link('A3')] },
      ],
      [],
    );
    expect(block.formulaRuns.map((r) => [r.row, r.column, r.formulas.length])).toEqual([
      [2, 1, 2],
      [5, 1, 1],
    ]);
    expect(block.values[1]).toEqual(['', 'x', '', '', '']);
    expect(block.markerRow).toBe(5);
  });

  it.each(['en', 'fr'] as const)('ends with the marker line and points each chart at its own data (%s)', (language) => {
    const facts = summaryFacts(
      {
        maps: presentPart([{ ...mapOf(['I buy', 'I come back'], [['Store', ['Queue', O], ['Club', G]]]), gid: 5 }]),
        useCases: presentPart(useCaseTab([])),
        scenarios: presentPart(scenarioTab([['SC-001', 'Queue alert', '', 'Activation', 'Idée']])),
        dataNeeds: presentPart(needTab([])),
      },
      language,
    );
    const block = summaryBlock(facts, new Date(), language);
    const cell = (row: number, column: number) => block.values[row - 1][column - 1];
    expect(String(cell(block.markerRow, 1))).toMatch(
      language === 'en' ? /^✎ Your notes go below this line/ : /^✎ Vos notes/,
    );
    const [stages, phases] = block.charts;
    expect([cell(stages.data.row, 1), cell(stages.data.row + 1, 1), cell(stages.data.row + 1, 2)]).toEqual(
      language === 'en' ? ['Stage', 'I buy', 1] : ['Étape', 'I buy', 1],
    );
    expect(stages.data.numRows).toBe(3);
    expect(phases.data).toEqual({ row: phases.data.row, column: 1, numRows: 5, numColumns: 4 });
    expect(cell(phases.data.row + 2, 2)).toBe(1); // Activation × Idea
    expect(block.dates).toEqual([{ row: 3, column: 2 }]);
  });
});
