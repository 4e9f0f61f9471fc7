/**
 * The ideas sidebar's client: loads the catalogue matched to the journey map, shows it grouped by channel with a
 * channel filter and a text search, and lets each idea be placed on the map or added as a use case. Bundled into
 * Ideas.html by the build.
 */
import { IdeasPayload } from '../../core/ideas/payload';
import { IDEAS_SIDEBAR_TEXT } from '../../core/ideas/sidebar-text';
import { Language } from '../../core/language';
import { el, setOptions } from '../dom';
import { callServer, closeSidebar } from '../server';
import { channelsOf, matchesFilter } from './filter';
import { IdeaCard } from './idea-card';

const T = IDEAS_SIDEBAR_TEXT;

function start(payload: IdeasPayload): void {
  const L: Language = payload.language;
  document.documentElement.lang = L;
  const cards = payload.ideas.map((idea) => new IdeaCard(idea, payload, L));
  const groups = channelsOf(payload.ideas).map((channel, i) => {
    const heading = el('h2', { id: `channel-${i}` }, channel);
    const list = el('ol', { class: 'ideas' }, ...cards.filter((c) => c.idea.channel === channel).map((c) => c.root));
    return { channel, root: el('section', { class: 'channel-group', 'aria-labelledby': heading.id }, heading, list) };
  });
  const channel = el('select', { id: 'channel-filter' });
  setOptions(channel, [
    { value: '', label: T.allChannels[L] },
    ...groups.map((g) => ({ value: g.channel, label: g.channel })),
  ]);
  const search = el('input', {
    id: 'search',
    type: 'search',
    autocomplete: 'off',
    'aria-describedby': 'search-hint',
  });
  const shown = el('p', { class: 'hint', id: 'shown', role: 'status', 'aria-live': 'polite' });
  const close = el('button', { type: 'button', class: 'secondary', id: 'close' }, T.close[L]);
  close.addEventListener('click', () => closeSidebar());

  const apply = (): void => {
    const filter = { channel: channel.value, search: search.value };
    let count = 0;
    for (const card of cards) {
      const visible = matchesFilter(card.idea, filter);
      card.root.hidden = !visible;
      if (visible) count += 1;
    }
    for (const group of groups)
      group.root.hidden = !cards.some((c) => c.idea.channel === group.channel && !c.root.hidden);
    shown.textContent = count === 0 ? T.noneShown[L] : T.shown[L](count, cards.length);
  };
  channel.addEventListener('change', apply);
  search.addEventListener('input', apply);

  const field = (control: HTMLElement, label: string, hint?: HTMLElement) =>
    el('div', { class: 'field' }, el('label', { for: control.id }, label), control, hint ?? null);
  const noMap = payload.channels.length && payload.stages.length ? null : el('p', { class: 'notice' }, T.noMap[L]);
  document
    .getElementById('app')!
    .replaceChildren(
      el('h1', { class: 'visually-hidden' }, T.title[L]),
      el('p', { class: 'intro' }, T.intro[L]),
      ...(noMap ? [noMap] : []),
      el(
        'div',
        { class: 'filters', role: 'search' },
        field(channel, T.channelFilter[L]),
        field(search, T.search[L], el('p', { class: 'hint visually-hidden', id: 'search-hint' }, T.searchHint[L])),
      ),
      shown,
      ...groups.map((g) => g.root),
      el('div', { class: 'actions' }, close),
    );
  apply();
  channel.focus();
}

callServer('getIdeas')
  .then(start)
  .catch((error: Error) => {
    const loading = document.getElementById('loading')!;
    loading.setAttribute('role', 'alert');
    // The language is not known yet: say it in both.
    loading.textContent = `${T.loadFailed.en(error.message)} · ${T.loadFailed.fr(error.message)}`;
  });
