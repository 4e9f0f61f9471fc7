// The method's chain as it ships: the new globals declared at the top level of dist/Code.js, each one called as
// Apps Script calls it (their menu items are with the whole menu in bundle.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialogs, formulasOf, tabNames, valuesAt } from '../support/chain-helpers';
import { DIST, loadBundle, makeEnv, plain } from '../support/env';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');

describe('the chain’s globals in dist/Code.js', () => {
  it.each(['draftUseCases', 'refreshSummary'])('declares %s as a top-level function', (name) => {
    expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });
});

describe('the chain through the bundle', () => {
  it('sets up, drafts use cases, prioritises, adds a scenario serving one, and sees its gap disappear', () => {
    const env = makeEnv({ locale: 'fr_FR' });
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    expect(tabNames(env)[0]).toBe('Synthèse');
    const drafted = plain(bundle.draftUseCases()) as { added: { id: string; touchpoint: string }[] };
    expect(drafted.added.map((a) => a.id)).toEqual(['UC-06', 'UC-07']);
    expect(dialogs(env)[0].title).toBe('Cas d’usage depuis le parcours');
    bundle.prioritiseUseCases();
    const before = plain(bundle.refreshSummary()) as {
      gaps: { uncoveredTouchpoints: unknown[]; unplannedUseCases: { id: string }[] };
    };
    expect(before.gaps.uncoveredTouchpoints).toEqual([]);
    expect(before.gaps.unplannedUseCases.map((u) => u.id)).toContain('UC-01');
    const added = plain(
      bundle.addScenario({
        name: 'Click & collect',
        useCase: 'UC-01',
        programme: 'Conversion',
        target: 'Tous les contacts',
        phase: 'Activation',
        channel: 'Email',
        triggerType: 'behaviour',
        trigger: 'Consulte un produit',
        steps: [{ day: 0, channel: 'Email', message: 'Retrait gratuit en magasin' }],
      }),
    ) as { id: string; row: number };
    expect(valuesAt(env, 'Scénarios')[added.row - 1][2]).toBe('UC-01');
    const after = plain(bundle.refreshSummary()) as { gaps: { unplannedUseCases: { id: string }[] } };
    expect(after.gaps.unplannedUseCases.map((u) => u.id)).not.toContain('UC-01');
    expect(
      formulasOf(env, 'Synthèse')
        .flat()
        .filter(Boolean)
        .every((f) => !/,/.test(f.replace(/"[^"]*"/g, ''))),
    ).toBe(true);
  });

  it('shows a refusal from drafting as a dialog and returns it', () => {
    const env = makeEnv();
    const result = plain(loadBundle(env).draftUseCases()) as { error: string };
    expect(result.error).toMatch(/Set up the template tabs/);
    expect(dialogs(env)[0].prompt).toBe(result.error);
  });

  it('refreshes a summary even in an empty spreadsheet, creating its tab first', () => {
    const env = makeEnv();
    const json = plain(loadBundle(env).refreshSummary()) as { missing: string[] };
    expect(json.missing).toHaveLength(4);
    expect(tabNames(env)).toEqual(['Summary', 'Sheet1']);
  });
});
