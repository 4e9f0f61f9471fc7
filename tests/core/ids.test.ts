import { nextScenarioId, nextUseCaseId, nextUseCaseIds } from '../../src/core/ids';

describe('the IDs of rows the add-on adds', () => {
  it('continue after the highest of their series, through gaps, hand-sorted rows, any case and other IDs', () => {
    expect(nextUseCaseId(['UC-01', 'UC-05', 'uc-03', ' UC-2 ', 'SC-99', 'TEAM-40', '', 7, null])).toBe('UC-06');
    expect(nextScenarioId(['SC-003', 'x', '', 'sc-010', 'SC-002', 'UC-40'])).toBe('SC-011');
  });

  it('start at one and widen past their padding', () => {
    expect(nextUseCaseId([])).toBe('UC-01');
    expect(nextScenarioId([])).toBe('SC-001');
    expect(nextUseCaseId(['UC-99'])).toBe('UC-100');
  });

  it('number rows added together one after another', () => {
    expect(nextUseCaseIds(['UC-98'], 3)).toEqual(['UC-99', 'UC-100', 'UC-101']);
    expect(nextUseCaseIds([], 2)).toEqual(['UC-01', 'UC-02']);
  });
});
