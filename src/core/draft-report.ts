/** The dialog after drafting use cases: what was added, what was already covered, what was skipped and why. */
import { SkippedCell, skippedCounts } from './drafting';
import { Language } from './language';
import { MAX_LISTED_IN_DIALOG, MESSAGES, capped } from './messages';

export interface AddedUseCase {
  id: string;
  useCase: string;
  touchpoint: string;
  /** The 1-based sheet row it was written to. */
  row: number;
}

/** Unknown colours named in the line that counts them, before the rest are counted. */
const MAX_CELLS_NAMED = 10;

export function draftReport(
  report: { added: readonly AddedUseCase[]; alreadyCovered: number; skipped: readonly SkippedCell[] },
  tab: string,
  language: Language,
): string {
  const M = MESSAGES;
  const lines = [M.draftAdded[language](report.added.length, tab)];
  const added = report.added.map((a) => M.draftLine[language](a.id, a.useCase, a.touchpoint, a.row));
  lines.push(...capped(added, MAX_LISTED_IN_DIALOG, language));
  if (report.alreadyCovered > 0) lines.push('', M.draftCovered[language](report.alreadyCovered));
  const counts = skippedCounts(report.skipped);
  const skipped: string[] = [];
  if (counts.normal) skipped.push(M.draftSkippedNormal[language](counts.normal));
  if (counts.empty) skipped.push(M.draftSkippedEmpty[language](counts.empty));
  if (counts.uncoloured) skipped.push(M.draftSkippedUncoloured[language](counts.uncoloured));
  if (counts['unknown-colour']) {
    const cells = report.skipped
      .filter((s) => s.reason === 'unknown-colour')
      .map((s) => `${s.tab}!${s.cell} (${s.colour})`);
    const named = capped(cells, MAX_CELLS_NAMED, language).join(M.reasonSeparator[language]);
    skipped.push(M.draftSkippedUnknown[language](counts['unknown-colour'], named));
  }
  if (skipped.length) lines.push('', M.draftSkippedHeading[language], ...skipped);
  return lines.join('\n');
}
