/** What prioritising and adding a scenario say: ratings, weights, the top of the ranking, a scenario not saved. */
import { Say, Text } from './format';

export const PRIORITY_MESSAGES = {
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
};
