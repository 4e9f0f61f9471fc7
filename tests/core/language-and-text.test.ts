import { languageOf } from '../../src/core/language';
import { asText, labelKey } from '../../src/core/text';

describe('languageOf', () => {
  it.each([
    ['fr', 'fr'],
    ['fr_FR', 'fr'],
    ['fr-CA', 'fr'],
    ['FR_be', 'fr'],
    ['en', 'en'],
    ['en_US', 'en'],
    ['de_DE', 'en'],
    ['', 'en'],
    [null, 'en'],
    ['fy_NL', 'en'],
    ['french', 'en'],
  ])('%p gives %p', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});

describe('asText', () => {
  it.each([
    '=SUM(A1)',
    '+33 6 12',
    '-discount',
    '@team',
    "'quoted",
    '007',
    '4,5',
    '1 000',
    'TRUE',
    'faux',
    '2024-01-05',
    '12/03',
    '9:00',
    'May 2025',
    'Mars 2026',
    '$12',
    '12 €',
    'Abandoned cart',
    'D+1 · Email · Reminder',
  ])('guards %p so Sheets keeps it exactly as typed, with no list of patterns to keep up', (text) => {
    expect(asText(text)).toBe(`'${text}`);
  });

  it('leaves the empty string empty', () => {
    expect(asText('')).toBe('');
  });
});

describe('labelKey', () => {
  it('ignores case, spacing, a trailing colon and the composition of accents', () => {
    expect(labelKey('  Difficulté : ')).toBe(labelKey('difficulte\u0301'));
    expect(labelKey('Use   case')).toBe('use case');
    expect(labelKey('Cas d’usage')).toBe(labelKey("Cas d'usage"));
  });
});
