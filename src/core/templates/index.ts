/**
 * The template tabs of the method, per language, as TabSpecs: content only. Where and how they are written is
 * `features/set-up-template.ts` and `sheets/write-tab.ts`.
 */
import { Language } from '../language';
import { TabSpec } from '../tab-spec';
import { MethodTabKey, TAB_ORDER } from '../vocabulary';
import { dataNeedsSpec } from './data-needs';
import { journeyMapSpec } from './journey-map';
import { scenarioMapSpec } from './scenario-map';
import { useCasesSpec } from './use-cases';

export { journeyMapTab, journeyMapSpec } from './journey-map';
export type { JourneyMapShape } from './journey-map';
export { JOURNEY_TEXT } from './journey-map-text';
export { COMPUTED_FILL, DATA_NEED_COLUMNS, SCENARIO_COLUMNS, USE_CASE_COLUMNS, columnOf } from './layout';
export { OVERVIEW_COLUMN, SCENARIO_TABLE_STOPS, overviewFormula, scenarioMapSpec } from './scenario-map';
export { WEIGHTS_COLUMN, useCasesSpec } from './use-cases';
export { dataNeedsSpec } from './data-needs';
export { kpiMonths, kpisSpec } from './kpis';

const SPEC_BUILDERS: Record<MethodTabKey, (language: Language) => TabSpec> = {
  journeyMap: journeyMapSpec,
  useCases: useCasesSpec,
  scenarioMap: scenarioMapSpec,
  dataNeeds: dataNeedsSpec,
};

/** The method's tabs in its order. */
export function templateTabs(language: Language): TabSpec[] {
  return TAB_ORDER.map((key) => SPEC_BUILDERS[key](language));
}
