// Persona journey maps' tab names: made in the sheet's language, recognised in any, and a persona's name checked
// before any tab is created.
import { MAX_PERSONA_LENGTH, checkPersonaName, journeyTabPersona, personaTabName } from '../../src/core/personas';

const TABS = ['Sheet1', 'Journey map', 'Use cases'];

describe('persona tab names', () => {
  it('are the journey map’s name, a dash and the persona, in the sheet’s language', () => {
    expect(personaTabName('  Young   parents ', 'en')).toBe('Journey map — Young parents');
    expect(personaTabName('Jeunes parents', 'fr')).toBe('Parcours client — Jeunes parents');
  });

  it.each([
    ['Journey map', null],
    [' journey MAP ', null],
    ['Journey map — Young parents', 'Young parents'],
    ['Parcours client: Seniors', 'Seniors'],
    ['journey map - Students', 'Students'],
    ['Journey mapping', undefined],
    ['Use cases', undefined],
  ])('recognise %p as the map of %p', (tab, persona) => {
    expect(journeyTabPersona(tab)).toBe(persona);
  });
});

describe('checkPersonaName', () => {
  it('accepts a name and gives the tab it makes', () => {
    expect(checkPersonaName(' Young  parents ', TABS, 'en')).toEqual({
      ok: true,
      persona: 'Young parents',
      tab: 'Journey map — Young parents',
    });
  });

  it.each(['', '   ', null, undefined, {}])('refuses a blank name (%p)', (name) => {
    expect(checkPersonaName(name, TABS, 'en')).toEqual({ ok: false, problem: { kind: 'blank' } });
  });

  it(`refuses a name over ${MAX_PERSONA_LENGTH} characters, and takes one of exactly ${MAX_PERSONA_LENGTH}`, () => {
    expect(checkPersonaName('x'.repeat(61), TABS, 'en')).toEqual({
      ok: false,
      problem: { kind: 'tooLong', length: 61 },
    });
    expect(checkPersonaName('x'.repeat(60), TABS, 'en').ok).toBe(true);
    // Characters, not UTF-16 units: an emoji counts once.
    expect(checkPersonaName('👪'.repeat(60), TABS, 'en').ok).toBe(true);
  });

  it.each([':', '\\', '/', '?', '*', '[', ']'])('refuses %p, which a tab name cannot hold', (character) => {
    expect(checkPersonaName(`Young ${character} parents`, TABS, 'en')).toEqual({
      ok: false,
      problem: { kind: 'forbidden', characters: [character] },
    });
  });

  it('refuses a control character and a name ending with an apostrophe, naming each once', () => {
    expect(checkPersonaName('A\u0007B\u0007', TABS, 'en')).toEqual({
      ok: false,
      problem: { kind: 'forbidden', characters: ['U+0007'] },
    });
    expect(checkPersonaName("Parents'", TABS, 'en')).toEqual({
      ok: false,
      problem: { kind: 'forbidden', characters: ["'"] },
    });
    expect(checkPersonaName("Parents d'ados", TABS, 'fr').ok).toBe(true);
  });

  it.each([
    ['Journey map — Young parents', 'young PARENTS'],
    ['journey map —  young parents ', 'Young parents'],
    ['Journey map — Parents’ club', "Parents' club"],
    ['Parcours client — Young parents', 'Young parents'],
    ['Journey map: Young parents', 'Young parents'],
  ])('refuses a name whose map is already the tab %p', (existing, name) => {
    expect(checkPersonaName(name, [...TABS, existing], 'en')).toEqual({
      ok: false,
      problem: { kind: 'taken', tab: existing },
    });
  });
});
