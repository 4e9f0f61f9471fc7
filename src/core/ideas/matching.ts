/**
 * Matching the catalogue to a team's own journey map: an idea names a template channel and stage, the map names its
 * rows and columns as the team left them ("E-mail", "j’achète ", "Store" on a French map). A label matches when it is
 * the same whatever its case, spacing or apostrophe, or when both name the same template channel or stage in either
 * language. Pure: works on the labels the server read.
 */
import { JourneyMatrix } from '../journey';
import { Bilingual, Language, LANGUAGES } from '../language';
import { labelKey, tidy } from '../text';
import { CHANNEL_LABELS, STAGE_LABELS } from '../vocabulary';
import { Idea } from './idea';
import { IDEAS, ideaById } from './index';
import { IdeaView, IdeasPayload } from './payload';

/**
 * Finds the map's own label that a text names: the same label (any case, spacing, apostrophe) first, else the map's
 * label for the same template channel or stage in another language; null when the map has none. Each of the map's
 * labels is keyed once, so matching the whole catalogue costs one pass over the map, however long it is.
 */
export function labelMatcher<K extends string>(
  own: readonly string[],
  vocabulary: Record<K, Bilingual<string>>,
): (text: string) => string | null {
  const entryOf = new Map<string, K>();
  for (const entry of Object.keys(vocabulary) as K[]) {
    for (const language of LANGUAGES) entryOf.set(labelKey(vocabulary[entry][language]), entry);
  }
  const byLabel = new Map<string, string>();
  const byEntry = new Map<K, string>();
  for (const label of own) {
    const key = labelKey(label);
    if (!byLabel.has(key)) byLabel.set(key, label);
    const entry = entryOf.get(key);
    if (entry !== undefined && !byEntry.has(entry)) byEntry.set(entry, label);
  }
  return (text) => {
    const key = labelKey(text);
    const entry = entryOf.get(key);
    return byLabel.get(key) ?? (entry === undefined ? null : (byEntry.get(entry) ?? null));
  };
}

export function ownLabel<K extends string>(
  text: string,
  own: readonly string[],
  vocabulary: Record<K, Bilingual<string>>,
): string | null {
  return labelMatcher(own, vocabulary)(text);
}

/** The catalogue in the sheet's language, each idea matched to the map's own channels and stages. */
export function ideasPayload(language: Language, channels: readonly string[], stages: readonly string[]): IdeasPayload {
  const channelOf = labelMatcher(channels, CHANNEL_LABELS);
  const stageOf = labelMatcher(stages, STAGE_LABELS);
  const ideas: IdeaView[] = IDEAS.map((idea) => ({
    id: idea.id,
    channel: CHANNEL_LABELS[idea.channel][language],
    stage: idea.stage === null ? null : STAGE_LABELS[idea.stage][language],
    kind: idea.kind,
    title: idea.title[language],
    detail: idea.detail[language],
    mapChannel: channelOf(CHANNEL_LABELS[idea.channel].en),
    mapStage: idea.stage === null ? null : stageOf(STAGE_LABELS[idea.stage].en),
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
