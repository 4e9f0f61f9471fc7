/**
 * The words of the scenario form and its validation, both languages side by side. Shared by the server (which
 * refuses a bad scenario) and the sidebar (which says the same thing sooner), so both speak alike.
 */
import { Bilingual } from './language';

type Text = Bilingual<string>;
type Say<A extends unknown[]> = Bilingual<(...args: A) => string>;

export const FIELD_LABELS = {
  name: { en: 'Scenario name', fr: 'Nom du scénario' } satisfies Text,
  useCase: { en: 'Use case', fr: 'Cas d’usage' } satisfies Text,
  programme: { en: 'Programme', fr: 'Programme' } satisfies Text,
  target: { en: 'Target (who)', fr: 'Cible (qui)' } satisfies Text,
  phase: { en: 'Phase (when)', fr: 'Phase (quand)' } satisfies Text,
  channel: { en: 'Channel (where)', fr: 'Canal (où)' } satisfies Text,
  triggerType: { en: 'Trigger type', fr: 'Type de déclencheur' } satisfies Text,
  trigger: { en: 'Trigger', fr: 'Déclencheur' } satisfies Text,
  steps: { en: 'Message sequence', fr: 'Séquence de messages' } satisfies Text,
  dataNeeds: { en: 'Data needs', fr: 'Besoins de données' } satisfies Text,
};

/** Between a field's label and what to do about it: French typography puts a space before the colon. */
export const LABEL_SEPARATOR: Text = { en: ': ', fr: ' : ' };

export const STEP_LABELS = {
  day: { en: (n: number) => `Step ${n}, day`, fr: (n: number) => `Étape ${n}, jour` } satisfies Say<[number]>,
  channel: { en: (n: number) => `Step ${n}, channel`, fr: (n: number) => `Étape ${n}, canal` } satisfies Say<[number]>,
  message: { en: (n: number) => `Step ${n}, message`, fr: (n: number) => `Étape ${n}, message` } satisfies Say<
    [number]
  >,
};

export const DATA_NEED_LABELS = {
  variable: { en: (n: number) => `Data need ${n}, variable`, fr: (n: number) => `Besoin ${n}, variable` } satisfies Say<
    [number]
  >,
  source: { en: (n: number) => `Data need ${n}, source`, fr: (n: number) => `Besoin ${n}, source` } satisfies Say<
    [number]
  >,
};

export const SCENARIO_ERRORS = {
  required: { en: 'this is required: fill it in', fr: 'ce champ est obligatoire : remplissez-le' } satisfies Text,
  notText: { en: 'this must be text', fr: 'ce champ doit être du texte' } satisfies Text,
  tooLong: {
    en: (max: number) => `at most ${max} characters: shorten it`,
    fr: (max: number) => `${max} caractères au plus : raccourcissez-le`,
  } satisfies Say<[number]>,
  unknownPhase: {
    en: 'choose Welcome, Activation, Relationship or Upsell',
    fr: 'choisissez Bienvenue, Activation, Relationnel ou Upsell',
  } satisfies Text,
  unknownTriggerType: { en: 'choose Behaviour or Event', fr: 'choisissez Comportement ou Événement' } satisfies Text,
  noSteps: { en: 'add at least one step', fr: 'ajoutez au moins une étape' } satisfies Text,
  tooMany: {
    en: (max: number) => `at most ${max}: remove some`,
    fr: (max: number) => `${max} au plus : retirez-en`,
  } satisfies Say<[number]>,
  notAList: { en: 'this must be a list', fr: 'ce champ doit être une liste' } satisfies Text,
  badDay: {
    en: 'a whole number of days from 0 to 365 (0 = the day of the trigger)',
    fr: 'un nombre entier de jours de 0 à 365 (0 = le jour du déclencheur)',
  } satisfies Text,
  dayOrder: {
    en: (previous: number, day: number) =>
      `the days go backwards (${previous} then ${day}): put the steps in the order they are sent`,
    fr: (previous: number, day: number) =>
      `les jours reculent (${previous} puis ${day}) : mettez les étapes dans l’ordre d’envoi`,
  } satisfies Say<[number, number]>,
  duplicateName: {
    en: (name: string) =>
      `a scenario named “${name}” already exists: choose another name (data needs refer to scenarios by name)`,
    fr: (name: string) =>
      `un scénario nommé « ${name} » existe déjà : choisissez un autre nom (les besoins de données désignent les scénarios par leur nom)`,
  } satisfies Say<[string]>,
  unknownUseCase: {
    en: (id: string) => `no use case has the ID “${id}”: pick one from the list`,
    fr: (id: string) => `aucun cas d’usage n’a l’ID « ${id} » : choisissez-en un dans la liste`,
  } satisfies Say<[string]>,
  notAnObject: {
    en: 'the scenario must be an object with its fields',
    fr: 'le scénario doit être un objet avec ses champs',
  } satisfies Text,
};

export const SIDEBAR_TEXT = {
  title: { en: 'Add a scenario', fr: 'Ajouter un scénario' } satisfies Text,
  loading: { en: 'Loading the lists of this spreadsheet…', fr: 'Chargement des listes du classeur…' } satisfies Text,
  intro: {
    en: 'Answer the method’s questions in order: who, when, where, how. One clean row goes into the scenario map, and its data needs into their tab.',
    fr: 'Répondez aux questions de la méthode dans l’ordre : qui, quand, où, comment. Une ligne propre s’ajoute à la carte des scénarios, et ses besoins de données dans leur onglet.',
  } satisfies Text,
  model: { en: 'Start from a model', fr: 'Partir d’un modèle' } satisfies Text,
  blank: { en: 'Blank', fr: 'Vierge' } satisfies Text,
  modelHint: {
    en: 'Fills every field with one of the method’s scenarios; change what you like before adding it.',
    fr: 'Remplit tous les champs avec l’un des scénarios de la méthode ; modifiez ce que vous voulez avant de l’ajouter.',
  } satisfies Text,
  replaceTyped: {
    en: (model: string) => `Replace what you typed with the model “${model}”?`,
    fr: (model: string) => `Remplacer ce que vous avez saisi par le modèle « ${model} » ?`,
  } satisfies Say<[string]>,
  clearTyped: {
    en: 'Empty the form of what you typed?',
    fr: 'Vider le formulaire de ce que vous avez saisi ?',
  } satisfies Text,
  replace: { en: 'Yes, replace it', fr: 'Oui, remplacer' } satisfies Text,
  keep: { en: 'No, keep what I typed', fr: 'Non, garder ma saisie' } satisfies Text,
  why: { en: 'Why', fr: 'Pourquoi' } satisfies Text,
  useCaseQuestion: { en: 'Which use case does it serve?', fr: 'À quel cas d’usage sert-il ?' } satisfies Text,
  noUseCase: { en: '— None —', fr: '— Aucun —' } satisfies Text,
  useCaseHint: {
    en: 'Optional: a use case from the use-case table.',
    fr: 'Facultatif : un cas d’usage du tableau des cas d’usage.',
  } satisfies Text,
  noUseCasesYet: {
    en: 'Optional. The use-case table has no use case with an ID yet.',
    fr: 'Facultatif. Le tableau des cas d’usage n’a encore aucun cas d’usage avec un ID.',
  } satisfies Text,
  who: { en: 'Who', fr: 'Qui' } satisfies Text,
  when: { en: 'When', fr: 'Quand' } satisfies Text,
  where: { en: 'Where', fr: 'Où' } satisfies Text,
  how: { en: 'How', fr: 'Comment' } satisfies Text,
  listHint: { en: 'Pick one or type a new one.', fr: 'Choisissez-en un ou tapez-en un nouveau.' } satisfies Text,
  triggerHintBehaviour: { en: 'e.g. signs up, leaves a cart', fr: 'ex. s’inscrit, abandonne un panier' } satisfies Text,
  day: { en: 'Day', fr: 'Jour' } satisfies Text,
  dayHint: { en: 'Days after the trigger (D+)', fr: 'Jours après le déclencheur (J+)' } satisfies Text,
  stepChannel: { en: 'Channel', fr: 'Canal' } satisfies Text,
  message: { en: 'Message', fr: 'Message' } satisfies Text,
  step: { en: (n: number) => `Step ${n}`, fr: (n: number) => `Étape ${n}` } satisfies Say<[number]>,
  addStep: { en: 'Add a step', fr: 'Ajouter une étape' } satisfies Text,
  removeStep: { en: (n: number) => `Remove step ${n}`, fr: (n: number) => `Retirer l’étape ${n}` } satisfies Say<
    [number]
  >,
  variable: { en: 'Variable', fr: 'Variable' } satisfies Text,
  source: { en: 'Source', fr: 'Source' } satisfies Text,
  dataNeed: { en: (n: number) => `Data need ${n}`, fr: (n: number) => `Besoin ${n}` } satisfies Say<[number]>,
  dataNeedsHint: {
    en: 'The variables the scenario needs and where they come from (optional).',
    fr: 'Les variables nécessaires au scénario et leur source (facultatif).',
  } satisfies Text,
  addDataNeed: { en: 'Add a data need', fr: 'Ajouter un besoin' } satisfies Text,
  removeDataNeed: {
    en: (n: number) => `Remove data need ${n}`,
    fr: (n: number) => `Retirer le besoin ${n}`,
  } satisfies Say<[number]>,
  submit: { en: 'Add the scenario', fr: 'Ajouter le scénario' } satisfies Text,
  submitting: { en: 'Adding the scenario…', fr: 'Ajout du scénario…' } satisfies Text,
  close: { en: 'Close', fr: 'Fermer' } satisfies Text,
  added: {
    en: (id: string, row: number) => `Scenario ${id} added (row ${row}). The form is ready for the next one.`,
    fr: (id: string, row: number) => `Scénario ${id} ajouté (ligne ${row}). Le formulaire est prêt pour le suivant.`,
  } satisfies Say<[string, number]>,
  fixErrors: {
    en: (n: number) => `${n} field${n === 1 ? '' : 's'} to fix before adding the scenario.`,
    fr: (n: number) => `${n} champ${n > 1 ? 's' : ''} à corriger avant d’ajouter le scénario.`,
  } satisfies Say<[number]>,
  loadFailed: {
    en: (message: string) => `The lists could not be loaded: ${message}. Close the sidebar and open it again.`,
    fr: (message: string) => `Les listes n’ont pas pu être chargées : ${message}. Fermez le panneau et rouvrez-le.`,
  } satisfies Say<[string]>,
};
