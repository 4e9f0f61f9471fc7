/**
 * "Place on the journey map" (called by the ideas sidebar through google.script.run): writes an idea's title into
 * the touchpoint cell of a channel and a stage of the first journey map, and fills it with the legend's opportunity
 * or friction colour. Under the document lock, one read of the map, then one value write and one fill write, taken
 * back together if either fails. A cell that holds anything (text, a formula, a note) is never written.
 */
import { a1 } from '../core/a1';
import { normaliseFill } from '../core/colours';
import { readIdeaRequest, touchpointCell } from '../core/ideas/matching';
import { PlacedIdea } from '../core/ideas/payload';
import { Language } from '../core/language';
import { MESSAGES, UserFacingError } from '../core/messages';
import { TabContent, isBlank } from '../core/table';
import { tidy } from '../core/text';
import { touchpointLabel } from '../core/touchpoints';
import { writeAll } from '../sheets/journal';
import { readJourneyMapToWrite } from '../sheets/journey-map';
import { withDocumentLock } from '../sheets/lock';
import { openWorkbook } from '../sheets/workbook';

export function addIdeaToJourneyMap(input: unknown): PlacedIdea {
  const workbook = openWorkbook();
  const { language } = workbook;
  const request = readIdeaRequest(input);
  const idea = request.idea;
  if (!idea) throw new UserFacingError(MESSAGES.unknownIdea[language](request.ideaId));
  return withDocumentLock(language, () => {
    const map = readJourneyMapToWrite(workbook);
    const { matrix } = map;
    const target = touchpointCell(matrix, request.channel, request.stage);
    if (!target.found) {
      throw new UserFacingError(
        target.missing === 'channel'
          ? MESSAGES.unknownMapChannel[language](
              map.tab,
              request.channel,
              matrix.channels.map((c) => c.name),
            )
          : MESSAGES.unknownMapStage[language](
              map.tab,
              request.stage,
              matrix.stages.map((s) => s.name),
            ),
      );
    }
    const cell = a1(target.row + 1, target.column + 1);
    const holds = whatItHolds(map.content, target.row, target.column, language);
    if (holds !== null) {
      const touchpoint = touchpointLabel({ channel: target.channel, stage: target.stage, persona: map.persona });
      throw new UserFacingError(MESSAGES.touchpointTaken[language](map.tab, cell, touchpoint, holds));
    }
    const before = normaliseFill(map.grid.backgrounds[target.row]?.[target.column]);
    return writeAll(language, MESSAGES.placeIdea[language], (journal) => {
      journal.write(map.sheet, target.row + 1, target.column + 1, [[idea.title[language]]], map.content);
      const range = map.sheet.getRange(target.row + 1, target.column + 1);
      range.setBackground(map.rules.legend[idea.kind]);
      // No fill before reads back as white: null gives the cell back no fill rather than a white one.
      journal.done(() => range.setBackground(before));
      return { tab: map.tab, cell };
    });
  });
}

/** What a touchpoint cell already holds, as a message names it; null when it is free to write. */
function whatItHolds(content: TabContent, row: number, column: number, language: Language): string | null {
  const text = tidy(content.values[row]?.[column]);
  if (text !== '') return MESSAGES.holdsText[language](text);
  if (!isBlank(content.formulas[row]?.[column])) return MESSAGES.holdsFormula[language];
  if (!isBlank(content.notes[row]?.[column])) return MESSAGES.holdsNote[language];
  return null;
}
