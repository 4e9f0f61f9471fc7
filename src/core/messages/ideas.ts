/** What the idea catalogue's actions say: the menu item, placing an idea on the map, adding it as a use case. */
import { Say, Text, list, liste } from './format';

export const IDEA_MESSAGES = {
  menuIdeas: { en: 'Browse opportunity ideas…', fr: "Parcourir les idées d'opportunités…" } satisfies Text,
  placeIdea: { en: 'Place on the journey map', fr: 'Placer sur le parcours' } satisfies Text,
  ideaAsUseCase: { en: 'Add as a use case', fr: 'Ajouter comme cas d’usage' } satisfies Text,

  unknownIdea: {
    en: (id: string) =>
      `No idea in the catalogue has the ID “${id}”. Close the ideas sidebar, open it again and pick the idea from the list.`,
    fr: (id: string) =>
      `Aucune idée du catalogue n’a l’ID « ${id} ». Fermez le panneau des idées, rouvrez-le et choisissez l’idée dans la liste.`,
  } satisfies Say<[string]>,
  unknownMapChannel: {
    en: (tab: string, channel: string, channels: string[]) =>
      `The journey map “${tab}” has no channel “${channel}”. Pick one of its channels: ${list(channels)} (or add a row for it to the map first).`,
    fr: (tab: string, channel: string, channels: string[]) =>
      `Le parcours « ${tab} » n’a pas de canal « ${channel} ». Choisissez l’un de ses canaux : ${liste(channels)} (ou ajoutez-lui d’abord une ligne sur la carte).`,
  } satisfies Say<[string, string, string[]]>,
  unknownMapStage: {
    en: (tab: string, stage: string, stages: string[]) =>
      `The journey map “${tab}” has no stage “${stage}”. Pick one of its stages: ${list(stages)} (or add a column for it to the map first).`,
    fr: (tab: string, stage: string, stages: string[]) =>
      `Le parcours « ${tab} » n’a pas d’étape « ${stage} ». Choisissez l’une de ses étapes : ${liste(stages)} (ou ajoutez-lui d’abord une colonne sur la carte).`,
  } satisfies Say<[string, string, string[]]>,
  touchpointTaken: {
    en: (tab: string, cell: string, touchpoint: string, holds: string) =>
      `${tab}!${cell} (${touchpoint}) already holds ${holds}. Nothing was written: pick another stage, or use Add as a use case.`,
    fr: (tab: string, cell: string, touchpoint: string, holds: string) =>
      `${tab}!${cell} (${touchpoint}) contient déjà ${holds}. Rien n’a été écrit : choisissez une autre étape, ou utilisez Ajouter comme cas d’usage.`,
  } satisfies Say<[string, string, string, string]>,
  holdsText: {
    en: (text: string) => `“${text}”`,
    fr: (text: string) => `« ${text} »`,
  } satisfies Say<[string]>,
  holdsFormula: { en: 'a formula', fr: 'une formule' } satisfies Text,
  holdsNote: { en: 'a note', fr: 'une note' } satisfies Text,
};
