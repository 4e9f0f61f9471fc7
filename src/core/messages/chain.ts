/** What the method's chain says: drafting use cases from the journey map, a scenario's use case, the summary. */
import { Say, Text } from './format';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
const pluriel = (n: number, one: string, many: string): string => (n > 1 ? many : one);

export const CHAIN_MESSAGES = {
  menuDraftUseCases: {
    en: 'Draft use cases from the journey map',
    fr: 'Créer les cas d’usage depuis le parcours',
  } satisfies Text,
  menuRefreshSummary: { en: 'Refresh the summary', fr: 'Mettre à jour la synthèse' } satisfies Text,

  draftTitle: { en: 'Use cases from the journey map', fr: 'Cas d’usage depuis le parcours' } satisfies Text,
  draftAdded: {
    en: (n: number, tab: string) =>
      n === 0
        ? 'No use case to draft: every friction and opportunity with text already has one.'
        : `${n} use ${plural(n, 'case', 'cases')} drafted and added to “${tab}”. Rate ${plural(n, 'it', 'them')}, then run Prioritise use cases:`,
    fr: (n: number, tab: string) =>
      n === 0
        ? 'Aucun cas d’usage à créer : chaque friction et opportunité décrite en a déjà un.'
        : `${n} cas d’usage ${pluriel(n, 'créé et ajouté', 'créés et ajoutés')} à « ${tab} ». ${pluriel(n, 'Notez-le', 'Notez-les')}, puis lancez Prioriser les cas d’usage :`,
  } satisfies Say<[number, string]>,
  draftLine: {
    en: (id: string, useCase: string, touchpoint: string, row: number) =>
      `• ${id} — ${useCase} (${touchpoint}), row ${row}`,
    fr: (id: string, useCase: string, touchpoint: string, row: number) =>
      `• ${id} — ${useCase} (${touchpoint}), ligne ${row}`,
  } satisfies Say<[string, string, string, number]>,
  draftCovered: {
    en: (n: number) =>
      `${n} ${plural(n, 'friction or opportunity already has its', 'frictions and opportunities already have their')} use case.`,
    fr: (n: number) =>
      `${n} ${pluriel(n, 'friction ou opportunité a déjà son', 'frictions et opportunités ont déjà leur')} cas d’usage.`,
  } satisfies Say<[number]>,
  draftSkippedHeading: { en: 'Not drafted:', fr: 'Non repris :' } satisfies Text,
  draftSkippedNormal: {
    en: (n: number) => `• ${n} normal ${plural(n, 'touchpoint', 'touchpoints')} (nothing to fix)`,
    fr: (n: number) =>
      `• ${n} ${pluriel(n, 'point', 'points')} de contact ${pluriel(n, 'normal', 'normaux')} (rien à corriger)`,
  } satisfies Say<[number]>,
  draftSkippedEmpty: {
    en: (n: number) => `• ${n} coloured ${plural(n, 'cell', 'cells')} without text: describe the touchpoint first`,
    fr: (n: number) =>
      `• ${n} ${pluriel(n, 'cellule colorée', 'cellules colorées')} sans texte : décrivez d’abord le point de contact`,
  } satisfies Say<[number]>,
  draftSkippedUncoloured: {
    en: (n: number) =>
      `• ${n} ${plural(n, 'touchpoint', 'touchpoints')} without a colour code: run Validate colour codes`,
    fr: (n: number) =>
      `• ${n} ${pluriel(n, 'point', 'points')} de contact sans code couleur : lancez Valider les codes couleur`,
  } satisfies Say<[number]>,
  draftSkippedUnknown: {
    en: (n: number, cells: string) =>
      `• ${n} ${plural(n, 'touchpoint', 'touchpoints')} with an unknown colour, to recolour with the legend: ${cells}`,
    fr: (n: number, cells: string) =>
      `• ${n} ${pluriel(n, 'point', 'points')} de contact de couleur inconnue, à recolorer selon la légende : ${cells}`,
  } satisfies Say<[number, string]>,
  missingTouchpointColumn: {
    en: (tab: string, header: string) =>
      `The use-case table on “${tab}” has no “${header}” column. Add a column headed “${header}” to the use-case table, then run this again.`,
    fr: (tab: string, header: string) =>
      `Le tableau des cas d’usage de « ${tab} » n’a pas de colonne « ${header} ». Ajoutez une colonne intitulée « ${header} » au tableau des cas d’usage, puis relancez.`,
  } satisfies Say<[string, string]>,
  noUseCaseColumn: {
    en: (header: string) =>
      `the scenario map has no “${header}” column: add a column headed “${header}” to the scenario table (after Scenario, say), then try again`,
    fr: (header: string) =>
      `la carte des scénarios n’a pas de colonne « ${header} » : ajoutez une colonne intitulée « ${header} » au tableau des scénarios (après Scénario, par exemple), puis réessayez`,
  } satisfies Say<[string]>,

  summaryTitle: { en: 'Summary', fr: 'Synthèse' } satisfies Text,
  summaryDone: {
    en: (gaps: number) =>
      gaps === 0
        ? 'The summary is up to date: no gap in the chain.'
        : `The summary is up to date: ${gaps} ${plural(gaps, 'gap', 'gaps')} to look at, each linked to its cell.`,
    fr: (gaps: number) =>
      gaps === 0
        ? 'La synthèse est à jour : aucun manque dans la chaîne.'
        : `La synthèse est à jour : ${gaps} ${pluriel(gaps, 'manque', 'manques')} à examiner, chacun relié à sa cellule.`,
  } satisfies Say<[number]>,
};
