/**
 * In Apps Script a read flushes the writes queued before it, so an action should read everything it needs first.
 * These name the calls that read data or sizes and the calls that change the spreadsheet.
 */
const READS =
  /^(Range\.get(Values|Value|DisplayValues|Formulas|Backgrounds|Notes|DataValidations|FontWeights)|Sheet\.(getDataRange|getLastRow|getLastColumn|getMaxRows|getMaxColumns|getCharts)|EmbeddedChart\.getOptions)$/;
const WRITES =
  /^(Range\.(set\w+|sort|clear\w*)|Sheet\.(insertRows\w*|insertColumns\w*|deleteRows?|appendRow|insertChart|updateChart|removeChart|setFrozen\w+|setColumnWidths?))$/;

/** The reads that came after the first write of a call sequence. */
export function readsAfterFirstWrite(sequence: readonly string[]): string[] {
  const first = sequence.findIndex((call) => WRITES.test(call));
  return first < 0 ? [] : sequence.slice(first).filter((call) => READS.test(call));
}
