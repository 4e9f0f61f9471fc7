import { LANGUAGES } from '../../src/core/language';
import { validateScenario } from '../../src/core/scenario';
import { SCENARIO_MODELS, modelScenario } from '../../src/core/scenario-models';
import { interpretInput } from '../../fake';
import { labelKey, tidy } from '../../src/core/text';
import { PROGRAMMES } from '../../src/core/vocabulary';

const cases = SCENARIO_MODELS.flatMap((model) => LANGUAGES.map((language) => [model.id, language, model] as const));

/** Every text a model writes to the sheet, in one language. */
function textsOf(model: (typeof SCENARIO_MODELS)[number], language: (typeof LANGUAGES)[number]): string[] {
  const input = modelScenario(model, language);
  return [
    input.name,
    input.programme,
    input.target,
    input.channel,
    input.trigger,
    ...input.steps.flatMap((step) => [step.channel, step.message]),
    ...(input.dataNeeds ?? []).flatMap((need) => [need.variable, need.source]),
  ];
}

describe('scenario models', () => {
  it('offers at least ten models with unique kebab-case ids', () => {
    expect(SCENARIO_MODELS.length).toBeGreaterThanOrEqual(10);
    const ids = SCENARIO_MODELS.map((model) => model.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(LANGUAGES)('gives every model its own name in %s, as the scenario table compares names', (language) => {
    const names = SCENARIO_MODELS.map((model) => labelKey(model.name[language]));
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every model at least one step and one data need', () => {
    for (const model of SCENARIO_MODELS) {
      expect(model.steps.length).toBeGreaterThanOrEqual(1);
      expect(model.dataNeeds.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('files every model under one of the method’s programmes', () => {
    for (const model of SCENARIO_MODELS) expect(PROGRAMMES).toContainEqual(model.programme);
  });

  it.each(cases)('%s in %s passes the scenario validation unchanged', (_id, language, model) => {
    const input = modelScenario(model, language);
    const validation = validateScenario(input, { existingNames: [] }, language);
    expect(validation).toMatchObject({ ok: true });
    if (!validation.ok) return;
    // Tidy text and a known phase: what the sheet receives is what the model says.
    expect(validation.scenario).toMatchObject({
      name: input.name,
      trigger: input.trigger,
      phase: model.phase,
      triggerType: model.triggerType,
      steps: input.steps,
      dataNeeds: input.dataNeeds,
    });
  });

  it.each(cases)('%s in %s writes nothing Sheets would convert, and only tidy text', (_id, language, model) => {
    const texts = textsOf(model, language);
    // Even unguarded (the add-on guards every string anyway), Sheets would keep each text as it is.
    const converted = texts.filter((text) =>
      ['en_US', 'fr_FR'].some((locale) => interpretInput(text, locale).value !== text),
    );
    expect(converted).toEqual([]);
    expect(texts.filter((text) => tidy(text) === '' || tidy(text) !== text)).toEqual([]);
  });

  it('follows each language’s typography', () => {
    const fr = SCENARIO_MODELS.flatMap((model) => textsOf(model, 'fr'));
    const en = SCENARIO_MODELS.flatMap((model) => textsOf(model, 'en'));
    expect(fr.filter((text) => /'|\S[:;?!]/.test(text))).toEqual([]);
    expect(en.filter((text) => /\s[:;?!]/.test(text))).toEqual([]);
  });

  it('translates its messages and triggers rather than copying them', () => {
    for (const model of SCENARIO_MODELS) {
      expect(model.trigger.fr).not.toBe(model.trigger.en);
      for (const step of model.steps) expect(step.message.fr).not.toBe(step.message.en);
    }
  });
});
