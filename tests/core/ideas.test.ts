import { IDEAS, ideaById } from '../../src/core/ideas';
import { LANGUAGES } from '../../src/core/language';
import { interpretInput } from '../../fake';
import { tidy } from '../../src/core/text';
import { CHANNEL_KEYS, STAGE_KEYS } from '../../src/core/vocabulary';

const texts = IDEAS.flatMap((idea) =>
  LANGUAGES.flatMap((language) => [
    { id: idea.id, language, field: 'title', text: idea.title[language] },
    { id: idea.id, language, field: 'detail', text: idea.detail[language] },
  ]),
);

describe('the idea catalogue', () => {
  it('holds at least 40 ideas with unique kebab-case ids', () => {
    expect(IDEAS.length).toBeGreaterThanOrEqual(40);
    const ids = IDEAS.map((idea) => idea.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('finds each idea by its id, and nothing for an unknown one', () => {
    for (const idea of IDEAS) expect(ideaById(idea.id)).toBe(idea);
    expect(ideaById('no-such-idea')).toBeUndefined();
  });

  it.each(CHANNEL_KEYS)('offers at least three ideas for the %s channel', (channel) => {
    expect(IDEAS.filter((idea) => idea.channel === channel).length).toBeGreaterThanOrEqual(3);
  });

  it('names only the template’s channels and stages', () => {
    for (const idea of IDEAS) {
      expect(CHANNEL_KEYS).toContain(idea.channel);
      if (idea.stage !== null) expect(STAGE_KEYS).toContain(idea.stage);
    }
  });

  it('lists at least six frictions to look for', () => {
    expect(IDEAS.filter((idea) => idea.kind === 'friction').length).toBeGreaterThanOrEqual(6);
  });

  it('has a title and a detail in every language, neither blank', () => {
    for (const { text } of texts) expect(text.trim()).not.toBe('');
  });

  it('keeps titles short enough for a touchpoint cell', () => {
    const long = IDEAS.flatMap((idea) => LANGUAGES.map((l) => idea.title[l])).filter((t) => t.length > 70);
    expect(long).toEqual([]);
  });

  it('writes nothing Sheets would turn into a formula, number, boolean or date', () => {
    // Even unguarded (the add-on guards every string anyway), Sheets would keep each text as it is.
    const converted = texts.filter(({ text }) =>
      ['en_US', 'fr_FR'].some((locale) => interpretInput(text, locale).value !== text),
    );
    expect(converted).toEqual([]);
  });

  it('writes text already tidy (no stray or doubled spaces)', () => {
    expect(texts.filter(({ text }) => tidy(text) !== text)).toEqual([]);
  });

  it('translates rather than copies: at least 90% of titles, and every detail, differ between languages', () => {
    const [en, fr] = ['en', 'fr'] as const;
    const differing = IDEAS.filter((idea) => idea.title[en] !== idea.title[fr]);
    expect(differing.length / IDEAS.length).toBeGreaterThanOrEqual(0.9);
    expect(IDEAS.filter((idea) => idea.detail[en] === idea.detail[fr])).toEqual([]);
  });

  it('follows each language’s typography', () => {
    const fr = texts.filter((t) => t.language === 'fr');
    // French: typographic apostrophe, and a space before the double punctuation marks.
    expect(fr.filter(({ text }) => /'|\S[:;?!]/.test(text))).toEqual([]);
    // English: no space before them.
    expect(texts.filter((t) => t.language === 'en' && /\s[:;?!]/.test(t.text))).toEqual([]);
  });
});
