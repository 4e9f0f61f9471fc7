/**
 * "Refresh the summary": reads every tab of the method as people left them, computes the funnel, the gaps, the
 * data to collect first and the charts' counts, and rewrites the Summary tab above its marker line (creating the tab,
 * first in the workbook, when there is none). A missing tab or table is a line in the summary, never an error.
 * Returns the same facts as JSON.
 */
import { MESSAGES } from '../core/messages';
import { summaryFacts } from '../core/summary/facts';
import { SummaryJson, gapCount, summaryJson } from '../core/summary/json';
import { summaryBlock } from '../core/summary/layout';
import { TabSpec } from '../core/tab-spec';
import { SUMMARY_TAB_NAME, TabKey } from '../core/vocabulary';
import { Journal, writeAll } from '../sheets/journal';
import { withDocumentLock } from '../sheets/lock';
import { ChainReads, chainInputs, readChain, withCreatedTabs } from '../sheets/summary-source';
import { createSummaryTab, findSummaryTab, readSummaryTab, writeSummaryTab } from '../sheets/summary-tab';
import { Sheet } from '../sheets/types';
import { Workbook, allTabs, openWorkbook } from '../sheets/workbook';
import { toast } from '../ui/notify';

export function refreshSummary(): SummaryJson {
  const workbook = openWorkbook();
  const { language } = workbook;
  const json = withDocumentLock(language, () => {
    // Everything is read before anything is written: in Apps Script a read flushes the writes queued before it.
    const reads = readChain(workbook);
    const found = findSummaryTab(workbook);
    const tab = found ? readSummaryTab(found, language) : null;
    const facts = summaryFacts(chainInputs(reads, language), language);
    const now = new Date();
    const block = summaryBlock(facts, now, language);
    writeAll(language, MESSAGES.menuRefreshSummary[language], (journal) => {
      const target = tab ?? createSummaryTab(workbook, journal);
      writeSummaryTab(target, block, journal);
      target.sheet.activate();
    });
    return summaryJson(facts, now);
  });
  toast(workbook, MESSAGES.summaryDone[language](gapCount(json)), MESSAGES.summaryTitle[language]);
  return json;
}

/**
 * Set-up's part: when there is no Summary tab, the tabs it keeps are read with its other reads, and once the
 * method's tabs are written the Summary is created first in the workbook and filled, the new tabs taken from their
 * templates rather than read back. Null when the workbook has a Summary already (set-up leaves it as it is).
 */
export function summaryForSetUp(
  workbook: Workbook,
  creating: readonly TabKey[],
): { kept: string; reads: null } | { kept: null; reads: ChainReads } {
  const found = findSummaryTab(workbook);
  if (found) return { kept: allTabs(workbook).find((t) => t.sheet === found)?.name ?? '', reads: null };
  return { kept: null, reads: readChain(workbook, new Set(creating)) };
}

export function fillSummaryAtSetUp(
  workbook: Workbook,
  reads: ChainReads,
  created: readonly { spec: TabSpec; sheet: Sheet }[],
  journal: Journal,
): string {
  const { language } = workbook;
  const facts = summaryFacts(chainInputs(withCreatedTabs(reads, created), language), language);
  const tab = createSummaryTab(workbook, journal);
  writeSummaryTab(tab, summaryBlock(facts, new Date(), language), journal);
  return SUMMARY_TAB_NAME[language];
}
