/**
 * The workbench's own words (toolbar, buttons, hints, palette, dialogs, error banners, tooltips), in the
 * workbook's language, both languages side by side: a word missing in one language does not compile. The add-on's
 * menu captions come from the add-on's own messages, so the hint names the items exactly as the menu shows them.
 */
import { Bilingual } from '../../src/core/language';
import { MESSAGES } from '../../src/core/messages';

export const WORDS = {
  title: { en: 'Omnichannel workbench', fr: 'Banc d’essai Omnicanal' },
  locale: { en: 'Spreadsheet locale', fr: 'Paramètres régionaux du classeur' },
  template: { en: 'Template workbook', fr: 'Classeur modèle' },
  newWorkbook: { en: 'New workbook', fr: 'Nouveau classeur' },
  saveJson: { en: 'Save .json', fr: 'Enregistrer .json' },
  loadJson: { en: 'Load .json', fr: 'Ouvrir .json' },
  downloadXlsx: { en: 'Download .xlsx', fr: 'Télécharger .xlsx' },
  menuBar: { en: 'Spreadsheet menu', fr: 'Menu du classeur' },
  tabs: { en: 'Tabs', fr: 'Onglets' },
  palette: { en: 'Fill colour of the selected cell', fr: 'Couleur de remplissage de la cellule sélectionnée' },
  closeSidebar: { en: 'Close the sidebar', fr: 'Fermer la barre latérale' },
  sidebarFrame: { en: 'Add-on sidebar', fr: 'Barre latérale du module' },
  hint: { en: 'Hint', fr: 'Conseil' },
  dismissHint: { en: 'Dismiss this hint', fr: 'Masquer ce conseil' },
  dismissError: { en: 'Dismiss this message', fr: 'Masquer ce message' },
  ok: { en: 'OK', fr: 'OK' },
  cancel: { en: 'Cancel', fr: 'Annuler' },
  yes: { en: 'Yes', fr: 'Oui' },
  no: { en: 'No', fr: 'Non' },
  answer: { en: 'Your answer', fr: 'Votre réponse' },
  error: { en: 'Error', fr: 'Erreur' },
  sparkline: { en: 'sparkline', fr: 'sparkline' },
  series: { en: 'Series', fr: 'Série' },
} satisfies Record<string, Bilingual<string>>;

export type WordKey = keyof typeof WORDS;

const menu = MESSAGES.menuTitle;

export const SENTENCES = {
  hintTemplate: {
    en: () =>
      `Try first: colour a touchpoint of the journey map with the palette under the grid, then ${menu.en} › ` +
      `${MESSAGES.menuValidate.en}. Then ${MESSAGES.menuPrioritise.en}, or ${MESSAGES.menuAddScenario.en}`,
    fr: () =>
      `À essayer d’abord : colorez un point de contact du parcours avec la palette sous la grille, puis ` +
      `${menu.fr} › ${MESSAGES.menuValidate.fr}. Ensuite ${MESSAGES.menuPrioritise.fr}, ou ` +
      `${MESSAGES.menuAddScenario.fr}`,
  },
  hintEmpty: {
    en: () => `An empty spreadsheet, as Google gives one: start with ${menu.en} › ${MESSAGES.menuSetUp.en}.`,
    fr: () => `Un classeur vide, tel que Google le donne : commencez par ${menu.fr} › ${MESSAGES.menuSetUp.fr}.`,
  },
  fill: { en: (colour) => `Fill: ${colour}`, fr: (colour) => `Remplissage : ${colour}` },
  cell: { en: (a1) => `Cell ${a1}`, fr: (a1) => `Cellule ${a1}` },
  failed: {
    en: (reason) => `The workbench could not do that: ${reason}`,
    fr: (reason) => `Le banc d’essai n’a pas pu le faire : ${reason}`,
  },
  uncomputed: {
    en: (formula) => `Formula (not computed by the workbench): ${formula}`,
    fr: (formula) => `Formule (non calculée par le banc d’essai) : ${formula}`,
  },
  sparklineTip: {
    en: (formula) => `A sparkline: Sheets draws a small chart in this cell; the workbench does not. ${formula}`,
    fr: (formula) => `Un graphique sparkline : Sheets le dessine dans la cellule, pas le banc d’essai. ${formula}`,
  },
  goTo: { en: (place) => `Go to ${place}`, fr: (place) => `Aller à ${place}` },
  outsideLink: {
    en: (address) => `A link the workbench does not follow: ${address}`,
    fr: (address) => `Un lien que le banc d’essai ne suit pas : ${address}`,
  },
  drawnAs: {
    en: (type) => `A ${type} chart, drawn by the workbench as columns`,
    fr: (type) => `Un graphique ${type}, dessiné en colonnes par le banc d’essai`,
  },
} satisfies Record<string, Bilingual<(value: string) => string>>;

export type SentenceKey = keyof typeof SENTENCES;

/** The palette under the grid: the legend's colours, red to try an unknown colour, and no fill. */
export const PALETTE: { colour: string | null; name: Bilingual<string> }[] = [
  { colour: '#ffe599', name: { en: 'Yellow (normal)', fr: 'Jaune (normal)' } },
  { colour: '#f6b26b', name: { en: 'Orange (friction)', fr: 'Orange (friction)' } },
  { colour: '#93c47d', name: { en: 'Green (opportunity)', fr: 'Vert (opportunité)' } },
  { colour: '#ff0000', name: { en: 'Red', fr: 'Rouge' } },
  { colour: '#cfe2f3', name: { en: 'Light blue', fr: 'Bleu clair' } },
  { colour: null, name: { en: 'No fill', fr: 'Aucun remplissage' } },
];
