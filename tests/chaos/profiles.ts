/**
 * Each run leans on a few edit families (the weak spots) rather than spreading thin over all of them:
 * short targeted sequences find more in the time budget than long uniform ones. Weights not listed are 1.
 */
import type { ActionName } from './actions';

export interface Profile {
  name: string;
  edits: Record<string, number>;
  actions: Partial<Record<ActionName, number>>;
  /** Plan Sheets faults in this run's actions (other runs get them now and then). */
  faults?: boolean;
}

export const PROFILES: readonly Profile[] = [
  {
    name: 'weights',
    edits: { setWeight: 10, deleteUseCaseRow: 8, clearUseCaseRow: 2 },
    actions: { prioritiseUseCases: 8 },
  },
  {
    name: 'chart data',
    edits: { noteNearChartData: 10, typeUseCase: 8, retypeRating: 3, clearUseCaseRow: 2 },
    actions: { prioritiseUseCases: 8 },
  },
  {
    name: 'scenario columns',
    edits: { scenarioTeamColumn: 10, moveTableColumn: 3, note: 3 },
    actions: { addScenario: 8 },
  },
  {
    name: 'columns',
    edits: {
      moveUseCaseColumn: 10,
      copyHeaderRow: 5,
      useCaseTeamColumn: 5,
      typeUseCase: 5,
      noteNearChartData: 4,
      retypeRating: 3,
    },
    actions: { prioritiseUseCases: 8 },
  },
  {
    name: 'scenario rows',
    edits: { trimScenarioMap: 10, renameTab: 4 },
    actions: { setUpTemplate: 6, addScenario: 4 },
  },
  { name: 'rows', edits: { insertRows: 10, typeUseCase: 5, deleteRows: 3 }, actions: { prioritiseUseCases: 8 } },
  { name: 'sidebar', edits: {}, actions: { addScenario: 10, getSidebarOptions: 3 } },
  {
    name: 'team columns',
    edits: { useCaseTeamColumn: 8, typeUseCase: 6, note: 4 },
    actions: { prioritiseUseCases: 8 },
  },
  {
    name: 'summary',
    edits: { noteUnderSummaryLine: 10, insertRows: 3, deleteRows: 3, deleteSummaryOrKpis: 2, typeUseCase: 3 },
    actions: { refreshSummary: 8, setUpTemplate: 2, addScenario: 2 },
  },
  {
    name: 'curves',
    edits: { noteNearCurves: 10, retypeExperience: 6, insertRows: 2, colourTouchpoints: 2 },
    actions: { drawExperienceCurves: 8, addPersonaJourneyMap: 2 },
  },
  {
    name: 'personas',
    edits: { renamePersonaTab: 6, retypePersona: 3, colourTouchpoints: 5, retypeExperience: 3, noteNearCurves: 3 },
    actions: { addPersonaJourneyMap: 6, showPersonaPrompt: 3, drawExperienceCurves: 3, draftUseCases: 3 },
  },
  {
    name: 'ideas',
    edits: { colourTouchpoints: 6, note: 3, typeUseCase: 3, deleteUseCaseRow: 2 },
    actions: { addIdeaToJourneyMap: 8, addIdeaAsUseCase: 5, getIdeas: 2, draftUseCases: 3, addScenario: 3 },
  },
  { name: 'faults', edits: {}, actions: {}, faults: true },
  {
    name: 'new faults',
    edits: { noteUnderSummaryLine: 3, noteNearCurves: 3, colourTouchpoints: 3 },
    actions: {
      refreshSummary: 4,
      drawExperienceCurves: 4,
      addPersonaJourneyMap: 3,
      draftUseCases: 3,
      addIdeaToJourneyMap: 3,
      addIdeaAsUseCase: 3,
    },
    faults: true,
  },
  { name: 'mixed', edits: {}, actions: {} },
];
