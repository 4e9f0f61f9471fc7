/** Journey maps as the pure core sees them, built from rows of [text, fill] cells, for unit tests. */
import { rulesFromLegend } from '../../src/core/colours';
import { MapCells } from '../../src/core/coverage';
import { locateJourneyMap } from '../../src/core/journey';
import { LEGEND_DEFAULT_COLOURS } from '../../src/core/vocabulary';

export const { normal: Y, friction: O, opportunity: G } = LEGEND_DEFAULT_COLOURS;

/** A map from rows of [text, fill] cells under a header row of stages; the first column holds the channels. */
export function mapOf(
  stages: string[],
  rows: [string, ...([string, string | null] | null)[]][],
  options: { tab?: string; persona?: string | null } = {},
): MapCells {
  const values: unknown[][] = [['Channel', ...stages]];
  const backgrounds: string[][] = [['#ffffff', ...stages.map(() => '#ffffff')]];
  for (const [channel, ...cells] of rows) {
    values.push([channel, ...cells.map((c) => (c ? c[0] : ''))]);
    backgrounds.push(['#ffffff', ...cells.map((c) => (c && c[1] ? c[1] : '#ffffff'))]);
  }
  const matrix = locateJourneyMap(values, 'en')!;
  return {
    tab: options.tab ?? 'Journey map',
    persona: options.persona ?? null,
    grid: { values, backgrounds },
    matrix,
    rules: rulesFromLegend(LEGEND_DEFAULT_COLOURS),
  };
}
