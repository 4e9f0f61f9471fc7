/** The words of the ideas sidebar, both languages side by side; the server titles the sidebar with `title`. */
import { Bilingual } from '../language';

type Text = Bilingual<string>;
type Say<A extends unknown[]> = Bilingual<(...args: A) => string>;

export const IDEAS_SIDEBAR_TEXT = {
  title: { en: 'Opportunity ideas', fr: 'Idées d’opportunités' } satisfies Text,
  intro: {
    en: 'Omnichannel opportunities to develop and frictions to look for, channel by channel. Place one on your journey map, or add it straight to the use cases.',
    fr: 'Des opportunités omnicanales à développer et des frictions à rechercher, canal par canal. Placez-en une sur votre parcours, ou ajoutez-la directement aux cas d’usage.',
  } satisfies Text,
  channelFilter: { en: 'Channel', fr: 'Canal' } satisfies Text,
  allChannels: { en: 'All channels', fr: 'Tous les canaux' } satisfies Text,
  search: { en: 'Search', fr: 'Rechercher' } satisfies Text,
  searchHint: { en: 'Words from the title or the detail.', fr: 'Des mots du titre ou du détail.' } satisfies Text,
  shown: {
    en: (shown: number, total: number) =>
      shown === total ? `${total} ideas.` : `${shown} of ${total} idea${total === 1 ? '' : 's'} shown.`,
    fr: (shown: number, total: number) =>
      shown === total
        ? `${total} idées.`
        : `${shown} idée${shown > 1 ? 's' : ''} affichée${shown > 1 ? 's' : ''} sur ${total}.`,
  } satisfies Say<[number, number]>,
  noneShown: {
    en: 'No idea matches: clear the search or pick another channel.',
    fr: 'Aucune idée ne correspond : videz la recherche ou choisissez un autre canal.',
  } satisfies Text,
  opportunity: { en: 'Opportunity', fr: 'Opportunité' } satisfies Text,
  friction: { en: 'Friction to look for', fr: 'Friction à rechercher' } satisfies Text,
  usually: {
    en: (stage: string) => `Usually at “${stage}”`,
    fr: (stage: string) => `En général à l’étape « ${stage} »`,
  } satisfies Say<[string]>,
  anyStage: { en: 'At any stage', fr: 'À toute étape' } satisfies Text,
  stage: { en: 'Stage', fr: 'Étape' } satisfies Text,
  channel: { en: 'Channel', fr: 'Canal' } satisfies Text,
  choose: { en: '— Choose —', fr: '— Choisir —' } satisfies Text,
  where: { en: 'Where on the journey map', fr: 'Où sur le parcours' } satisfies Text,
  place: { en: 'Place on the journey map', fr: 'Placer sur le parcours' } satisfies Text,
  placing: { en: 'Placing…', fr: 'Placement…' } satisfies Text,
  addUseCase: { en: 'Add as a use case', fr: 'Ajouter comme cas d’usage' } satisfies Text,
  adding: { en: 'Adding…', fr: 'Ajout…' } satisfies Text,
  chooseBoth: {
    en: 'Choose a stage and a channel to place the idea.',
    fr: 'Choisissez une étape et un canal pour placer l’idée.',
  } satisfies Text,
  noMap: {
    en: 'To place ideas, this spreadsheet needs a journey map with its legend: run Omnichannel › Set up the template tabs. Ideas can still be added as use cases.',
    fr: 'Pour placer des idées, ce classeur doit avoir un parcours client avec sa légende : lancez Omnicanal › Créer les onglets du modèle. Les idées peuvent quand même être ajoutées comme cas d’usage.',
  } satisfies Text,
  placedBadge: { en: 'Placed', fr: 'Placée' } satisfies Text,
  placed: {
    en: (tab: string, cell: string, touchpoint: string) => `Placed on ${tab}, cell ${cell} (${touchpoint}).`,
    fr: (tab: string, cell: string, touchpoint: string) => `Placée sur ${tab}, cellule ${cell} (${touchpoint}).`,
  } satisfies Say<[string, string, string]>,
  added: {
    en: (id: string, row: number) => `Use case ${id} added (row ${row}).`,
    fr: (id: string, row: number) => `Cas d’usage ${id} ajouté (ligne ${row}).`,
  } satisfies Say<[string, number]>,
  close: { en: 'Close', fr: 'Fermer' } satisfies Text,
  loadFailed: {
    en: (message: string) => `The ideas could not be loaded: ${message}. Close the sidebar and open it again.`,
    fr: (message: string) => `Les idées n’ont pas pu être chargées : ${message}. Fermez le panneau et rouvrez-le.`,
  } satisfies Say<[string]>,
};
