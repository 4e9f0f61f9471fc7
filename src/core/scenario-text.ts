/**
 * The words of the scenario form and its validation, both languages side by side. Shared by the server (which
 * refuses a bad scenario) and the sidebar (which says the same thing sooner), so both speak alike.
 */
import { Bilingual } from './language';

type Text = Bilingual<string>;
type Say<A extends unknown[]> = Bilingual<(...args: A) => string>;

export const FIELD_LABELS = {
  name: { en: 'Scenario name', fr: 'Nom du scénario' } as Text,
  programme: { en: 'Programme', fr: 'Programme' } as Text,
  target: { en: 'Target (who)', fr: 'Cible (qui)' } as Text,
  phase: { en: 'Phase (when)', fr: 'Phase (quand)' } as Text,
  channel: { en: 'Channel (where)', fr: 'Canal (où)' } as Text,
  triggerType: { en: 'Trigger type', fr: 'Type de déclencheur' } as Text,
  trigger: { en: 'Trigger', fr: 'Déclencheur' } as Text,
  steps: { en: 'Message sequence', fr: 'Séquence de messages' } as Text,
  dataNeeds: { en: 'Data needs', fr: 'Besoins de données' } as Text,
};

/** Between a field's label and what to do about it: French typography puts a space before the colon. */
export const LABEL_SEPARATOR: Text = { en: ': ', fr: ' : ' };

export const STEP_LABELS = {
  day: { en: (n: number) => `Step ${n}, day`, fr: (n: number) => `Étape ${n}, jour` } as Say<[number]>,
  channel: { en: (n: number) => `Step ${n}, channel`, fr: (n: number) => `Étape ${n}, canal` } as Say<[number]>,
  message: { en: (n: number) => `Step ${n}, message`, fr: (n: number) => `Étape ${n}, message` } as Say<[number]>,
};

export const DATA_NEED_LABELS = {
  variable: { en: (n: number) => `Data need ${n}, variable`, fr: (n: number) => `Besoin ${n}, variable` } as Say<
    [number]
  >,
  source: { en: (n: number) => `Data need ${n}, source`, fr: (n: number) => `Besoin ${n}, source` } as Say<[number]>,
};

export const SCENARIO_ERRORS = {
  required: { en: 'this is required: fill it in', fr: 'ce champ est obligatoire : remplissez-le' } as Text,
  notText: { en: 'this must be text', fr: 'ce champ doit être du texte' } as Text,
  tooLong: {
    en: (max: number) => `at most ${max} characters: shorten it`,
    fr: (max: number) => `${max} caractères au plus : raccourcissez-le`,
  } as Say<[number]>,
  unknownPhase: {
    en: 'choose Welcome, Activation, Relationship or Upsell',
    fr: 'choisissez Bienvenue, Activation, Relationnel ou Upsell',
  } as Text,
  unknownTriggerType: { en: 'choose Behaviour or Event', fr: 'choisissez Comportement ou Événement' } as Text,
  noSteps: { en: 'add at least one step', fr: 'ajoutez au moins une étape' } as Text,
  tooMany: {
    en: (max: number) => `at most ${max}: remove some`,
    fr: (max: number) => `${max} au plus : retirez-en`,
  } as Say<[number]>,
  notAList: { en: 'this must be a list', fr: 'ce champ doit être une liste' } as Text,
  badDay: {
    en: 'a whole number of days from 0 to 365 (0 = the day of the trigger)',
    fr: 'un nombre entier de jours de 0 à 365 (0 = le jour du déclencheur)',
  } as Text,
  dayOrder: {
    en: (previous: number, day: number) =>
      `the days go backwards (${previous} then ${day}): put the steps in the order they are sent`,
    fr: (previous: number, day: number) =>
      `les jours reculent (${previous} puis ${day}) : mettez les étapes dans l’ordre d’envoi`,
  } as Say<[number, number]>,
  duplicateName: {
    en: (name: string) =>
      `a scenario named “${name}” already exists: choose another name (data needs refer to scenarios by name)`,
    fr: (name: string) =>
      `un scénario nommé « ${name} » existe déjà : choisissez un autre nom (les besoins de données désignent les scénarios par leur nom)`,
  } as Say<[string]>,
  notAnObject: {
    en: 'the scenario must be an object with its fields',
    fr: 'le scénario doit être un objet avec ses champs',
  } as Text,
};

export const SIDEBAR_TEXT = {
  title: { en: 'Add a scenario', fr: 'Ajouter un scénario' } as Text,
  loading: { en: 'Loading the lists of this spreadsheet…', fr: 'Chargement des listes du classeur…' } as Text,
  intro: {
    en: 'Answer the method’s questions in order: who, when, where, how. One clean row goes into the scenario map, and its data needs into their tab.',
    fr: 'Répondez aux questions de la méthode dans l’ordre : qui, quand, où, comment. Une ligne propre s’ajoute à la carte des scénarios, et ses besoins de données dans leur onglet.',
  } as Text,
  who: { en: 'Who', fr: 'Qui' } as Text,
  when: { en: 'When', fr: 'Quand' } as Text,
  where: { en: 'Where', fr: 'Où' } as Text,
  how: { en: 'How', fr: 'Comment' } as Text,
  listHint: { en: 'Pick one or type a new one.', fr: 'Choisissez-en un ou tapez-en un nouveau.' } as Text,
  triggerHintBehaviour: { en: 'e.g. signs up, leaves a cart', fr: 'ex. s’inscrit, abandonne un panier' } as Text,
  day: { en: 'Day', fr: 'Jour' } as Text,
  dayHint: { en: 'Days after the trigger (D+)', fr: 'Jours après le déclencheur (J+)' } as Text,
  stepChannel: { en: 'Channel', fr: 'Canal' } as Text,
  message: { en: 'Message', fr: 'Message' } as Text,
  step: { en: (n: number) => `Step ${n}`, fr: (n: number) => `Étape ${n}` } as Say<[number]>,
  addStep: { en: 'Add a step', fr: 'Ajouter une étape' } as Text,
  removeStep: { en: (n: number) => `Remove step ${n}`, fr: (n: number) => `Retirer l’étape ${n}` } as Say<[number]>,
  variable: { en: 'Variable', fr: 'Variable' } as Text,
  source: { en: 'Source', fr: 'Source' } as Text,
  dataNeed: { en: (n: number) => `Data need ${n}`, fr: (n: number) => `Besoin ${n}` } as Say<[number]>,
  dataNeedsHint: {
    en: 'The variables the scenario needs and where they come from (optional).',
    fr: 'Les variables nécessaires au scénario et leur source (facultatif).',
  } as Text,
  addDataNeed: { en: 'Add a data need', fr: 'Ajouter un besoin' } as Text,
  removeDataNeed: { en: (n: number) => `Remove data need ${n}`, fr: (n: number) => `Retirer le besoin ${n}` } as Say<
    [number]
  >,
  submit: { en: 'Add the scenario', fr: 'Ajouter le scénario' } as Text,
  submitting: { en: 'Adding the scenario…', fr: 'Ajout du scénario…' } as Text,
  close: { en: 'Close', fr: 'Fermer' } as Text,
  added: {
    en: (id: string, row: number) => `Scenario ${id} added (row ${row}). The form is ready for the next one.`,
    fr: (id: string, row: number) => `Scénario ${id} ajouté (ligne ${row}). Le formulaire est prêt pour le suivant.`,
  } as Say<[string, number]>,
  fixErrors: {
    en: (n: number) => `${n} field${n === 1 ? '' : 's'} to fix before adding the scenario.`,
    fr: (n: number) => `${n} champ${n > 1 ? 's' : ''} à corriger avant d’ajouter le scénario.`,
  } as Say<[number]>,
  loadFailed: {
    en: (message: string) => `The lists could not be loaded: ${message}. Close the sidebar and open it again.`,
    fr: (message: string) => `Les listes n’ont pas pu être chargées : ${message}. Fermez le panneau et rouvrez-le.`,
  } as Say<[string]>,
};
