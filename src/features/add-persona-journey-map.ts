/**
 * "Add a persona journey map": a new tab `Journey map — <persona>` with the first journey map's stages, channels and
 * legend colours as the team left them (read once), empty touchpoints, the stage lanes and the persona block, written
 * in block calls like set-up. Refuses, writing nothing, a name that cannot make a new tab. Holds the document lock; a
 * write that fails is taken back (the new tab is deleted).
 */
import { Language } from '../core/language';
import { MESSAGES, UserFacingError } from '../core/messages';
import { MAX_PERSONA_LENGTH, PersonaNameProblem, checkPersonaName, journeyTabPersona } from '../core/personas';
import { journeyMapTab } from '../core/templates';
import { writeAll } from '../sheets/journal';
import { JourneyMap, hasJourneyTab, readJourneyMap, tabNames } from '../sheets/journey-map';
import { withDocumentLock } from '../sheets/lock';
import { Workbook, openWorkbook } from '../sheets/workbook';
import { writeTab } from '../sheets/write-tab';
import { toast } from '../ui/notify';

export interface PersonaMap {
  tab: string;
  stages: string[];
  channels: string[];
}

/** A new tab's height in Google Sheets: the tab is written from its spec without asking. */
const NEW_TAB_ROWS = 1000;

export function addPersonaJourneyMap(name: unknown): PersonaMap {
  const workbook = openWorkbook();
  const { language } = workbook;
  const { added, first } = withDocumentLock(language, () => {
    const names = tabNames(workbook);
    const check = checkPersonaName(name, names, language);
    if (!check.ok) throw new UserFacingError(refusal(check.problem, language));
    const map = firstMapOrSetUp(workbook);
    const stages = map.matrix.stages.map((s) => s.name);
    const channels = map.matrix.channels.map((c) => c.name);
    const spec = journeyMapTab(language, {
      name: check.tab,
      stages,
      channels,
      legend: map.rules.legend,
      persona: check.persona,
      examples: false,
    });
    // Beside the other journey maps: after the last tab named as one.
    const position = names.reduce((at, tab, i) => (journeyTabPersona(tab) !== undefined ? i + 1 : at), names.length);
    return writeAll(language, MESSAGES.menuAddPersona[language], (journal) => {
      const sheet = workbook.spreadsheet.insertSheet(spec.name, position);
      journal.done(() => workbook.spreadsheet.deleteSheet(sheet));
      writeTab(sheet, spec, NEW_TAB_ROWS, () => null);
      sheet.activate();
      return { added: { tab: spec.name, stages, channels }, first: map.tab };
    });
  });
  const message = MESSAGES.personaAdded[language](added.tab, added.stages.length, added.channels.length, first);
  toast(workbook, message, MESSAGES.personaTitle[language]);
  return added;
}

function refusal(problem: PersonaNameProblem, language: Language): string {
  switch (problem.kind) {
    case 'blank':
      return MESSAGES.personaBlank[language];
    case 'tooLong':
      return MESSAGES.personaTooLong[language](problem.length, MAX_PERSONA_LENGTH);
    case 'forbidden':
      return MESSAGES.personaForbidden[language](problem.characters);
    case 'taken':
      return MESSAGES.personaTaken[language](problem.tab);
  }
}

/** The map to copy; with no tab named as a journey map and none found by its content, set-up comes first. */
function firstMapOrSetUp(workbook: Workbook): JourneyMap {
  try {
    return readJourneyMap(workbook);
  } catch (error) {
    if (hasJourneyTab(workbook)) throw error;
    throw new UserFacingError(MESSAGES.noJourneyMapYet[workbook.language]);
  }
}
