/** The Summary tab's words: its sections, the funnel's lines, the gaps' headings, the charts and the notes marker. */
import { Bilingual } from '../language';
import { Say } from '../messages';

type B = Bilingual<string>;

export const SUMMARY_TEXT = {
  help: {
    en: 'The method’s chain at a glance: journey map → use cases → scenarios → data. Refresh it with Omnichannel › Refresh the summary; each entry of a list links to its cell.',
    fr: 'La chaîne de la méthode d’un coup d’œil : parcours → cas d’usage → scénarios → données. Mettez-la à jour avec Omnicanal › Mettre à jour la synthèse ; chaque élément d’une liste renvoie à sa cellule.',
  },
  lastRefreshed: { en: 'Last refreshed', fr: 'Dernière mise à jour' },
  sections: {
    funnel: { en: '1. The funnel', fr: '1. L’entonnoir' },
    gaps: { en: '2. The gaps', fr: '2. Les manques' },
    data: { en: '3. Data to collect first', fr: '3. Les données à collecter d’abord' },
    charts: { en: '4. Charts', fr: '4. Graphiques' },
  } satisfies Record<string, B>,
  funnelHeader: {
    en: ['Step', 'Total', 'Detail'],
    fr: ['Étape', 'Total', 'Détail'],
  } satisfies Bilingual<string[]>,
  steps: {
    maps: { en: 'Touchpoints', fr: 'Points de contact' },
    useCases: { en: 'Use cases', fr: 'Cas d’usage' },
    scenarios: { en: 'Scenarios', fr: 'Scénarios' },
    dataNeeds: { en: 'Data needs', fr: 'Besoins de données' },
  } satisfies Record<string, B>,
  /** What a missing tab leaves in the funnel. */
  noTab: {
    maps: {
      en: 'No journey map yet: run Set up the template tabs',
      fr: 'Pas encore de parcours : lancez Créer les onglets du modèle',
    },
    useCases: {
      en: 'No use-case table yet: run Set up the template tabs',
      fr: 'Pas encore de tableau des cas d’usage : lancez Créer les onglets du modèle',
    },
    scenarios: {
      en: 'No scenario map yet: run Set up the template tabs',
      fr: 'Pas encore de carte des scénarios : lancez Créer les onglets du modèle',
    },
    dataNeeds: {
      en: 'No data-needs table yet: run Set up the template tabs',
      fr: 'Pas encore de tableau des besoins de données : lancez Créer les onglets du modèle',
    },
  } satisfies Record<string, B>,
  touchpointsDetail: {
    en: (normal: number, friction: number, opportunity: number) =>
      `${normal} normal · ${friction} friction${friction === 1 ? '' : 's'} · ${opportunity} opportunit${opportunity === 1 ? 'y' : 'ies'}`,
    fr: (normal: number, friction: number, opportunity: number) =>
      `${normal} ${normal > 1 ? 'normaux' : 'normal'} · ${friction} friction${friction > 1 ? 's' : ''} · ${opportunity} opportunité${opportunity > 1 ? 's' : ''}`,
  } satisfies Say<[number, number, number]>,
  scored: {
    en: (n: number) => `${n} scored`,
    fr: (n: number) => `${n} noté${n > 1 ? 's' : ''}`,
  } satisfies Say<[number]>,
  servingUseCase: {
    en: (n: number) => `${n} serving a use case`,
    fr: (n: number) => `${n} au service d’un cas d’usage`,
  } satisfies Say<[number]>,
  gapHeadings: {
    uncoveredTouchpoints: {
      en: 'Frictions and opportunities no use case names (Draft use cases from the journey map adds them)',
      fr: 'Frictions et opportunités qu’aucun cas d’usage ne reprend (Créer les cas d’usage depuis le parcours les ajoute)',
    },
    unplannedUseCases: {
      en: 'Quick wins and major projects no scenario serves',
      fr: 'Gains rapides et projets majeurs qu’aucun scénario ne sert',
    },
    scenariosWithoutUseCase: {
      en: 'Scenarios that serve no use case',
      fr: 'Scénarios qui ne servent aucun cas d’usage',
    },
    scenariosWithoutDataNeeds: { en: 'Scenarios with no data need', fr: 'Scénarios sans besoin de données' },
    blockedScenarios: {
      en: 'Scenarios blocked by data (a need marked No)',
      fr: 'Scénarios bloqués par les données (un besoin marqué Non)',
    },
    orphanDataNeeds: {
      en: 'Data needs naming a scenario the scenario map does not have',
      fr: 'Besoins de données qui nomment un scénario absent de la carte des scénarios',
    },
    duplicateIds: { en: 'IDs used twice', fr: 'ID utilisés deux fois' },
    unscoredUseCases: {
      en: 'Use cases that could not be scored',
      fr: 'Cas d’usage qui n’ont pas pu être notés',
    },
  } satisfies Record<string, B>,
  none: { en: 'None.', fr: 'Aucun.' },
  unknownUseCase: {
    en: (id: string) => `no use case has the ID “${id}”`,
    fr: (id: string) => `aucun cas d’usage n’a l’ID « ${id} »`,
  } satisfies Say<[string]>,
  missingData: {
    en: (variables: string) => `missing ${variables}`,
    fr: (variables: string) => `manque ${variables}`,
  } satisfies Say<[string]>,
  row: { en: (n: number) => `row ${n}`, fr: (n: number) => `ligne ${n}` } satisfies Say<[number]>,
  rows: { en: (rows: string) => `rows ${rows}`, fr: (rows: string) => `lignes ${rows}` } satisfies Say<[string]>,
  dataHeader: {
    en: ['Variable', 'Source', 'Scenarios held back', 'Best score', 'Available'],
    fr: ['Variable', 'Source', 'Scénarios bloqués', 'Meilleur score', 'Disponible'],
  } satisfies Bilingual<string[]>,
  nothingToCollect: {
    en: 'Nothing to collect: no data need is marked No or Partial.',
    fr: 'Rien à collecter : aucun besoin de données n’est marqué Non ou Partiel.',
  },
  chartData: {
    en: 'The charts’ data (rewritten at each refresh)',
    fr: 'Les données des graphiques (réécrites à chaque mise à jour)',
  },
  stageChart: {
    title: { en: 'Frictions and opportunities per stage', fr: 'Frictions et opportunités par étape' },
    header: { en: ['Stage', 'Frictions', 'Opportunities'], fr: ['Étape', 'Frictions', 'Opportunités'] },
  },
  phaseChart: {
    title: { en: 'Scenarios per phase and status', fr: 'Scénarios par phase et statut' },
    phase: { en: 'Phase', fr: 'Phase' },
  },
  marker: {
    en: '✎ Your notes go below this line: they are kept when the summary is refreshed. Everything above it is rewritten.',
    fr: '✎ Vos notes vont sous cette ligne : elles sont conservées quand la synthèse est mise à jour. Tout ce qui est au-dessus est réécrit.',
  },
};
