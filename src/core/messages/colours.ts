/** What the colour-code actions say: the journey map and its legend, the report, normalising. */
import { Bilingual } from '../language';
import { Say, Text, list, liste } from './format';

export const COLOUR_MESSAGES = {
  allMapsHeading: {
    en: (maps: number) => `${maps} journey maps checked. In all:`,
    fr: (maps: number) => `${maps} parcours vérifiés. Au total :`,
  } satisfies Say<[number]>,
  mapHeading: {
    en: (tab: string) => `${tab}:`,
    fr: (tab: string) => `${tab} :`,
  } satisfies Say<[string]>,
  mapNotChecked: {
    en: (tab: string, reason: string) => `“${tab}” was not checked. ${reason}`,
    fr: (tab: string, reason: string) => `« ${tab} » n’a pas été vérifié. ${reason}`,
  } satisfies Say<[string, string]>,
  colourTitle: { en: 'Colour codes', fr: 'Codes couleur' } satisfies Text,
  missingJourneyAnchor: {
    en: (tab: string) =>
      `The tab “${tab}” has no cell “Channel” with the journey stages to its right and the channels below it. Type “Channel” in the top-left cell of your map, then try again.`,
    fr: (tab: string) =>
      `L’onglet « ${tab} » n’a pas de cellule « Canal » avec les étapes du parcours à sa droite et les canaux en dessous. Tapez « Canal » dans la cellule en haut à gauche de votre carte, puis réessayez.`,
  } satisfies Say<[string]>,
  missingLegend: {
    en: (tab: string, labels: string[]) =>
      `The legend is missing on “${tab}”: ${list(labels)} not found. Restore three cells labelled “Normal”, “Friction” and “Opportunity” outside the map (above it, for instance), each filled with the colour it stands for.`,
    fr: (tab: string, labels: string[]) =>
      `La légende est introuvable sur « ${tab} » : ${liste(labels)} absent(s). Rétablissez trois cellules « Normal », « Friction » et « Opportunité » hors de la carte (au-dessus, par exemple), chacune remplie de la couleur qu’elle représente.`,
  } satisfies Say<[string, string[]]>,
  unfilledLegend: {
    en: (label: string, cell: string) =>
      `The legend cell “${label}” (${cell}) has no fill colour. Fill it with the colour that means “${label}”, then try again.`,
    fr: (label: string, cell: string) =>
      `La cellule de légende « ${label} » (${cell}) n’a pas de couleur de fond. Remplissez-la avec la couleur qui signifie « ${label} », puis réessayez.`,
  } satisfies Say<[string, string]>,
  problemKinds: {
    en: {
      'touchpoint-without-colour': () => 'touchpoint without a colour code: fill it with a legend colour',
      'unknown-colour': (colour: string | null) => `unknown colour ${colour}: use one of the legend’s colours`,
      'colour-without-touchpoint': (colour: string | null) =>
        `colour ${colour} without a touchpoint: describe the touchpoint or remove the fill`,
    },
    fr: {
      'touchpoint-without-colour': () =>
        'point de contact sans code couleur : colorez-le avec une couleur de la légende',
      'unknown-colour': (colour: string | null) =>
        `couleur inconnue ${colour} : utilisez une des couleurs de la légende`,
      'colour-without-touchpoint': (colour: string | null) =>
        `couleur ${colour} sans point de contact : décrivez le point de contact ou retirez la couleur`,
    },
  } satisfies Bilingual<
    Record<
      'touchpoint-without-colour' | 'unknown-colour' | 'colour-without-touchpoint',
      (colour: string | null) => string
    >
  >,
  colourTotals: {
    en: (checked: number, stages: number, channels: number, normal: number, friction: number, opportunity: number) =>
      `Checked ${checked} cells (${stages} stage${stages === 1 ? '' : 's'} × ${channels} channel${channels === 1 ? '' : 's'}): ${normal} normal, ${friction} friction${friction === 1 ? '' : 's'}, ${opportunity} opportunit${opportunity === 1 ? 'y' : 'ies'}.`,
    fr: (checked: number, stages: number, channels: number, normal: number, friction: number, opportunity: number) =>
      `${checked} cellule${checked > 1 ? 's' : ''} vérifiée${checked > 1 ? 's' : ''} (${stages} étape${stages > 1 ? 's' : ''} × ${channels} ${channels > 1 ? 'canaux' : 'canal'}) : ${normal} ${normal > 1 ? 'normaux' : 'normal'}, ${friction} friction${friction > 1 ? 's' : ''}, ${opportunity} opportunité${opportunity > 1 ? 's' : ''}.`,
  } satisfies Say<[number, number, number, number, number, number]>,
  /** One line of a report: "• label: text", with French typography's spaced colon. */
  byStageHeading: {
    en: 'Frictions and opportunities by stage:',
    fr: 'Frictions et opportunités par étape :',
  } satisfies Text,
  byChannelHeading: {
    en: 'Frictions and opportunities by channel:',
    fr: 'Frictions et opportunités par canal :',
  } satisfies Text,
  frictionsAndOpportunities: {
    en: (friction: number, opportunity: number) =>
      `${friction} friction${friction === 1 ? '' : 's'}, ${opportunity} opportunit${opportunity === 1 ? 'y' : 'ies'}`,
    fr: (friction: number, opportunity: number) =>
      `${friction} friction${friction > 1 ? 's' : ''}, ${opportunity} opportunité${opportunity > 1 ? 's' : ''}`,
  } satisfies Say<[number, number]>,
  noColourProblem: {
    en: 'No problem found: every touchpoint has a colour of the legend.',
    fr: 'Aucun problème : chaque point de contact a une couleur de la légende.',
  } satisfies Text,
  colourProblemsHeading: {
    en: (n: number) => `${n} problem${n === 1 ? '' : 's'} to fix:`,
    fr: (n: number) => `${n} problème${n > 1 ? 's' : ''} à corriger :`,
  } satisfies Say<[number]>,
  normaliseDone: {
    en: (changed: number, unknown: number) =>
      `${changed} shade${changed === 1 ? '' : 's'} snapped to the legend colours.` +
      (unknown
        ? ` ${unknown} cell${unknown === 1 ? '' : 's'} with an unknown colour or no colour left as they are: run Validate colour codes to see them.`
        : ''),
    fr: (changed: number, unknown: number) =>
      `${changed} nuance${changed > 1 ? 's' : ''} alignée${changed > 1 ? 's' : ''} sur les couleurs de la légende.` +
      (unknown
        ? ` ${unknown} cellule${unknown > 1 ? 's' : ''} de couleur inconnue ou sans couleur laissée${unknown > 1 ? 's' : ''} telle${unknown > 1 ? 's' : ''} quelle${unknown > 1 ? 's' : ''} : lancez Valider les codes couleur pour les voir.`
        : ''),
  } satisfies Say<[number, number]>,
};
