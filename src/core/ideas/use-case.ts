/**
 * An idea as a use-case row: its title as the use case, its kind as the category, its detail as the objective, and
 * the touchpoint it answers when one was given. The ratings and what prioritising computes are left for the team.
 */
import { Language } from '../language';
import { TouchpointRef, touchpointLabel } from '../touchpoints';
import { tidy } from '../text';
import { USE_CASE_CATEGORY_LABELS, UseCaseColumn } from '../vocabulary';
import { Idea } from './idea';

export function ideaUseCase(
  idea: Idea,
  id: string,
  language: Language,
  touchpoint: TouchpointRef | null,
): Record<UseCaseColumn, string> {
  return {
    id,
    useCase: idea.title[language],
    touchpoint: touchpoint ? touchpointLabel(touchpoint) : '',
    category: USE_CASE_CATEGORY_LABELS[idea.kind][language],
    objective: idea.detail[language],
    businessImpact: '',
    customerImpact: '',
    difficulty: '',
    score: '',
    rank: '',
    quadrant: '',
  };
}

/** The touchpoint a use case names: only when both a channel and a stage were given (neither blank). */
export function touchpointOf(channel: unknown, stage: unknown, persona: string | null): TouchpointRef | null {
  const c = typeof channel === 'string' ? tidy(channel) : '';
  const s = typeof stage === 'string' ? tidy(stage) : '';
  return c && s ? { channel: c, stage: s, persona } : null;
}
