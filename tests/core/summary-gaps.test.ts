// The pure rules of the Summary: the tables read as people left them, the gap rules and the data-to-collect order.
import { dataToCollect } from '../../src/core/summary/data-to-collect';
import {
  blockedScenarios,
  duplicateIds,
  orphanDataNeeds,
  scenariosWithoutDataNeeds,
  scenariosWithoutUseCase,
  unplannedUseCases,
  unscoredUseCases,
  uncoveredTouchpoints,
} from '../../src/core/summary/gaps';
import { needs, scenarios, useCases } from '../support/chain-tables';
import { G, O, Y, mapOf } from '../support/map-cells';

describe('the tables as people left them', () => {
  it('takes Score and Quadrant as they are, in either language and any case, and links to the ID cell', () => {
    const records = useCases([
      ['UC-01', 'A', '', 4, 4, 2, 64, 'QUICK WIN'],
      ['UC-02', 'B', '', 3, 3, 5, '12', 'à éviter'],
      ['UC-03', 'C', '', 3, 3, 3, '', 'Sideways'],
      ['', '', '', '', '', '', '', ''],
    ]);
    expect(records.map((r) => [r.id, r.score, r.quadrant, r.row, r.at.cell])).toEqual([
      ['UC-01', 64, 'quickWin', 3, 'A3'],
      ['UC-02', 12, 'moneyPit', 4, 'A4'],
      ['UC-03', null, null, 5, 'A5'],
    ]);
  });

  it('reads status and availability in either language, any case; a scenario’s link lands on its Use case cell', () => {
    const s = scenarios([['SC-001', 'Welcome', '', 'bienvenue', 'DÉPLOYÉ']]);
    expect([s[0].phase, s[0].status, s[0].at.cell, s[0].useCaseAt.cell]).toEqual(['welcome', 'live', 'B3', 'C3']);
    expect(
      needs([
        ['Welcome', 'Email', 'CRM', 'partiel'],
        ['Welcome', 'Name', 'CRM', ' NO '],
      ]).map((n) => n.availability),
    ).toEqual(['partial', 'no']);
  });
});

describe('the gap rules', () => {
  it('uncovered touchpoints: frictions and opportunities with text that no Touchpoint cell names', () => {
    const map = {
      ...mapOf(
        ['I buy', 'I come back'],
        [
          ['Store', ['Queue', O], ['Loyalty', G]],
          ['Email', ['Receipt', Y], null],
        ],
      ),
      gid: 5,
    };
    const records = useCases([['UC-01', 'Shorter queue', ' store ×  I BUY', 4, 4, 2]]);
    expect(uncoveredTouchpoints([map], records)).toEqual([
      {
        tab: 'Journey map',
        cell: 'C2',
        channel: 'Store',
        stage: 'I come back',
        status: 'opportunity',
        text: 'Loyalty',
        label: 'Store × I come back',
        at: { gid: 5, cell: 'C2' },
      },
    ]);
    expect(uncoveredTouchpoints([map], null).map((t) => t.cell)).toEqual(['B2', 'C2']);
  });

  it('unplanned use cases: Quick wins and Major projects no scenario serves (IDs matched whatever the case)', () => {
    const records = useCases([
      ['UC-01', 'Served', '', 4, 4, 2, 64, 'Quick win'],
      ['UC-02', 'Big', '', 4, 4, 5, 16, 'Major project'],
      ['UC-03', 'Small', '', 2, 2, 2, 32, 'Fill-in'],
      ['', 'No ID', '', 4, 4, 2, 64, 'Quick win'],
    ]);
    const s = scenarios([['SC-001', 'Welcome', 'uc-01', 'Welcome', 'Idea']]);
    expect(unplannedUseCases(records, s).map((u) => [u.id, u.useCase, u.quadrant])).toEqual([
      ['UC-02', 'Big', 'majorProject'],
      ['', 'No ID', 'quickWin'],
    ]);
  });

  it('scenarios without a use case: an empty cell, or an ID the use-case table does not have', () => {
    const s = scenarios([
      ['SC-001', 'A', '', 'Welcome', 'Idea'],
      ['SC-002', 'B', 'UC-99', 'Welcome', 'Idea'],
      ['', 'C', 'UC-01', 'Welcome', 'Idea'],
    ]);
    const records = useCases([['UC-01', 'X', '', 4, 4, 2]]);
    expect(scenariosWithoutUseCase(s, records).map((x) => [x.id, x.useCase, x.at.cell])).toEqual([
      ['SC-001', '', 'C3'],
      ['SC-002', 'UC-99', 'C4'],
    ]);
    // Without a use-case table there is nothing to check an ID against: only the empty cell is a gap.
    expect(scenariosWithoutUseCase(s, null).map((x) => x.id)).toEqual(['SC-001']);
  });

  it('scenarios with no data need, blocked scenarios and orphan data needs, by scenario name whatever its case', () => {
    const s = scenarios([
      ['SC-001', 'Welcome', '', 'Welcome', 'Idea'],
      ['SC-002', 'Birthday', '', 'Relationship', 'Idea'],
      ['SC-003', 'Win-back', '', 'Upsell', 'Idea'],
    ]);
    const n = needs([
      ['welcome ', 'Email opt-in', 'CRM', 'Yes'],
      ['Birthday', 'Birth date', 'CRM', 'No'],
      ['Birthday', 'Store', 'POS', 'Non'],
      ['Birthday', 'Channel', 'CRM', 'Partial'],
      ['Abandoned cart', 'Cart', 'Shop', 'Yes'],
      ['', 'Loose note', '', ''],
    ]);
    expect(scenariosWithoutDataNeeds(s, n).map((x) => x.id)).toEqual(['SC-003']);
    expect(blockedScenarios(s, n).map(({ id, name, missing }) => ({ id, name, missing }))).toEqual([
      { id: 'SC-002', name: 'Birthday', missing: ['Birth date', 'Store'] },
    ]);
    expect(orphanDataNeeds(s, n).map(({ row, scenario, at }) => [row, scenario, at.cell])).toEqual([
      [7, 'Abandoned cart', 'A7'],
    ]);
  });

  it('duplicate IDs within one table, linked to their second row', () => {
    const records = useCases([
      ['UC-01', 'A', '', 1, 1, 1],
      ['uc-01 ', 'B', '', 1, 1, 1],
      ['UC-02', 'C', '', 1, 1, 1],
    ]);
    expect(duplicateIds('Use cases', records)).toEqual([
      { id: 'UC-01', tab: 'Use cases', rows: [3, 4], at: { gid: 11, cell: 'A4' } },
    ]);
  });

  it('unscored use cases, with the reason prioritising would give, in the sheet’s language', () => {
    const records = useCases(
      [
        ['UC-01', 'Fine', '', 4, 4, 2],
        ['UC-02', 'Blank', '', '', 4, 2],
        ['UC-03', 'Word', '', 4, 'élevé', 9],
      ],
      'fr',
    );
    expect(unscoredUseCases(records).map(({ id, reason }) => ({ id, reason }))).toEqual([
      { id: 'UC-02', reason: 'Impact business est vide : indiquez un nombre de 1 à 5' },
      {
        id: 'UC-03',
        reason:
          'Impact expérience client « élevé » n’est pas un nombre de 1 à 5 ; Difficulté « 9 » n’est pas un nombre de 1 à 5',
      },
    ]);
  });
});

describe('the data to collect first', () => {
  const records = useCases([
    ['UC-01', 'Top', '', 4, 4, 2, 64],
    ['UC-02', 'Mid', '', 3, 3, 3, 36],
    ['UC-03', 'Also top', '', 4, 4, 2, '80'],
  ]);
  const s = scenarios([
    ['SC-001', 'Welcome', 'UC-02', 'Welcome', 'Idea'],
    ['SC-002', 'Birthday', 'UC-01', 'Relationship', 'Idea'],
    ['SC-003', 'Win-back', 'UC-03', 'Upsell', 'Idea'],
    ['SC-004', 'Loyalty', '', 'Upsell', 'Idea'],
    ['SC-005', 'Survey', '', 'Upsell', 'Idea'],
  ]);

  it('groups rows by variable and sorts by best score, then scenarios held back, then No before Partial', () => {
    const n = needs([
      ['Welcome', 'Email opt-in', 'CRM', 'Partial'],
      ['Birthday', 'email OPT-IN', 'ESP', 'No'],
      ['Win-back', 'Last purchase', 'POS', 'Partial'],
      ['Loyalty', 'Points', 'Loyalty tool', 'Partial'],
      ['Survey', 'NPS', 'Survey tool', 'Partial'],
      ['Loyalty', 'Tier', 'Loyalty tool', 'Partial'],
      ['Survey', 'Tier', 'Loyalty tool', 'Partial'],
      ['Loyalty', 'Store', 'POS', 'No'],
      ['Welcome', 'First name', 'CRM', 'Yes'],
    ]);
    expect(
      dataToCollect(n, s, records).map(({ variable, source, scenarios: held, bestScore, availability }) => [
        variable,
        source,
        held,
        bestScore,
        availability,
      ]),
    ).toEqual([
      ['Last purchase', 'POS', ['SC-003'], 80, 'partial'],
      ['Email opt-in', 'CRM, ESP', ['SC-001', 'SC-002'], 64, 'no'],
      ['Tier', 'Loyalty tool', ['SC-004', 'SC-005'], null, 'partial'],
      ['Store', 'POS', ['SC-004'], null, 'no'],
      ['Points', 'Loyalty tool', ['SC-004'], null, 'partial'],
      ['NPS', 'Survey tool', ['SC-005'], null, 'partial'],
    ]);
  });
});
