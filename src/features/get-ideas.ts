/**
 * The ideas sidebar's list (called through google.script.run): the catalogue in the sheet's language, each idea
 * matched to the first journey map's own channels and stages. Reads that map once and writes nothing; without a
 * usable map the ideas still come, with nothing to place them on (the sidebar says how to get a map).
 */
import { ideasPayload } from '../core/ideas/matching';
import { IdeasPayload } from '../core/ideas/payload';
import { UserFacingError } from '../core/messages';
import { readJourneyMap } from '../sheets/journey-map';
import { openWorkbook } from '../sheets/workbook';

export function getIdeas(): IdeasPayload {
  const workbook = openWorkbook();
  const { language } = workbook;
  let labels = { channels: [] as string[], stages: [] as string[] };
  try {
    const { matrix } = readJourneyMap(workbook);
    labels = { channels: matrix.channels.map((c) => c.name), stages: matrix.stages.map((s) => s.name) };
  } catch (error) {
    // A missing map or legend only stops placing; a Sheets failure is not a missing map.
    if (!(error instanceof UserFacingError)) throw error;
  }
  return ideasPayload(language, labels.channels, labels.stages);
}
