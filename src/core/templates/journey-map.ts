/**
 * A journey map as a TabSpec: the legend, the persona block (on a persona's map), the matrix of stages × channels
 * around its anchor, and the stage lanes under it (customer goal, experience from 1 to 5), after a blank row so
 * they are never taken for channels.
 */
import { Language } from '../language';
import { GridBuilder, TabSpec } from '../tab-spec';
import {
  CHANNEL_KEYS,
  CHANNEL_LABELS,
  COLOUR_STATUSES,
  ColourStatus,
  JOURNEY_ANCHOR,
  LANE_LABELS,
  LEGEND_DEFAULT_COLOURS,
  LEGEND_LABELS,
  PERSONA_LABELS,
  STAGE_KEYS,
  STAGE_LABELS,
  TAB_NAMES,
} from '../vocabulary';
import { JOURNEY_TEXT } from './journey-map-text';
import { HEADER, HELP, INPUT_FILL, TITLE } from './layout';

export interface JourneyMapShape {
  name: string;
  stages: readonly string[];
  channels: readonly string[];
  /** The legend's fills: the palette the colour rules follow. */
  legend: Record<ColourStatus, string>;
  /** The persona whose journey it is; null for the template's own map. */
  persona: string | null;
  /** Whether to fill the worked touchpoints and lanes (the template's map only). */
  examples: boolean;
}

const CHANNEL_FILL = '#d9d9d9';

/** The template's own journey map: its stages, channels, legend and worked examples. */
export function journeyMapSpec(language: Language): TabSpec {
  return journeyMapTab(language, {
    name: TAB_NAMES.journeyMap[language],
    stages: STAGE_KEYS.map((key) => STAGE_LABELS[key][language]),
    channels: CHANNEL_KEYS.map((key) => CHANNEL_LABELS[key][language]),
    legend: LEGEND_DEFAULT_COLOURS,
    persona: null,
    examples: true,
  });
}

export function journeyMapTab(language: Language, shape: JourneyMapShape): TabSpec {
  const anchorRow = shape.persona === null ? 5 : 7;
  const goalRow = anchorRow + shape.channels.length + 2;
  const grid = new GridBuilder(goalRow + 1, Math.max(1 + shape.stages.length, 5));
  grid.text(1, 1, shape.name, TITLE);
  grid.text(2, 1, (shape.persona === null ? JOURNEY_TEXT.help : JOURNEY_TEXT.personaHelp)[language], HELP);
  grid.text(3, 1, JOURNEY_TEXT.legend[language], { bold: true });
  COLOUR_STATUSES.forEach((status, i) => {
    grid.text(3, 2 + i, LEGEND_LABELS[status][language], {
      bold: true,
      background: shape.legend[status],
      note: JOURNEY_TEXT.legendNotes[status][language],
    });
  });
  if (shape.persona !== null) personaBlock(grid, shape.persona, language);
  grid.text(anchorRow, 1, JOURNEY_ANCHOR[language], HEADER);
  shape.stages.forEach((stage, i) => grid.text(anchorRow, 2 + i, stage, HEADER));
  shape.channels.forEach((channel, i) =>
    grid.text(anchorRow + 1 + i, 1, channel, { bold: true, background: CHANNEL_FILL, wrap: true }),
  );
  grid.area(anchorRow + 1, 2, shape.channels.length, shape.stages.length, { wrap: true });
  if (shape.examples) workedExamples(grid, anchorRow, goalRow, language);
  grid.text(goalRow, 1, LANE_LABELS.goal[language], { bold: true, background: CHANNEL_FILL, wrap: true });
  grid.text(goalRow + 1, 1, LANE_LABELS.experience[language], {
    bold: true,
    background: CHANNEL_FILL,
    wrap: true,
    note: JOURNEY_TEXT.experienceNote[language],
  });
  grid.area(goalRow, 2, 2, shape.stages.length, { wrap: true });
  return {
    key: 'journeyMap',
    name: shape.name,
    grid: grid.grid,
    formulas: grid.formulas,
    validations: [
      {
        row: goalRow + 1,
        column: 2,
        numRows: 1,
        numColumns: shape.stages.length,
        rule: { kind: 'list', values: ['1', '2', '3', '4', '5'], help: JOURNEY_TEXT.experienceHelp[language] },
      },
    ],
    bands: [],
    frozenRows: anchorRow,
    frozenColumns: 1,
    // One width for the channels and every stage: one call, however many stages.
    widths: [{ column: 1, numColumns: 1 + Math.max(shape.stages.length, 4), width: 180 }],
  };
}

/** A persona's name and a line for the team to describe them, above the map. */
function personaBlock(grid: GridBuilder, persona: string, language: Language): void {
  grid.text(4, 1, PERSONA_LABELS.persona[language], { bold: true });
  grid.text(4, 2, persona, { bold: true });
  grid.text(5, 1, PERSONA_LABELS.description[language], { bold: true, note: JOURNEY_TEXT.descriptionNote[language] });
  grid.style(5, 2, { background: INPUT_FILL, wrap: true });
}

/** The template's worked touchpoints, coloured as the legend says, and its lanes filled for every stage. */
function workedExamples(grid: GridBuilder, anchorRow: number, goalRow: number, language: Language): void {
  for (const example of JOURNEY_TEXT.examples) {
    const row = anchorRow + 1 + CHANNEL_KEYS.indexOf(example.channel);
    const column = 2 + STAGE_KEYS.indexOf(example.stage);
    grid.text(row, column, example.text[language], { background: LEGEND_DEFAULT_COLOURS[example.status] });
  }
  STAGE_KEYS.forEach((stage, i) => {
    grid.text(goalRow, 2 + i, JOURNEY_TEXT.lanes[stage].goal[language]);
    grid.text(goalRow + 1, 2 + i, JOURNEY_TEXT.lanes[stage].experience);
  });
}
