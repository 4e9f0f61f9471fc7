/**
 * Matching the catalogue to a team's own journey map: an idea names a template channel and stage, the map names its
 * rows and columns as the team left them ("E-mail", "j’achète ", "Store" on a French map). A label matches when it is
 * the same whatever its case, spacing or apostrophe, or when both name the same template channel or stage in either
 * language. Pure: works on the labels the server read.
 */
import { JourneyMatrix } from '../journey';
import { Bilingual, Language, LANGUAGES } from '../language';
import { labelKey, tidy } from '../text';
import { CHANNEL_LABELS, ChannelKey, STAGE_LABELS, StageKey } from '../vocabulary';
import { Idea } from './idea';
import { IDEAS, ideaById } from './index';
import { IdeaView, IdeasPayload } from './payload';

/** The template entry a label names, in any language; null when it names none. */
function vocabularyKey<K extends string>(text: string, vocabulary: Record<K, Bilingual<string>>): K | null {
  const key = labelKey(text);
  const keys = Object.keys(vocabulary) as K[];
  return keys.find((k) => LANGUAGES.some((language) => labelKey(vocabulary[k][language]) === key)) ?? null;
}

/**
 * The map's own label that `text` names: the same label (any case, spacing, apostrophe) first, else the map's label
 * for the same template channel or stage in another language. Null when the map has none.
 */
export function ownLabel<K extends string>(
  text: string,
  own: readonly string[],
  vocabulary: Record<K, Bilingual<string>>,
): string | null {
  const same = own.find((label) => labelKey(label) === labelKey(text));
  if (same !== undefined) return same;
  const key = vocabularyKey(text, vocabulary);
  if (key === null) return null;
  return own.find((label) => vocabularyKey(label, vocabulary) === key) ?? null;
}

export function ownChannel(channel: ChannelKey, own: readonly string[]): string | null {
  return ownLabel(CHANNEL_LABELS[channel].en, own, CHANNEL_LABELS);
}

export function ownStage(stage: StageKey | null, own: readonly string[]): string | null {
  return stage === null ? null : ownLabel(STAGE_LABELS[stage].en, own, STAGE_LABELS);
}

/** The catalogue in the sheet's language, each idea matched to the map's own channels and stages. */
export function ideasPayload(language: Language, channels: readonly string[], stages: readonly string[]): IdeasPayload {
  const ideas: IdeaView[] = IDEAS.map((idea) => ({
    id: idea.id,
    channel: CHANNEL_LABELS[idea.channel][language],
    stage: idea.stage === null ? null : STAGE_LABELS[idea.stage][language],
    kind: idea.kind,
    title: idea.title[language],
    detail: idea.detail[language],
    mapChannel: ownChannel(idea.channel, channels),
    mapStage: ownStage(idea.stage, stages),
  }));
  return { language, channels: [...channels], stages: [...stages], ideas };
}

/** What the sidebar sent for an idea action, read safely: the idea it names (null when none) and the labels. */
export interface IdeaRequest {
  ideaId: string;
  idea: Idea | null;
  channel: string;
  stage: string;
}

export function readIdeaRequest(input: unknown): IdeaRequest {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const text = (value: unknown): string => (typeof value === 'string' ? tidy(value) : '');
  const ideaId = text(raw.ideaId);
  return { ideaId, idea: ideaById(ideaId) ?? null, channel: text(raw.channel), stage: text(raw.stage) };
}

/** The touchpoint cell (0-based) a channel and a stage name on the map, or which of the two the map lacks. */
export type TouchpointCell =
  | { found: true; row: number; column: number; channel: string; stage: string }
  | { found: false; missing: 'channel' | 'stage' };

export function touchpointCell(matrix: JourneyMatrix, channel: string, stage: string): TouchpointCell {
  const ownChannelLabel = ownLabel(
    channel,
    matrix.channels.map((c) => c.name),
    CHANNEL_LABELS,
  );
  const row = matrix.channels.find((c) => c.name === ownChannelLabel);
  if (!row) return { found: false, missing: 'channel' };
  const ownStageLabel = ownLabel(
    stage,
    matrix.stages.map((s) => s.name),
    STAGE_LABELS,
  );
  const column = matrix.stages.find((s) => s.name === ownStageLabel);
  if (!column) return { found: false, missing: 'stage' };
  return { found: true, row: row.row, column: column.column, channel: row.name, stage: column.name };
}
