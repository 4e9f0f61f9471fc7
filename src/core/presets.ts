/**
 * The scenario models as the sidebar offers them in a sheet: in its language, their targets and channels spelt as
 * the sheet already spells them, and a name already taken suffixed ` (2)`, ` (3)`… so adding straight away works.
 */
import { Language } from './language';
import { ScenarioInput, SidebarOptions, freeName } from './scenario';
import { SCENARIO_MODELS, modelScenario } from './scenario-models';
import { labelKey } from './text';

export function scenarioPresets(
  language: Language,
  sheet: Pick<SidebarOptions, 'targets' | 'channels' | 'existingNames'>,
): SidebarOptions['presets'] {
  const spelt =
    (list: readonly string[]) =>
    (text: string): string =>
      list.find((item) => labelKey(item) === labelKey(text)) ?? text;
  const target = spelt(sheet.targets);
  const channel = spelt(sheet.channels);
  return SCENARIO_MODELS.map((model) => {
    const scenario: ScenarioInput = modelScenario(model, language);
    const name = freeName(scenario.name, sheet.existingNames);
    return {
      id: model.id,
      label: scenario.name,
      scenario: {
        ...scenario,
        name,
        target: target(scenario.target),
        channel: channel(scenario.channel),
        steps: scenario.steps.map((step) => ({ ...step, channel: channel(step.channel) })),
      },
    };
  });
}

/** How a use case is offered in a list: `UC-01 — Show free click & collect…`, shortened to stay on one line. */
export function useCaseLabel(id: string, useCase: string, max = 60): string {
  const text = useCase.length > max ? `${useCase.slice(0, max - 1).trimEnd()}…` : useCase;
  return text ? `${id} — ${text}` : id;
}
