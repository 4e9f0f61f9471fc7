/** What the ideas sidebar and the server exchange across google.script.run: plain JSON, in the sheet's language. */
import { Language } from '../language';
import { IdeaKind } from './idea';

/** An idea as the sidebar shows it, matched to the first journey map's own rows and columns when it can be. */
export interface IdeaView {
  id: string;
  /** The template's channel, in the sheet's language. */
  channel: string;
  /** The template's stage where it usually belongs, in the sheet's language; null when any stage. */
  stage: string | null;
  kind: IdeaKind;
  title: string;
  detail: string;
  /** The map's own channel (row label) the idea matches, any case, spacing or language; null when none. */
  mapChannel: string | null;
  /** The map's own stage (column label) the idea matches; null when none. */
  mapStage: string | null;
}

export interface IdeasPayload {
  language: Language;
  /** The first journey map's channels and stages, as the team left them. */
  channels: string[];
  stages: string[];
  ideas: IdeaView[];
}

export interface PlaceIdeaInput {
  ideaId: string;
  channel: string;
  stage: string;
}

export interface PlacedIdea {
  tab: string;
  /** A1 address of the touchpoint written. */
  cell: string;
}

export interface IdeaAsUseCaseInput {
  ideaId: string;
  channel?: string;
  stage?: string;
}

export interface AddedUseCase {
  id: string;
  /** The sheet row the use case was written to. */
  row: number;
}
