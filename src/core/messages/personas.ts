/** What the persona journey maps and the experience curves say: the prompt, refusals, ratings not plotted, reports. */
import { Say, Text, list, liste } from './format';

type ExperienceProblem = 'outOfRange' | 'notWhole' | 'notANumber';

export const PERSONA_MESSAGES = {
  menuAddPersona: { en: 'Add a persona journey map…', fr: 'Ajouter un parcours par persona…' } satisfies Text,
  menuDrawCurves: { en: 'Draw the experience curves', fr: 'Tracer les courbes d’expérience' } satisfies Text,

  personaTitle: { en: 'Persona journey map', fr: 'Parcours par persona' } satisfies Text,
  personaPromptTitle: { en: 'Add a persona journey map', fr: 'Ajouter un parcours par persona' } satisfies Text,
  personaPrompt: {
    en: 'Name of the persona (at most 60 characters), for example “Young parents”. Their journey map gets the stages, channels and legend of your first journey map.',
    fr: 'Nom du persona (60 caractères au plus), par exemple « Jeunes parents ». Son parcours reprend les étapes, les canaux et la légende de votre premier parcours client.',
  } satisfies Text,
  personaBlank: {
    en: 'Give the persona a name (for example “Young parents”), then try again.',
    fr: 'Donnez un nom au persona (par exemple « Jeunes parents »), puis réessayez.',
  } satisfies Text,
  personaTooLong: {
    en: (length: number, max: number) =>
      `The persona’s name has ${length} characters: a tab name leaves room for ${max}. Shorten it, then try again.`,
    fr: (length: number, max: number) =>
      `Le nom du persona compte ${length} caractères : un nom d’onglet en permet ${max}. Raccourcissez-le, puis réessayez.`,
  } satisfies Say<[number, number]>,
  personaForbidden: {
    en: (characters: string[]) =>
      `A tab name cannot hold ${list(characters)}. Name the persona without : \\ / ? * [ ] (and not ending with an apostrophe), then try again.`,
    fr: (characters: string[]) =>
      `Un nom d’onglet ne peut pas contenir ${liste(characters)}. Nommez le persona sans : \\ / ? * [ ] (et sans apostrophe à la fin), puis réessayez.`,
  } satisfies Say<[string[]]>,
  personaTaken: {
    en: (tab: string) => `This persona already has a journey map: the tab “${tab}”. Open it, or choose another name.`,
    fr: (tab: string) => `Ce persona a déjà son parcours : l’onglet « ${tab} ». Ouvrez-le, ou choisissez un autre nom.`,
  } satisfies Say<[string]>,
  noJourneyMapYet: {
    en: 'A persona’s journey map copies the stages, channels and legend of your first journey map, and there is none yet. Run Omnichannel › Set up the template tabs first, then add the persona.',
    fr: 'Le parcours d’un persona reprend les étapes, les canaux et la légende de votre premier parcours client, et il n’y en a pas encore. Lancez d’abord Omnicanal › Créer les onglets du modèle, puis ajoutez le persona.',
  } satisfies Text,
  personaAdded: {
    en: (tab: string, stages: number, channels: number, first: string) =>
      `Created “${tab}” with the ${stages} stage${stages === 1 ? '' : 's'} and ${channels} channel${channels === 1 ? '' : 's'} of “${first}”. Describe the persona at the top, colour their touchpoints and rate each stage’s experience.`,
    fr: (tab: string, stages: number, channels: number, first: string) =>
      `« ${tab} » créé avec ${stages > 1 ? `les ${stages} étapes` : 'l’étape'} et ${channels > 1 ? `les ${channels} canaux` : 'le canal'} de « ${first} ». Décrivez le persona en haut, colorez ses points de contact et notez l’expérience de chaque étape.`,
  } satisfies Say<[string, number, number, string]>,

  curvesTitle: { en: 'Experience curves', fr: 'Courbes d’expérience' } satisfies Text,
  badExperience: {
    en: (stage: string, text: string, problem: ExperienceProblem) =>
      `${stage}: '${text}' ${
        { outOfRange: 'is not from 1 to 5', notWhole: 'is not a whole number', notANumber: 'is not a number' }[problem]
      }, so it is not plotted. Type a whole number from 1 (painful) to 5 (delightful), or leave it blank`,
    fr: (stage: string, text: string, problem: ExperienceProblem) =>
      `${stage} : « ${text} » ${
        {
          outOfRange: 'n’est pas entre 1 et 5',
          notWhole: 'n’est pas un nombre entier',
          notANumber: 'n’est pas un nombre',
        }[problem]
      }, la valeur n’est donc pas tracée. Tapez un nombre entier de 1 (pénible) à 5 (enchanteur), ou laissez vide`,
  } satisfies Say<[string, string, ExperienceProblem]>,
  noExperienceLane: {
    en: (tab: string) =>
      `“${tab}” has no Experience lane. Add a row labelled “Experience (1–5)” in the column of “Channel”, under the map after a blank row, with a rating from 1 to 5 under each stage.`,
    fr: (tab: string) =>
      `« ${tab} » n’a pas de ligne Expérience. Ajoutez une ligne intitulée « Expérience (1–5) » dans la colonne de « Canal », sous la carte après une ligne vide, avec une note de 1 à 5 sous chaque étape.`,
  } satisfies Say<[string]>,
  curvesDrawn: {
    en: (curves: number, comparison: string | null) =>
      `${curves} experience curve${curves === 1 ? '' : 's'} drawn beside ${curves === 1 ? 'its map' : 'their maps'}.` +
      (comparison ? ` The personas’ curves side by side are on “${comparison}”.` : ''),
    fr: (curves: number, comparison: string | null) =>
      `${curves} courbe${curves > 1 ? 's' : ''} d’expérience tracée${curves > 1 ? 's' : ''} à côté de ${curves > 1 ? 'leurs cartes' : 'sa carte'}.` +
      (comparison ? ` Les courbes des personas côte à côte sont sur « ${comparison} ».` : ''),
  } satisfies Say<[number, string | null]>,
  curvesNotPlotted: {
    en: (n: number) => `${n} cell${n === 1 ? ' was' : 's were'} not plotted:`,
    fr: (n: number) => `${n} cellule${n > 1 ? 's n’ont' : ' n’a'} pas été tracée${n > 1 ? 's' : ''} :`,
  } satisfies Say<[number]>,
};
