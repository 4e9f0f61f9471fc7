/** The words every action shares: the menu, set-up, missing tabs and tables, refusals, failures, report lines. */
import { Say, Text, list, liste } from './format';

export const COMMON_MESSAGES = {
  menuTitle: { en: 'Omnichannel', fr: 'Omnicanal' } satisfies Text,
  menuSetUp: { en: 'Set up the template tabs', fr: 'Créer les onglets du modèle' } satisfies Text,
  menuValidate: { en: 'Validate colour codes', fr: 'Valider les codes couleur' } satisfies Text,
  menuNormalise: { en: 'Normalise colours', fr: 'Normaliser les couleurs' } satisfies Text,
  menuPrioritise: { en: 'Prioritise use cases', fr: 'Prioriser les cas d’usage' } satisfies Text,
  menuAddScenario: { en: 'Add a scenario…', fr: 'Ajouter un scénario…' } satisfies Text,

  setUpTitle: { en: 'Template tabs', fr: 'Onglets du modèle' } satisfies Text,
  setUpDone: {
    en: (created: string[], existing: string[]) =>
      [
        created.length ? `Created: ${list(created)}.` : 'Nothing to create: every template tab is already here.',
        existing.length ? `Left as they were: ${list(existing)}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    fr: (created: string[], existing: string[]) =>
      [
        created.length ? `Créés : ${liste(created)}.` : 'Rien à créer : tous les onglets du modèle sont déjà là.',
        existing.length ? `Laissés tels quels : ${liste(existing)}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
  } satisfies Say<[string[], string[]]>,

  noScenarioDropdown: {
    en: 'The Scenario column of the data needs has no dropdown: the scenario map has no row under its header yet.',
    fr: 'La colonne Scénario des besoins de données n’a pas de liste déroulante : la carte des scénarios n’a encore aucune ligne sous ses en-têtes.',
  } satisfies Text,
  missingTab: {
    en: (tab: string) =>
      `The tab “${tab}” is missing. Run Omnichannel › Set up the template tabs to create it, then try again.`,
    fr: (tab: string) =>
      `L’onglet « ${tab} » est introuvable. Lancez Omnicanal › Créer les onglets du modèle pour le créer, puis réessayez.`,
  } satisfies Say<[string]>,
  missingTable: {
    en: (tab: string, headers: string[]) =>
      `The tab “${tab}” has no table with the headers ${list(headers)}. Restore these header labels in one row (any order), then try again.`,
    fr: (tab: string, headers: string[]) =>
      `L’onglet « ${tab} » n’a pas de tableau avec les en-têtes ${liste(headers)}. Rétablissez ces en-têtes sur une même ligne (dans n’importe quel ordre), puis réessayez.`,
  } satisfies Say<[string, string[]]>,
  headersApart: {
    en: (tab: string, row: number, headers: string[]) =>
      `On “${tab}”, row ${row} holds ${list(headers)} apart from the table's other headers (past a blank column or another area). Move ${headers.length === 1 ? 'it' : 'them'} back beside the others (your own columns may sit between them), then try again.`,
    fr: (tab: string, row: number, headers: string[]) =>
      `Sur « ${tab} », la ligne ${row} place ${liste(headers)} à l’écart des autres en-têtes du tableau (après une colonne vide ou une autre zone). Remettez-${headers.length === 1 ? 'le' : 'les'} à côté des autres (vos propres colonnes peuvent s’intercaler), puis réessayez.`,
  } satisfies Say<[string, number, string[]]>,
  actionFailed: {
    en: (action: string, reason: string) =>
      `${action} could not finish (${reason}). Nothing was changed: try again in a moment.`,
    fr: (action: string, reason: string) =>
      `${action} n’a pas pu aller au bout (${reason}). Rien n’a été modifié : réessayez dans un instant.`,
  } satisfies Say<[string, string]>,
  actionHalfUndone: {
    en: (action: string, reason: string) =>
      `${action} could not finish (${reason}) and what it had written could not all be taken back. Use File › Version history to restore the sheet as it was, then try again.`,
    fr: (action: string, reason: string) =>
      `${action} n’a pas pu aller au bout (${reason}) et ce qui avait été écrit n’a pas pu être entièrement retiré. Utilisez Fichier › Historique des versions pour rétablir la feuille, puis réessayez.`,
  } satisfies Say<[string, string]>,
  busy: {
    en: 'Someone else is updating this spreadsheet right now. Nothing was changed: try again in a few seconds.',
    fr: 'Quelqu’un d’autre met à jour ce classeur en ce moment. Rien n’a été modifié : réessayez dans quelques secondes.',
  } satisfies Text,
  problemTitle: { en: 'Omnichannel', fr: 'Omnicanal' } satisfies Text,

  reportLine: {
    en: (label: string, text: string) => `• ${label}: ${text}`,
    fr: (label: string, text: string) => `• ${label} : ${text}`,
  } satisfies Say<[string, string]>,
  andMore: { en: (n: number) => `…and ${n} more.`, fr: (n: number) => `…et ${n} de plus.` } satisfies Say<[number]>,
  reasonSeparator: { en: '; ', fr: ' ; ' } satisfies Text,
};
