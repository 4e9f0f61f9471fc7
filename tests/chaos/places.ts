/**
 * Where a team types notes: above, below and beside every table and area of every tab, including the use-case
 * tab's weights area and the chart-data block under it. Each place is a few candidate cells; the note goes in the
 * first one that is empty and not the add-on's.
 */
import type { FakeSheet } from '../../fake';
import {
  Pos,
  TableModel,
  findLabel,
  scenarioTable,
  dataNeedTable,
  settingsModel,
  useCaseTable,
  valueAt,
} from './sheet-model';
import { curveBlocks, summaryMarker } from './maps-model';
import { JOURNEY_ANCHOR, OVERVIEW_CORNER, TabKey, isLabel } from './vocabulary';

export interface Place {
  name: string;
  cells: Pos[];
  /** Places next to the areas the add-on rewrites, which the chaos runs aim at more often. */
  nearBlock?: boolean;
}

function grid(rows: [number, number], columns: [number, number]): Pos[] {
  const cells: Pos[] = [];
  for (let row = Math.max(1, rows[0]); row <= rows[1]; row++)
    for (let column = Math.max(1, columns[0]); column <= columns[1]; column++) cells.push({ row, column });
  return cells;
}

function tablePlaces<K extends string>(table: TableModel<K>, name: string): Place[] {
  const { headerRow, lastRow, span } = table;
  return [
    { name: `above the ${name}`, cells: grid([1, headerRow - 1], [span.first + 1, span.last]) },
    { name: `right under the ${name}`, cells: grid([lastRow + 1, lastRow + 1], [span.first, span.last]) },
    { name: `below the ${name}`, cells: grid([lastRow + 2, lastRow + 4], [span.first, span.last]) },
    { name: `beside the ${name}`, cells: grid([headerRow + 1, lastRow + 1], [span.last + 1, span.last + 1]) },
  ];
}

function useCasePlaces(sheet: FakeSheet): Place[] {
  const table = useCaseTable(sheet);
  const places = table ? tablePlaces(table, 'use-case table') : [];
  const { title, customer, block } = settingsModel(sheet);
  if (title) {
    const bottom = customer ? customer.row : title.row + 2;
    places.push(
      { name: 'above the weights', cells: grid([title.row - 1, title.row - 1], [title.column, title.column + 1]) },
      {
        name: 'under the weights',
        cells: grid([bottom + 1, bottom + 2], [title.column, title.column + 1]),
        nearBlock: true,
      },
      { name: 'beside the weights', cells: grid([title.row, bottom], [title.column + 2, title.column + 3]) },
    );
  }
  if (block) {
    const { row, column } = block.title;
    const end = block.lastRow;
    places.push(
      { name: 'right under the chart data', cells: grid([end + 1, end + 1], [column, column + 2]), nearBlock: true },
      { name: 'one row below the chart data', cells: grid([end + 2, end + 2], [column, column + 2]), nearBlock: true },
      { name: 'beside the chart data', cells: grid([row, end], [column + 3, column + 3]), nearBlock: true },
    );
  }
  return places;
}

function scenarioPlaces(sheet: FakeSheet): Place[] {
  const table = scenarioTable(sheet);
  if (!table) return [];
  const corner = findLabel(sheet, OVERVIEW_CORNER);
  const places = tablePlaces(table, 'scenario table');
  if (corner) {
    const beyond = corner.column + 6;
    places.push({ name: 'beside the overview', cells: grid([corner.row, table.lastRow + 2], [beyond, beyond + 1]) });
  }
  return places;
}

function journeyPlaces(sheet: FakeSheet): Place[] {
  const anchor = findLabel(sheet, JOURNEY_ANCHOR);
  if (!anchor) return [];
  let lastStage = anchor.column;
  while (valueAt(sheet, anchor.row, lastStage + 1) !== '') lastStage++;
  let lastChannel = anchor.row;
  while (valueAt(sheet, lastChannel + 1, anchor.column) !== '') lastChannel++;
  return [
    { name: 'between the legend and the map', cells: grid([anchor.row - 1, anchor.row - 1], [2, lastStage]) },
    { name: 'below the map', cells: grid([lastChannel + 2, lastChannel + 3], [1, lastStage]) },
    { name: 'beside the map', cells: grid([anchor.row, lastChannel], [lastStage + 2, lastStage + 3]) },
    ...curveBlocks(sheet).flatMap(({ title, width, lastRow }): Place[] => [
      {
        name: 'right under the curve data',
        cells: grid([lastRow + 1, lastRow + 1], [title.column, title.column + width - 1]),
        nearBlock: true,
      },
      {
        name: 'beside the curve data',
        cells: grid([title.row + 1, lastRow], [title.column + width, title.column + width]),
        nearBlock: true,
      },
    ]),
  ];
}

/** Under the Summary's notes line, where the marker invites the team to type (the line itself is the add-on's). */
function summaryPlaces(sheet: FakeSheet): Place[] {
  const marker = summaryMarker(sheet);
  if (!marker) return [];
  return [
    { name: 'right under the notes line', cells: grid([marker.row + 1, marker.row + 1], [1, 3]), nearBlock: true },
    { name: 'below the notes line', cells: grid([marker.row + 2, marker.row + 5], [1, 6]), nearBlock: true },
  ];
}

export function notePlaces(sheet: FakeSheet, key: TabKey): Place[] {
  if (key === 'useCases') return useCasePlaces(sheet);
  if (key === 'scenarioMap') return scenarioPlaces(sheet);
  if (key === 'journeyMap') return journeyPlaces(sheet);
  if (key === 'summary') return summaryPlaces(sheet);
  const table = dataNeedTable(sheet);
  return table ? tablePlaces(table, 'data-needs table') : [];
}

/** Touchpoint cells of the journey map (the stages × channels grid). */
export function touchpoints(sheet: FakeSheet): Pos[] {
  const anchor = findLabel(sheet, JOURNEY_ANCHOR);
  if (!anchor || !isLabel(valueAt(sheet, anchor.row, anchor.column), JOURNEY_ANCHOR)) return [];
  let lastStage = anchor.column;
  while (valueAt(sheet, anchor.row, lastStage + 1) !== '') lastStage++;
  let lastChannel = anchor.row;
  while (valueAt(sheet, lastChannel + 1, anchor.column) !== '') lastChannel++;
  return grid([anchor.row + 1, lastChannel], [anchor.column + 1, lastStage]);
}
