/**
 * What the new actions are given, drawn by the run's generator, valid and not: persona names (fresh, taken in
 * another spelling, with a character a tab name cannot hold, blank, too long, not a string), the persona prompt's
 * answer, ideas placed on touchpoints (free or taken, stages and channels as the map spells them, in the other
 * language, unknown) and a scenario's use case (the table's ID in another spelling, or one it does not have).
 */
import type { FakeSheet } from '../../fake';
import { CatalogueIdea, Chaos } from './context';
import { firstMap } from './maps-model';
import { Pos, isEmptyCell, useCaseRows, useCaseTable, valueAt } from './sheet-model';
import { labelKey } from './vocabulary';

const FRESH_PERSONAS = [
  'Young parents',
  'Jeunes parents',
  'Seniors 👵',
  'Étudiants',
  'B2B buyers',
  'L’habitué',
  'محبو التسوق',
  'Cadres pressés',
  '=1+1',
  '007',
  'Mars 2026',
  '+33 clients',
  'Famille « Dupont »',
  'Say "hello"',
  'P'.repeat(60),
];
const BAD_PERSONAS: readonly unknown[] = [
  'A/B testers',
  'Who?',
  'VIP*',
  '[Pro]',
  'Clients: fidèles',
  "Parents'",
  'Back\\slash',
  'Tab\tname',
  '',
  '   ',
  null,
  'Very long persona name '.repeat(3),
];

/** A persona name: fresh and valid, taken in another spelling, or one the add-on must refuse. */
export function personaName(ctx: Chaos): unknown {
  const { rng } = ctx;
  if (ctx.personaNames.length && rng.chance(0.2)) {
    const taken = rng.pick(ctx.personaNames);
    return rng.pick([taken, taken.toUpperCase(), `  ${taken.toLowerCase()} `, taken.replace(/’/g, "'")]);
  }
  if (rng.chance(0.25)) return rng.pick(BAD_PERSONAS);
  if (rng.chance(0.05)) return 42;
  const fresh = FRESH_PERSONAS.filter((p) => !ctx.personaNames.some((n) => labelKey(n) === labelKey(p)));
  return fresh.length ? rng.pick(fresh) : `Persona ${ctx.seed}-${ctx.step}`;
}

/** The persona prompt's answer: mostly OK with a name, sometimes Cancel or the dialog's ×. */
export function promptAnswer(ctx: Chaos): { button: 'OK' | 'CANCEL' | 'CLOSE'; text: string } {
  const button = ctx.rng.weighted([
    { item: 'OK' as const, weight: 8 },
    { item: 'CANCEL' as const, weight: 1 },
    { item: 'CLOSE' as const, weight: 1 },
  ]);
  const name = personaName(ctx);
  return { button, text: typeof name === 'string' ? name : String(name ?? '') };
}

/** The catalogue as the ideas sidebar receives it: asked for once per run, as the sidebar does when it opens. */
export function catalogue(ctx: Chaos): CatalogueIdea[] {
  if (!ctx.catalogue) {
    const payload = ctx.edit(() => ctx.bundle.getIdeas()) as { ideas: CatalogueIdea[] };
    ctx.catalogue = payload.ideas.map((i) => ({ ...i }));
  }
  return ctx.catalogue;
}

export interface IdeaRequest {
  ideaId: unknown;
  channel?: unknown;
  stage?: unknown;
}

/** Spellings a person or the sidebar may send for one of the map's labels. */
function spelling(ctx: Chaos, label: string): string {
  return ctx.rng.pick([label, label, label.toUpperCase(), `  ${label} `, label.replace(/'/g, '’')]);
}

/**
 * An idea to place or add: a catalogue idea (or an unknown ID), on a touchpoint of the first journey map (free or
 * already holding something), on the idea's own channel and stage, or on a stage or channel the map does not have.
 */
export function ideaRequest(ctx: Chaos, forUseCase: boolean): IdeaRequest {
  const { rng } = ctx;
  const ideas = catalogue(ctx);
  const idea = rng.pick(ideas);
  const ideaId = rng.chance(0.92) ? idea.id : rng.pick(['no-such-idea', '', 42, idea.id.toUpperCase()]);
  if (forUseCase && rng.chance(0.3)) return { ideaId };
  const first = firstMap(ctx.env.book);
  const how = rng.weighted([
    { item: 'cell', weight: first ? 6 : 0 },
    { item: 'idea', weight: 2 },
    { item: 'unknown', weight: 2 },
  ]);
  if (how === 'cell' && first) {
    const cell = touchpointToTry(ctx, first.sheet, first.map);
    return { ideaId, channel: spelling(ctx, cell.channel), stage: spelling(ctx, cell.stage) };
  }
  if (how === 'idea') return { ideaId, channel: idea.channel, stage: idea.stage ?? '' };
  const stages = first?.map.stages.map((s) => s.name) ?? [];
  const channels = first?.map.channels.map((c) => c.name) ?? [];
  return rng.chance(0.5)
    ? {
        ideaId,
        channel: channels.length ? rng.pick(channels) : 'Email',
        stage: rng.pick(['I teleport', '', 'Étape 9']),
      }
    : { ideaId, channel: rng.pick(['Fax', 'Carrier pigeon', '']), stage: stages.length ? rng.pick(stages) : 'I buy' };
}

/** A touchpoint of the map: free two times in three when there is one, else one that holds something. */
function touchpointToTry(
  ctx: Chaos,
  sheet: FakeSheet,
  map: NonNullable<ReturnType<typeof firstMap>>['map'],
): { channel: string; stage: string; at: Pos } {
  const cells = map.channels.flatMap((c) =>
    map.stages.map((s) => ({ channel: c.name, stage: s.name, at: { row: c.row, column: s.column } })),
  );
  const free = cells.filter((c) => isEmptyCell(sheet, c.at));
  const taken = cells.filter((c) => !isEmptyCell(sheet, c.at));
  const pool = free.length && (taken.length === 0 || ctx.rng.chance(0.67)) ? free : taken;
  return ctx.rng.pick(pool.length ? pool : cells);
}

/**
 * A scenario's use case: none mostly, else an ID of the use-case table in another spelling, or one it does not
 * have. Returns what the scenario map must then read: the ID as the table spells it (null: the add-on refuses).
 */
export function scenarioUseCase(ctx: Chaos): { useCase?: string; expected: string | null } {
  const { rng } = ctx;
  if (rng.chance(0.7)) return { expected: '' };
  const sheet = ctx.tab('useCases');
  const table = sheet ? useCaseTable(sheet) : null;
  const ids = table ? useCaseRows(table).map((r) => r.id) : [];
  const useCase =
    ids.length === 0 || rng.chance(0.25)
      ? rng.pick(['UC-99', 'Birthday offer'])
      : rng.pick([(id: string) => id, (id: string) => ` ${id.toLowerCase()} `])(rng.pick(ids));
  const idColumn = table?.columns.id;
  const all = [];
  for (let r = (table?.headerRow ?? 0) + 1; table && idColumn !== undefined && r <= table.lastRow; r++)
    all.push(valueAt(table.sheet, r, idColumn));
  const spelt = all.find((id) => typeof id === 'string' && labelKey(id) === labelKey(useCase));
  return { useCase, expected: typeof spelt === 'string' ? spelt : null };
}
