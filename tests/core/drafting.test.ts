// The pure part of drafting use cases: touchpoints sorted by colour, named as the Touchpoint column names them,
// matched whatever the case, spacing or apostrophe, and the next free IDs.
import { mapCells, namedTouchpoints } from '../../src/core/coverage';
import { draftReport } from '../../src/core/draft-report';
import { planDrafts } from '../../src/core/drafting';
import { touchpointKey } from '../../src/core/touchpoints';
import { G, O, Y, mapOf } from '../support/map-cells';

const map = mapOf(
  ['I look', 'I buy'],
  [
    ['Website', ['Reviews', Y], ['No stock shown', O]],
    ['Store', ['Queue', '#fce5cd'], ['', G]],
    ['Email', ['Typed, not coloured', null], ['Weird', '#ff0000']],
    ['Phone', null, ['Call back', G]],
  ],
);

describe('mapCells', () => {
  it('sorts every cell with text or a fill, stage by stage, then channel by channel', () => {
    expect(mapCells(map).map((c) => [c.cell, c.kind === 'touchpoint' ? c.status : c.reason])).toEqual([
      ['B2', 'normal'],
      ['B3', 'friction'], // a lighter orange of the legend's family is still a friction
      ['B4', 'uncoloured'],
      ['C2', 'friction'],
      ['C3', 'empty'],
      ['C4', 'unknown-colour'],
      ['C5', 'opportunity'],
    ]);
  });
});

describe('namedTouchpoints', () => {
  it('reads Touchpoint cells whatever their case, spacing or apostrophe, with a persona in brackets', () => {
    const named = namedTouchpoints(
      ['  store  ×  j’achète ', 'Store × I buy (Young parents)', 'not a touchpoint', '', 42],
      ['Young parents'],
    );
    expect(named.has(touchpointKey({ channel: 'Store', stage: "J'achète", persona: null }))).toBe(true);
    expect(named.has(touchpointKey({ channel: 'Store', stage: 'I buy', persona: 'Young parents' }))).toBe(true);
    expect(named.has(touchpointKey({ channel: 'Store', stage: 'I buy', persona: null }))).toBe(false);
    expect(named.size).toBe(2);
  });
});

const table = (rows: unknown[][]) => ({ rows, columns: { id: 0, touchpoint: 1 } });

describe('planDrafts', () => {
  it('drafts each friction and opportunity with text no use case names, in the map’s order, with the next IDs', () => {
    const plan = planDrafts([map], table([['UC-04', 'Website × I buy']]), 'en');
    expect(plan.drafts).toEqual([
      {
        id: 'UC-05',
        useCase: 'Queue',
        touchpoint: 'Store × I look',
        category: 'Friction to fix',
        tab: 'Journey map',
        cell: 'B3',
      },
      {
        id: 'UC-06',
        useCase: 'Call back',
        touchpoint: 'Phone × I buy',
        category: 'Omnichannel opportunity',
        tab: 'Journey map',
        cell: 'C5',
      },
    ]);
    expect(plan.alreadyCovered).toBe(1);
    expect(plan.skipped.map((s) => [s.cell, s.reason])).toEqual([
      ['B2', 'normal'],
      ['B4', 'uncoloured'],
      ['C3', 'empty'],
      ['C4', 'unknown-colour'],
    ]);
  });

  it('drafts nothing the second time: the Touchpoint cell is what counts, not the text', () => {
    const first = planDrafts([map], table([]), 'fr');
    expect(first.drafts.map((d) => d.category)).toEqual([
      'Friction à corriger',
      'Friction à corriger',
      'Opportunité omnicanale',
    ]);
    const rows = first.drafts.map((d) => [d.id, d.touchpoint.toUpperCase()]);
    const second = planDrafts([map], table(rows), 'fr');
    expect(second.drafts).toEqual([]);
    expect(second.alreadyCovered).toBe(3);
  });

  it('names a persona’s touchpoints with the persona in brackets, apart from the same cell on another map', () => {
    const persona = mapOf(['I buy'], [['Store', ['Long queue', O]]], {
      tab: 'Journey map — Seniors',
      persona: 'Seniors',
    });
    const template = mapOf(['I buy'], [['Store', ['Long queue', O]]]);
    const plan = planDrafts([template, persona], table([['UC-01', 'Store × I buy']]), 'en');
    expect(plan.drafts.map((d) => [d.id, d.touchpoint, d.tab])).toEqual([
      ['UC-02', 'Store × I buy (Seniors)', 'Journey map — Seniors'],
    ]);
  });

  it('keeps a touchpoint’s text as it reads, formulas and phone numbers included (written as text later)', () => {
    const odd = mapOf(
      ['I buy'],
      [
        ['Phone', ['=1+1', O]],
        ['SMS', ['+33 6 12 34 56 78', G]],
      ],
    );
    expect(planDrafts([odd], table([]), 'en').drafts.map((d) => d.useCase)).toEqual(['=1+1', '+33 6 12 34 56 78']);
  });
});

describe('draftReport', () => {
  it('lists what was added, counts what was covered and skipped, and names the unknown colours', () => {
    const plan = planDrafts([map], table([]), 'en');
    const added = plan.drafts.map((d, i) => ({ id: d.id, useCase: d.useCase, touchpoint: d.touchpoint, row: 10 + i }));
    expect(draftReport({ added, alreadyCovered: 0, skipped: plan.skipped }, 'Use cases', 'en')).toBe(
      [
        '3 use cases drafted and added to “Use cases”. Rate them, then run Prioritise use cases:',
        '• UC-01 — Queue (Store × I look), row 10',
        '• UC-02 — No stock shown (Website × I buy), row 11',
        '• UC-03 — Call back (Phone × I buy), row 12',
        '',
        'Not drafted:',
        '• 1 normal touchpoint (nothing to fix)',
        '• 1 coloured cell without text: describe the touchpoint first',
        '• 1 touchpoint without a colour code: run Validate colour codes',
        '• 1 touchpoint with an unknown colour, to recolour with the legend: Journey map!C4 (#ff0000)',
      ].join('\n'),
    );
  });

  it('says so in French when there is nothing to draft', () => {
    expect(draftReport({ added: [], alreadyCovered: 2, skipped: [] }, "Cas d'usage", 'fr')).toBe(
      'Aucun cas d’usage à créer : chaque friction et opportunité décrite en a déjà un.\n\n' +
        '2 frictions et opportunités ont déjà leur cas d’usage.',
    );
  });
});
