// What a menu action says when Sheets fails to show it: the work it did stands and is never called undone, and no
// raw error reaches the person. Found by the chaos test (seeds 146 and 166), which fails Sheets calls at random.
import { tabNames, valuesAt } from '../support/chain-helpers';
import { loadBundle, makeEnv, plain } from '../support/env';

describe('a menu action whose notice Sheets fails to show', () => {
  it('keeps the use cases it drafted and says so in a toast when the report dialog fails', () => {
    const env = makeEnv();
    const bundle = loadBundle(env);
    bundle.setUpTemplate();
    env.book.log.failOn('Ui.alert');
    const result = plain(bundle.draftUseCases()) as { added: { id: string }[]; error?: string };
    expect(result.error).toBeUndefined();
    expect(result.added.map((a) => a.id)).toEqual(['UC-06', 'UC-07']);
    expect(valuesAt(env, 'Use cases').map((row) => row[0])).toContain('UC-07');
    expect(env.book.view.toasts.at(-1)?.message).toMatch(/2 use cases/);
    expect(env.ui.view.alerts.map((a) => a.prompt).join('\n')).not.toMatch(/Nothing was changed/);
  });

  it('returns what set-up created when its toast fails, rather than say nothing was changed', () => {
    const env = makeEnv();
    env.book.log.failOn('Spreadsheet.toast');
    const result = plain(loadBundle(env).setUpTemplate()) as { created: string[]; error?: string };
    expect(result.error).toBeUndefined();
    expect(result.created).toContain('Journey map');
    expect(tabNames(env)).toContain('Journey map');
    expect(env.ui.view.alerts).toEqual([]);
  });

  it('returns a refusal and shows it in a toast when its dialog fails, rather than throw', () => {
    const env = makeEnv();
    env.lock.heldElsewhere = true;
    env.book.log.failOn('Ui.alert');
    const result = plain(loadBundle(env).setUpTemplate()) as { error: string };
    expect(result.error).toMatch(/try again/);
    expect(env.book.view.toasts.at(-1)?.message).toBe(result.error);
  });
});
