// The scenario validation on its own, as both the server and the sidebar run it: every refusal, in both
// languages, names its field and says what to do.
import fc from 'fast-check';
import { formatSequence, validateScenario } from '../../src/core/scenario';
import { fieldError, fixOf, formFields, parseRefusal } from '../../src/core/scenario-fields';

const full = {
  name: 'Welcome series',
  useCase: 'UC-01',
  programme: 'Activation',
  target: 'New customers',
  phase: 'welcome',
  channel: 'Email',
  triggerType: 'behaviour',
  trigger: 'Signs up',
  steps: [
    { day: 0, channel: 'Email', message: 'Welcome' },
    { day: 3, channel: 'SMS', message: 'First-order code' },
  ],
  dataNeeds: [{ variable: 'First name', source: 'CRM' }],
};
const context = { existingNames: ['Abandoned cart'], useCaseIds: ['UC-01', 'UC-02'] };

const refusals: [string, unknown, string, string, string][] = [
  [
    'a missing name',
    { ...full, name: undefined },
    'name',
    'Scenario name: this is required: fill it in',
    'Nom du scénario : ce champ est obligatoire : remplissez-le',
  ],
  [
    'a name too long',
    { ...full, name: 'x'.repeat(101) },
    'name',
    'Scenario name: at most 100 characters: shorten it',
    'Nom du scénario : 100 caractères au plus : raccourcissez-le',
  ],
  [
    'a name taken (any case)',
    { ...full, name: 'ABANDONED cart' },
    'name',
    'Scenario name: a scenario named “ABANDONED cart” already exists',
    'Nom du scénario : un scénario nommé « ABANDONED cart » existe déjà',
  ],
  [
    'an unknown use case',
    { ...full, useCase: 'UC-99' },
    'useCase',
    'Use case: no use case has the ID “UC-99”: pick one from the list',
    'Cas d’usage : aucun cas d’usage n’a l’ID « UC-99 » : choisissez-en un dans la liste',
  ],
  [
    'an unknown phase',
    { ...full, phase: 'Retention' },
    'phase',
    'Phase (when): choose Welcome, Activation, Relationship or Upsell',
    'Phase (quand) : choisissez Bienvenue, Activation, Relationnel ou Upsell',
  ],
  [
    'an unknown trigger type',
    { ...full, triggerType: 'mood' },
    'triggerType',
    'Trigger type: choose Behaviour or Event',
    'Type de déclencheur : choisissez Comportement ou Événement',
  ],
  [
    'no steps',
    { ...full, steps: [] },
    'steps',
    'Message sequence: add at least one step',
    'Séquence de messages : ajoutez au moins une étape',
  ],
  [
    'steps not a list',
    { ...full, steps: 'D+1' },
    'steps',
    'Message sequence: this must be a list',
    'Séquence de messages : ce champ doit être une liste',
  ],
  [
    '21 steps',
    { ...full, steps: Array.from({ length: 21 }, () => full.steps[0]) },
    'steps',
    'Message sequence: at most 20: remove some',
    'Séquence de messages : 20 au plus : retirez-en',
  ],
  [
    'a blank day',
    { ...full, steps: [{ day: null, channel: 'Email', message: 'x' }] },
    'steps.0.day',
    'Step 1, day: a whole number of days from 0 to 365',
    'Étape 1, jour : un nombre entier de jours de 0 à 365',
  ],
  [
    'a fractional day',
    { ...full, steps: [{ day: 1.5, channel: 'Email', message: 'x' }] },
    'steps.0.day',
    'Step 1, day: a whole number',
    'Étape 1, jour : un nombre entier',
  ],
  [
    'days going backwards',
    {
      ...full,
      steps: [
        { day: 5, channel: 'Email', message: 'a' },
        { day: 1, channel: 'Email', message: 'b' },
      ],
    },
    'steps.1.day',
    'Step 2, day: the days go backwards (5 then 1)',
    'Étape 2, jour : les jours reculent (5 puis 1)',
  ],
  [
    'a step without message',
    { ...full, steps: [{ day: 1, channel: 'Email', message: '' }] },
    'steps.0.message',
    'Step 1, message: this is required',
    'Étape 1, message : ce champ est obligatoire',
  ],
  [
    'a data need without variable',
    { ...full, dataNeeds: [{ variable: '', source: 'CRM' }] },
    'dataNeeds.0.variable',
    'Data need 1, variable: this is required',
    'Besoin 1, variable : ce champ est obligatoire',
  ],
  [
    '31 data needs',
    { ...full, dataNeeds: Array.from({ length: 31 }, () => full.dataNeeds[0]) },
    'dataNeeds',
    'Data needs: at most 30: remove some',
    'Besoins de données : 30 au plus : retirez-en',
  ],
  [
    'a non-text target',
    { ...full, target: 42 },
    'target',
    'Target (who): this must be text',
    'Cible (qui) : ce champ doit être du texte',
  ],
];

describe('validateScenario', () => {
  it('accepts a complete scenario, tidied, with its phase and trigger type known in any language or case', () => {
    const result = validateScenario(
      { ...full, name: '  Welcome   series ', phase: 'BIENVENUE', triggerType: 'Comportement' },
      context,
      'en',
    );
    expect(result).toEqual({
      ok: true,
      scenario: { ...full, name: 'Welcome series', phase: 'welcome', triggerType: 'behaviour' },
    });
  });

  it.each(refusals)('refuses %s, naming the field (en and fr)', (_case, input, field, en, fr) => {
    for (const [language, message] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const result = validateScenario(input, context, language);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((e) => e.field)).toEqual([field]);
      expect(result.errors[0].message.startsWith(message)).toBe(true);
    }
  });

  it('refuses something that is not a scenario at all', () => {
    expect(validateScenario('Welcome series', context, 'fr')).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'le scénario doit être un objet avec ses champs' }],
    });
  });

  it('leaves the use case optional, and unchecked where the IDs are not known (the sidebar before sending)', () => {
    expect(validateScenario({ ...full, useCase: '' }, context, 'en').ok).toBe(true);
    expect(validateScenario({ ...full, useCase: 'UC-99' }, { existingNames: [] }, 'en').ok).toBe(true);
    expect(validateScenario({ ...full, useCase: 'uc-02' }, context, 'en').ok).toBe(true);
  });

  it('ignores a data-need line left entirely blank', () => {
    const result = validateScenario({ ...full, dataNeeds: [{ variable: ' ', source: '' }] }, context, 'en');
    expect(result.ok && result.scenario.dataNeeds).toEqual([]);
  });
});

describe('formatSequence', () => {
  it('write the sequence one step per line, D+ in English and J+ in French', () => {
    expect(formatSequence(validSteps(), 'en')).toBe('D+0 · Email · Welcome\nD+3 · SMS · First-order code');
    expect(formatSequence(validSteps(), 'fr')).toBe('J+0 · Email · Welcome\nJ+3 · SMS · First-order code');
  });
});

function validSteps() {
  return full.steps.map((s) => ({ ...s, day: s.day }));
}

describe('a refusal read back by the sidebar', () => {
  it('maps every field’s message back to that field, whatever the fix says (round trip)', () => {
    const shape = fc.record({ steps: fc.integer({ min: 1, max: 20 }), dataNeeds: fc.integer({ min: 0, max: 30 }) });
    fc.assert(
      fc.property(
        shape,
        fc.nat(),
        fc.string({ minLength: 1 }).filter((s) => !s.includes('\n') && s.trim() !== ''),
        fc.constantFrom('en' as const, 'fr' as const),
        (form, pick, fix, language) => {
          const fields = formFields(form.steps, form.dataNeeds);
          const field = fields[pick % fields.length];
          const { message } = fieldError(field, fix, language);
          expect(parseRefusal(`Error: ${message}`, form, language)).toEqual([{ field, message }]);
          expect(fixOf(field, message, language).slice(1)).toBe(fix.slice(1));
        },
      ),
    );
  });

  it('keeps a line about no field as it is, for above the form', () => {
    expect(parseRefusal('ScriptError: Someone else is updating', { steps: 1, dataNeeds: 0 }, 'en')).toEqual([
      { field: null, message: 'Someone else is updating' },
    ]);
  });
});
