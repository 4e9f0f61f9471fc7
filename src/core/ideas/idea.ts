/**
 * An idea from the method's catalogue: a touchpoint a team can write into its journey map, either an omnichannel
 * opportunity to develop (green) or a typical friction to look for (orange).
 */
import { Bilingual } from '../language';
import { ChannelKey, StageKey } from '../vocabulary';

export type IdeaKind = 'opportunity' | 'friction';

export interface Idea {
  /** Stable kebab-case key, so a team's choice survives a change of wording or language. */
  id: string;
  /** The journey map's row the idea belongs to. */
  channel: ChannelKey;
  /** The stage where it usually belongs; null when it can happen at any stage. */
  stage: StageKey | null;
  kind: IdeaKind;
  /** Written into a touchpoint cell, so short: at most 70 characters. */
  title: Bilingual<string>;
  /** One or two sentences: what it is and which channels it connects. */
  detail: Bilingual<string>;
}
