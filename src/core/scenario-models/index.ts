/**
 * The scenario models the method suggests, ready to add to a scenario map: in the order of the relationship's
 * phases, from welcoming a new contact to rewarding a loyal one.
 */
import { CONVERSION_AND_ACTIVATION_MODELS } from './conversion-and-activation';
import { ScenarioModel } from './model';
import { SATISFACTION_AND_UPSELL_MODELS } from './satisfaction-and-upsell';
import { PHASES } from '../vocabulary';

export type { ScenarioModel } from './model';
export { modelScenario } from './model';

export const SCENARIO_MODELS: readonly ScenarioModel[] = [
  ...CONVERSION_AND_ACTIVATION_MODELS,
  ...SATISFACTION_AND_UPSELL_MODELS,
].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
