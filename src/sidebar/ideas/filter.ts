/**
 * Which ideas the sidebar shows: those of the chosen channel (or every channel) whose words hold every word of the
 * search, whatever their case, accents or apostrophes ("cafe" finds "café", "d'un" finds "d’un").
 */
import { IdeaView } from '../../core/ideas/payload';

/** Text folded for searching: lower case, no accents, one kind of apostrophe, single spaces. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface IdeaFilter {
  /** A channel as the ideas name it, or '' for every channel. */
  channel: string;
  search: string;
}

export function matchesFilter(idea: IdeaView, filter: IdeaFilter): boolean {
  if (filter.channel !== '' && idea.channel !== filter.channel) return false;
  const words = searchKey(filter.search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchKey([idea.title, idea.detail, idea.channel, idea.stage ?? ''].join(' '));
  return words.every((word) => haystack.includes(word));
}

/** The channels the ideas belong to, in the catalogue's order, each once. */
export function channelsOf(ideas: readonly IdeaView[]): string[] {
  return [...new Set(ideas.map((idea) => idea.channel))];
}
