// The layers are held by the linter: an import against the flow main → (features, ui) → … → core is refused.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * Lints snippets as if they were files of src, with the project's own config. ESLint loads its config with a
 * dynamic import, which Jest's sandbox cannot do: one Node process lints them all.
 */
function lint(cases: [string, string][]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const cases = JSON.parse(await new Promise((done) => { let s = ''; process.stdin.on('data', (d) => (s += d)); process.stdin.on('end', () => done(s)); }));
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const [file, code] of cases) {
      const [result] = await eslint.lintText(code, { filePath: file });
      out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
    }
    console.log(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    input: JSON.stringify(cases.map(([file, code]) => [join(ROOT, file), code])),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

describe('import rules', () => {
  const refusedCases: [string, string][] = [
    ['src/core/x.ts', "import { a } from '../sheets/workbook';"],
    ['src/core/x.ts', "import { a } from '../features/prioritise-use-cases';"],
    ['src/core/ideas/x.ts', "import { a } from '../../ui/run';"],
    ['src/core/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src/sheets/x.ts', "import { a } from '../features/add-scenario';"],
    ['src/sheets/x.ts', "import { a } from '../ui/notify';"],
    ['src/ui/x.ts', "import { a } from '../features/set-up-template';"],
    ['src/features/x.ts', "import { a } from '../sidebar/form';"],
    ['src/features/x.ts', "import { a } from '../main';"],
    ['src/main.ts', "import { a } from './sheets/workbook';"],
    ['src/main.ts', "import { a } from './core/messages';"],
    ['src/sidebar/x.ts', "import { a } from '../sheets/workbook';"],
    ['src/features/x.ts', "import { a } from '../../fake';"],
    ['src/core/x.ts', "import { a } from '../../tests/support/env';"],
  ];
  const acceptedCases: [string, string][] = [
    [
      'src/features/x.ts',
      "import { a } from '../ui/notify';\nimport { b } from '../sheets/lock';\nimport { c } from '../core/text';",
    ],
    ['src/ui/x.ts', "import { a } from '../sheets/workbook';\nimport { b } from '../core/messages';"],
    ['src/sheets/x.ts', "import { a } from '../core/table';\nimport { b } from './types';"],
    ['src/core/ideas/x.ts', "import { a } from '../vocabulary';"],
    ['src/sidebar/x.ts', "import { a } from '../core/scenario';\nimport { b } from './dom';"],
    ['src/main.ts', "import { a } from './features/add-scenario';\nimport type { B } from './core/contract';"],
  ];
  const results = lint([...refusedCases, ...acceptedCases]);

  it.each(refusedCases.map((c, i) => [...c, i] as const))('refuses in %s: %s', (_file, _code, i) => {
    expect(results[i]).toHaveLength(1);
  });

  it.each(acceptedCases.map((c, i) => [...c, refusedCases.length + i] as const))(
    'accepts in %s the imports of the flow',
    (_file, _code, i) => {
      expect(results[i]).toEqual([]);
    },
  );
});
