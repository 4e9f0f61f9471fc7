/**
 * Everything the add-on says to people (menu, toasts, dialogs, errors), both languages side by side:
 * a message missing in one language does not compile.
 */
import { Bilingual, Language } from './language';

type Text = Bilingual<string>;
type Say<A extends unknown[]> = Bilingual<(...args: A) => string>;

/** A dialog is read, not scrolled: beyond this many problems or rows the rest are counted, not listed. */
export const MAX_LISTED_IN_DIALOG = 25;

/** Names quoted as each language quotes them: “Use cases” in English, « Cas d'usage » in French. */
const list = (items: readonly string[]): string => items.map((item) => `“${item}”`).join(', ');
const liste = (items: readonly string[]): string => items.map((item) => `« ${item} »`).join(', ');

export const MESSAGES = {
  menuTitle: { en: 'Omnichannel', fr: 'Omnicanal' } satisfies Text,
  menuSetUp: { en: 'Set up the template tabs', fr: 'Créer les onglets du modèle' } satisfies Text,
  menuValidate: { en: 'Validate colour codes', fr: 'Valider les codes couleur' } satisfies Text,
  menuNormalise: { en: 'Normalise colours', fr: 'Normaliser les couleurs' } satisfies Text,
  menuPrioritise: { en: 'Prioritise use cases', fr: "Prioriser les cas d'usage" } satisfies Text,
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
  reportLine: {
    en: (label: string, text: string) => `• ${label}: ${text}`,
    fr: (label: string, text: string) => `• ${label} : ${text}`,
  } satisfies Say<[string, string]>,
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
  andMore: { en: (n: number) => `…and ${n} more.`, fr: (n: number) => `…et ${n} de plus.` } satisfies Say<[number]>,
  prioritiseTitle: { en: 'Use case priorities', fr: 'Priorités des cas d’usage' } satisfies Text,
  ratingProblem: {
    en: (label: string, value: string, problem: 'blank' | 'notANumber' | 'outOfRange') =>
      problem === 'blank'
        ? `${label} is empty: give a number from 1 to 5`
        : `${label} '${value}' is not a number from 1 to 5`,
    fr: (label: string, value: string, problem: 'blank' | 'notANumber' | 'outOfRange') =>
      problem === 'blank'
        ? `${label} est vide : indiquez un nombre de 1 à 5`
        : `${label} « ${value} » n’est pas un nombre de 1 à 5`,
  } satisfies Say<[string, string, 'blank' | 'notANumber' | 'outOfRange']>,
  /** Between two reasons a row was not scored (French puts a space before the semicolon). */
  reasonSeparator: { en: '; ', fr: ' ; ' } satisfies Text,
  topHeading: {
    en: (scored: number) =>
      scored === 0
        ? 'No use case could be scored.'
        : `${scored} use case${scored === 1 ? '' : 's'} scored and sorted. The first to deploy:`,
    fr: (scored: number) =>
      scored === 0
        ? 'Aucun cas d’usage n’a pu être noté.'
        : `${scored} cas d’usage noté${scored > 1 ? 's' : ''} et trié${scored > 1 ? 's' : ''}. Les premiers à déployer :`,
  } satisfies Say<[number]>,
  topLine: {
    en: (rank: number, name: string, score: number, quadrant: string) =>
      `${rank}. ${name}: score ${score}, ${quadrant}`,
    fr: (rank: number, name: string, score: number, quadrant: string) =>
      `${rank}. ${name} : score ${score}, ${quadrant}`,
  } satisfies Say<[number, string, number, string]>,
  skippedHeading: {
    en: (n: number) => `${n} row${n === 1 ? '' : 's'} not scored (now below the ranked ones): fix and run again.`,
    fr: (n: number) =>
      `${n} ligne${n > 1 ? 's' : ''} non notée${n > 1 ? 's' : ''} (désormais sous les lignes classées) : corrigez puis relancez.`,
  } satisfies Say<[number]>,
  skippedLine: {
    en: (row: number, name: string, reason: string) => `• Row ${row}${name ? ` (${name})` : ''}: ${reason}.`,
    fr: (row: number, name: string, reason: string) => `• Ligne ${row}${name ? ` (${name})` : ''} : ${reason}.`,
  } satisfies Say<[number, string, string]>,
  badWeight: {
    en: (label: string, value: string, cell: string) =>
      `The weight “${label}” must be a number from 0 up; it is “${value}”. Fix it in ${cell}, then run again.`,
    fr: (label: string, value: string, cell: string) =>
      `Le poids « ${label} » doit être un nombre positif ou nul ; il vaut « ${value} ». Corrigez-le en ${cell}, puis relancez.`,
  } satisfies Say<[string, string, string]>,
  zeroWeights: {
    en: (cells: string) => `The two weights cannot both be 0: set at least one above 0 (${cells}), then run again.`,
    fr: (cells: string) =>
      `Les deux poids ne peuvent pas valoir 0 tous les deux : mettez-en au moins un au-dessus de 0 (${cells}), puis relancez.`,
  } satisfies Say<[string]>,
  weightDisplaced: {
    en: (label: string, weight: number) =>
      `The label “${label}” is missing from the Priority weights area and its place is taken, so the default weight ${weight} was used. To set it, type “${label}” in an empty cell with the weight to its right.`,
    fr: (label: string, weight: number) =>
      `L’étiquette « ${label} » manque dans la zone des pondérations et sa place est occupée : le poids par défaut ${weight} a été utilisé. Pour le régler, tapez « ${label} » dans une cellule vide, avec le poids à sa droite.`,
  } satisfies Say<[string, number]>,
  scenarioNotSaved: {
    en: (reason: string) => `The scenario could not be saved (${reason}). Nothing was kept: try again.`,
    fr: (reason: string) => `Le scénario n’a pas pu être enregistré (${reason}). Rien n’a été conservé : réessayez.`,
  } satisfies Say<[string]>,
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

export type MessageKey = keyof typeof MESSAGES;

/** What went wrong, in the words of whatever threw it (an Error from any realm, or anything else). */
export function reasonOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** The first `max` lines, then one that counts the rest: a dialog is read, not scrolled. */
export function capped(lines: readonly string[], max: number, language: Language): string[] {
  return lines.length > max ? [...lines.slice(0, max), MESSAGES.andMore[language](lines.length - max)] : [...lines];
}

/** A plain message in the given language. */
export function say(
  key: { [K in MessageKey]: (typeof MESSAGES)[K] extends Text ? K : never }[MessageKey],
  language: Language,
): string {
  return (MESSAGES[key] as Text)[language];
}

/**
 * An error a person can cause and fix (a missing tab, a bad value). Features throw it; the entry shows its
 * message in a dialog instead of a stack trace. Errors only a bug can cause are thrown as they are.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    // Its message is for people: nothing in its name should end up in front of it (Apps Script may print the name).
    this.name = 'Error';
  }
}
