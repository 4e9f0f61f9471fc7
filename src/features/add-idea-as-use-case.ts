/**
 * "Add as a use case" (called by the ideas sidebar through google.script.run): appends one row to the use-case
 * table with the next free UC-nn, the idea's title, category and detail, and the touchpoint it answers when a
 * channel and a stage were given and the table has a Touchpoint column. Under the document lock, one read of the
 * table, then one block write (and the rows the sheet grows by), all taken back if a write fails.
 */
import { readIdeaRequest } from '../core/ideas/matching';
import { AddedUseCase } from '../core/ideas/payload';
import { ideaUseCase, touchpointOf } from '../core/ideas/use-case';
import { MESSAGES, UserFacingError } from '../core/messages';
import { nextUseCaseId } from '../core/scenario';
import { tableBody } from '../core/table';
import { USE_CASE_TABLE } from '../core/table-specs';
import { UseCaseColumn } from '../core/vocabulary';
import { appendRows } from '../sheets/append';
import { writeAll } from '../sheets/journal';
import { firstJourneyMapPersona } from '../sheets/journey-map';
import { withDocumentLock } from '../sheets/lock';
import { requireTable } from '../sheets/tables';
import { openWorkbook, requireTab } from '../sheets/workbook';

/** The table needs its ID column here: the new row gets the next ID, and scenarios refer to use cases by it. */
const TABLE = { ...USE_CASE_TABLE, required: ['id', ...USE_CASE_TABLE.required] as UseCaseColumn[] };

export function addIdeaAsUseCase(input: unknown): AddedUseCase {
  const workbook = openWorkbook();
  const { language } = workbook;
  const request = readIdeaRequest(input);
  const idea = request.idea;
  if (!idea) throw new UserFacingError(MESSAGES.unknownIdea[language](request.ideaId));
  return withDocumentLock(language, () => {
    const table = requireTable(requireTab(workbook, 'useCases'), TABLE, language);
    const { location } = table;
    const ids = tableBody(table.content.values, location).map((row) => row[location.columns.id - location.firstColumn]);
    const id = nextUseCaseId(ids);
    // The sidebar offers the first journey map's channels and stages, so the reference names that map's persona.
    const touchpoint = touchpointOf(request.channel, request.stage, firstJourneyMapPersona(workbook));
    const record = ideaUseCase(idea, id, language, touchpoint);
    // The sheet's height is the last read: in Apps Script a read flushes the writes queued before it.
    const maxRows = table.sheet.getMaxRows();
    const row = writeAll(language, MESSAGES.ideaAsUseCase[language], (journal) =>
      appendRows(table, [record], maxRows, journal),
    );
    return { id, row };
  });
}
