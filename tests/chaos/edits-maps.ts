/**
 * A team's edits of the tabs the add-on gained: persona tabs renamed (another spelling, the other language, another
 * persona, or no longer a map), the persona's name retyped in its block, experience ratings retyped every way, and
 * the Summary or KPI tab deleted (set-up and the summary make them again).
 */
import { EditFn } from './edits-use-cases';
import { journeyTabs, mapModel } from './maps-model';
import { a1, findLabel } from './sheet-model';
import { EXPERIENCE_LANE, PERSONA_SEPARATOR, TAB_NAMES, labelKey } from './vocabulary';

const PERSONA_LABEL = ['Persona'];

export const renamePersonaTab: EditFn = (ctx) => {
  const personas = journeyTabs(ctx.env.book).filter((t) => t.persona !== null);
  if (personas.length === 0) return null;
  const { sheet, name, persona } = ctx.rng.pick(personas);
  const other = TAB_NAMES.journeyMap[ctx.lang === 'en' ? 'fr' : 'en'];
  const own = TAB_NAMES.journeyMap[ctx.lang];
  const names = [
    `${own}: ${persona}`,
    `${own.toLowerCase()} – ${persona}`,
    `${other}${PERSONA_SEPARATOR}${persona}`,
    `${own}${PERSONA_SEPARATOR}${persona} 2`,
    `${persona}`,
    `${own}${PERSONA_SEPARATOR}${String(persona).toUpperCase()}  `,
  ];
  const renamed = ctx.rng.pick(names);
  const taken = ctx.env.book.view.sheetNames().some((n) => n !== name && labelKey(n) === labelKey(renamed));
  if (taken || renamed === name) return null;
  ctx.edit(() => sheet.setName(renamed));
  return `rename the persona tab ${JSON.stringify(name)} to ${JSON.stringify(renamed)}`;
};

/** The persona's name in the block at the top of a persona map, typed again (the curve's title follows it). */
export const retypePersona: EditFn = (ctx) => {
  const personas = journeyTabs(ctx.env.book).filter((t) => t.persona !== null);
  if (personas.length === 0) return null;
  const { sheet } = ctx.rng.pick(personas);
  const label = findLabel(sheet, PERSONA_LABEL);
  if (!label) return null;
  const pos = { row: label.row, column: label.column + 1 };
  const typed = ctx.rng.pick(['Léa, 34', 'Marc (retired)', '', 'Young parents', '=1+1', '2024-01-05']);
  ctx.type(sheet, pos, typed);
  return `retype the persona's name as ${JSON.stringify(typed)} at ${a1(sheet, pos)}`;
};

const RATINGS: readonly unknown[] = [1, 2, 3, 4, 5, '4', 0, 6, 2.5, 'four', 'quatre', '', '3,5', true];

/** A stage's experience rating retyped: whole numbers 1 to 5 are plotted, anything else is reported or a gap. */
export const retypeExperience: EditFn = (ctx) => {
  const maps = journeyTabs(ctx.env.book);
  if (maps.length === 0) return null;
  const { sheet } = ctx.rng.pick(maps);
  const lane = findLabel(sheet, EXPERIENCE_LANE);
  const map = mapModel(sheet);
  if (!lane || !map || map.stages.length === 0) return null;
  const stage = ctx.rng.pick(map.stages);
  const pos = { row: lane.row, column: stage.column };
  const typed = ctx.rng.pick(RATINGS);
  ctx.type(sheet, pos, typed);
  return `retype the experience of ${JSON.stringify(stage.name)} as ${JSON.stringify(typed)} at ${a1(sheet, pos)}`;
};

export const deleteSummaryOrKpis: EditFn = (ctx) => {
  const key = ctx.rng.chance(0.7) ? 'summary' : 'kpis';
  const sheet = ctx.tab(key);
  const book = ctx.env.book;
  if (!sheet || book.view.sheetNames().length < 2) return null;
  const name = sheet.view.title();
  ctx.edit(() => book.deleteSheet(sheet));
  return `delete the tab ${JSON.stringify(name)}`;
};
