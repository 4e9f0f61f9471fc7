/**
 * Everything the add-on says to people (menu, toasts, dialogs, errors), both languages side by side:
 * a message missing in one language does not compile.
 */
import { Bilingual, Language } from './language';

type Text = Bilingual<string>;
type Say<A extends unknown[]> = Bilingual<(...args: A) => string>;

const list = (items: readonly string[]): string => items.map((item) => `“${item}”`).join(', ');

export const MESSAGES = {
  menuTitle: { en: 'Omnichannel', fr: 'Omnicanal' } as Text,
  menuSetUp: { en: 'Set up the template tabs', fr: 'Créer les onglets du modèle' } as Text,
  menuValidate: { en: 'Validate colour codes', fr: 'Valider les codes couleur' } as Text,
  menuNormalise: { en: 'Normalise colours', fr: 'Normaliser les couleurs' } as Text,
  menuPrioritise: { en: 'Prioritise use cases', fr: "Prioriser les cas d'usage" } as Text,
  menuAddScenario: { en: 'Add a scenario…', fr: 'Ajouter un scénario…' } as Text,

  setUpTitle: { en: 'Template tabs', fr: 'Onglets du modèle' } as Text,
  setUpDone: {
    en: (created: string[], existing: string[]) =>
      [
        created.length ? `Created: ${list(created)}.` : 'Nothing to create: every template tab is already here.',
        existing.length ? `Left as they were: ${list(existing)}.` : '',
      ].filter(Boolean).join(' '),
    fr: (created: string[], existing: string[]) =>
      [
        created.length ? `Créés : ${list(created)}.` : 'Rien à créer : tous les onglets du modèle sont déjà là.',
        existing.length ? `Laissés tels quels : ${list(existing)}.` : '',
      ].filter(Boolean).join(' '),
  } as Say<[string[], string[]]>,

  missingTab: {
    en: (tab: string) => `The tab “${tab}” is missing. Run Omnichannel › Set up the template tabs to create it, then try again.`,
    fr: (tab: string) => `L’onglet « ${tab} » est introuvable. Lancez Omnicanal › Créer les onglets du modèle pour le créer, puis réessayez.`,
  } as Say<[string]>,
  missingTable: {
    en: (tab: string, headers: string[]) =>
      `The tab “${tab}” has no table with the headers ${list(headers)}. Restore these header labels in one row (any order), then try again.`,
    fr: (tab: string, headers: string[]) =>
      `L’onglet « ${tab} » n’a pas de tableau avec les en-têtes ${list(headers)}. Rétablissez ces en-têtes sur une même ligne (dans n’importe quel ordre), puis réessayez.`,
  } as Say<[string, string[]]>,
  busy: {
    en: 'Someone else is updating this spreadsheet right now. Nothing was changed: try again in a few seconds.',
    fr: 'Quelqu’un d’autre met à jour ce classeur en ce moment. Rien n’a été modifié : réessayez dans quelques secondes.',
  } as Text,
  problemTitle: { en: 'Omnichannel', fr: 'Omnicanal' } as Text,
};

export type MessageKey = keyof typeof MESSAGES;

/** A plain message in the given language. */
export function say(key: { [K in MessageKey]: (typeof MESSAGES)[K] extends Text ? K : never }[MessageKey], language: Language): string {
  return (MESSAGES[key] as Text)[language];
}

/**
 * An error a person can cause and fix (a missing tab, a bad value). Features throw it; the entry shows its
 * message in a dialog instead of a stack trace. Errors only a bug can cause are thrown as they are.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}
