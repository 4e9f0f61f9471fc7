/**
 * Every call the add-on makes on a Google object is a round trip in real Apps Script, so the fake counts
 * each one by name ("Range.setValues"). Tests hold budgets on these counts instead of timing anything.
 * The log can also be told to fail a given call, to test what a half-finished write leaves behind.
 */
export interface PlannedFailure {
  method: string;
  /** 1-based: fail the nth call of `method` counted from when the failure was planned. */
  nth: number;
  message: string;
  seen: number;
}

/** Calls that change the document: Apps Script queues them until a flush, a read or the end of the run. */
export const WRITES =
  /^(Range|RangeList)\.(set|sort|clear|insert|delete|copy|move|merge)|^Sheet\.(insert|delete|set(?!Active)|append|move|update|remove|clear|sort)|^Spreadsheet\.(insertSheet|deleteSheet|moveActiveSheet)/;
/** Calls that read the document's data: in Apps Script they flush the writes queued before them. */
export const READS =
  /^Range\.get(Values|Value|DisplayValues|DisplayValue|Formulas|Formula|Backgrounds|Background|Notes|Note|FontWeights|FontColors|FontSizes|Wraps|NumberFormats|DataValidations|DataValidation)$|^Sheet\.(getDataRange|getLastRow|getLastColumn|getMaxRows|getMaxColumns|getCharts|getConditionalFormatRules)$/;

/** Builders assemble a value in the script; only the call that uses the value goes to Sheets. */
const BUILDERS =
  /^(DataValidationBuilder|TextStyleBuilder|EmbeddedChartBuilder|TextStyle|ConditionalFormatRuleBuilder|ConditionalFormatRule)\.|^SpreadsheetApp\.new/;

export class CallLog {
  /**
   * Writes made since the last flush or read. Releasing the lock or showing a dialog with any left is a bug: another
   * run could read the sheet without them (Google's reference for Lock.releaseLock says to flush first).
   */
  unflushed = 0;
  private readonly counts = new Map<string, number>();
  /** Every call in order, for tests that check what happened before what (a lock before a read). */
  readonly sequence: string[] = [];
  private failures: PlannedFailure[] = [];
  /** While paused, calls are not counted: used by test set-up code that builds a sheet through the fake. */
  private paused = 0;
  /** How many counted calls are running: a call the fake makes on itself while serving one is no round trip. */
  private depth = 0;

  /**
   * One call of an Apps Script method (`countCalls` routes every listed method here): recorded, then run, unless
   * it is made by the fake itself inside another counted call.
   */
  counted<T>(method: string, run: () => T): T {
    if (this.depth > 0) return run();
    this.record(method);
    this.depth += 1;
    try {
      return run();
    } finally {
      this.depth -= 1;
    }
  }

  record(method: string): void {
    if (this.paused > 0) return;
    if (WRITES.test(method)) this.unflushed += 1;
    else if (READS.test(method) || method === 'SpreadsheetApp.flush') this.unflushed = 0;
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.sequence.push(method);
    for (const failure of this.failures) {
      if (failure.method !== method) continue;
      failure.seen += 1;
      if (failure.seen === failure.nth) {
        this.failures = this.failures.filter((f) => f !== failure);
        throw new Error(failure.message);
      }
    }
  }

  /** Makes the nth next call of `method` throw, as a quota or network error would. */
  failOn(method: string, nth = 1, message = `Service error: ${method} failed (simulated)`): void {
    this.failures.push({ method, nth, message, seen: 0 });
  }

  /**
   * Forgets every planned failure and says how many had not fired yet, so a test can tell whether the call it
   * aimed at was made, and a failure planned for one action never leaks into the next.
   */
  clearFailures(): number {
    const unfired = this.failures.length;
    this.failures = [];
    return unfired;
  }

  count(method?: string): number {
    if (method === undefined) return this.total();
    return this.counts.get(method) ?? 0;
  }

  /**
   * Calls that reach the Sheets service: every call but the builders' (newDataValidation(), newTextStyle() and
   * their setters build a value locally, before the one call that uses it). The budgets count these.
   */
  serviceCalls(): number {
    let sum = 0;
    for (const [method, n] of this.counts) if (!BUILDERS.test(method)) sum += n;
    return sum;
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.sequence.length = 0;
    this.unflushed = 0;
  }

  /** Runs `fn` without counting: for tests that arrange a sheet before measuring. */
  uncounted<T>(fn: () => T): T {
    this.paused += 1;
    try {
      return fn();
    } finally {
      this.paused -= 1;
    }
  }
}
