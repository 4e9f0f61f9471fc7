// The scenario models as a sheet's sidebar offers them.
import { scenarioPresets, useCaseLabel } from '../../src/core/presets';
import { validateScenario } from '../../src/core/scenario';
import { SCENARIO_MODELS } from '../../src/core/scenario-models';

describe('scenarioPresets', () => {
  const sheet = { targets: ['All contacts', 'recent BUYERS'], channels: ['E-mail', 'email', 'SMS'], existingNames: [] };

  it('offers every model, in the sheet’s language, each passing the validation as it is', () => {
    for (const language of ['en', 'fr'] as const) {
      const presets = scenarioPresets(language, sheet);
      expect(presets.map((p) => p.id)).toEqual(SCENARIO_MODELS.map((m) => m.id));
      for (const preset of presets)
        expect(validateScenario(preset.scenario, { existingNames: [] }, language).ok).toBe(true);
    }
  });

  it('spells targets and channels as the sheet already does', () => {
    const welcome = scenarioPresets('en', sheet).find((p) => p.id === 'welcome')!;
    expect(welcome.scenario.target).toBe('All contacts');
    expect(welcome.scenario.channel).toBe('email');
    expect(welcome.scenario.steps[0].channel).toBe('email');
  });

  it('suffixes a name already taken, (2) then (3), whatever its case', () => {
    const taken = { ...sheet, existingNames: ['ABANDONED CART', 'Abandoned cart (2)'] };
    const cart = scenarioPresets('en', taken).find((p) => p.id === 'abandoned-cart')!;
    expect([cart.label, cart.scenario.name]).toEqual(['Abandoned cart', 'Abandoned cart (3)']);
  });
});

describe('useCaseLabel', () => {
  it('names a use case by its ID and its text, shortened to one line', () => {
    expect(useCaseLabel('UC-01', 'Show free click & collect')).toBe('UC-01 — Show free click & collect');
    expect(useCaseLabel('UC-02', 'x'.repeat(80))).toBe(`UC-02 — ${'x'.repeat(59)}…`);
    expect(useCaseLabel('UC-03', '')).toBe('UC-03');
  });
});
