/**
 * Looking at a fake workbook in the chain's tests (drafting, a scenario's use case, the Summary) without counting:
 * tabs by name, their formulas, charts, dialogs and toasts. Kept in one place so the tests read the same whatever
 * the fake's inspection looks like.
 */
import { FakeSheet } from '../../fake';
import { Env } from './env';

export function tab(env: Env, name: string): FakeSheet {
  const sheet = env.book.log.uncounted(() => env.book.getSheetByName(name));
  if (!sheet) throw new Error(`No tab named ${name}`);
  return sheet;
}

export function tabNames(env: Env): string[] {
  return env.book.log.uncounted(() => env.book.getSheets().map((s) => s.getName()));
}

export function formulasOf(env: Env, name: string): string[][] {
  return env.book.log.uncounted(() => tab(env, name).getDataRange().getFormulas());
}

export function valuesAt(env: Env, name: string): unknown[][] {
  return env.book.log.uncounted(() => tab(env, name).getDataRange().getValues());
}

/** Every chart on a tab: its title, type, options and first data range (A1). */
export function chartsOf(env: Env, name: string) {
  return env.book.log.uncounted(() =>
    tab(env, name)
      .getCharts()
      .map((chart) => ({
        id: chart.getChartId(),
        title: chart.getOptions().get('title'),
        type: chart.view.chartType,
        stacked: chart.getOptions().get('isStacked'),
        range: chart.getRanges()[0]?.getA1Notation() ?? null,
        anchor: { row: chart.getContainerInfo().getAnchorRow(), column: chart.getContainerInfo().getAnchorColumn() },
      })),
  );
}

export function dialogs(env: Env): { title: string; prompt: string }[] {
  return env.ui.view.alerts.map((a) => ({ title: a.title, prompt: a.prompt }));
}

export function toasts(env: Env): string[] {
  return env.book.view.toasts.map((t) => t.message);
}

/** The data validation of a cell, described (values listed, or the range a list comes from). */
export function validationAt(env: Env, name: string, row: number, column: number) {
  return env.book.log.uncounted(
    () => tab(env, name).getRange(row, column).getDataValidation()?.view.describe() ?? null,
  );
}

/** The row holding `text` in its first cells, 1-based; throws when none does. */
export function rowWith(env: Env, name: string, text: string): number {
  const row = valuesAt(env, name).findIndex((r) => r.includes(text));
  if (row < 0) throw new Error(`No row of ${name} holds “${text}”`);
  return row + 1;
}
