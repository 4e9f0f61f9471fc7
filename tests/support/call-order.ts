/**
 * In Apps Script a read flushes the writes queued before it, so an action should read everything it needs first.
 * The fake's CallLog names the calls that read data or sizes and the calls that change the spreadsheet.
 */
import { READS, WRITES } from '../../fake';

/** The reads that came after the first write of a call sequence. */
export function readsAfterFirstWrite(sequence: readonly string[]): string[] {
  const first = sequence.findIndex((call) => WRITES.test(call));
  return first < 0 ? [] : sequence.slice(first).filter((call) => READS.test(call));
}
