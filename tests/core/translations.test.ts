// A string without its French (or English) must not compile, wherever it is declared: this test removes one
// language from the first record of each file that holds people's words and asks the compiler.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const FILES = [
  'src/core/messages/common.ts',
  'src/core/messages/colours.ts',
  'src/core/messages/prioritise.ts',
  'src/core/messages/personas.ts',
  'src/core/messages/ideas.ts',
  'src/core/messages/chain.ts',
  'src/core/scenario-text.ts',
  'src/core/vocabulary.ts',
  'src/core/templates/journey-map-text.ts',
  'src/core/templates/use-cases-text.ts',
  'src/core/templates/scenario-map-text.ts',
  'src/core/templates/data-needs-text.ts',
  'src/core/templates/summary-text.ts',
  'src/core/templates/kpis-text.ts',
  'src/core/ideas/website-and-app.ts',
  'src/core/ideas/sidebar-text.ts',
  'src/core/scenario-models/conversion-and-activation.ts',
];

const config = ts.getParsedCommandLineOfConfigFile(
  join(ROOT, 'src/core/tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  },
)!;
const baseline = ts.createProgram({ rootNames: config.fileNames, options: config.options });

/**
 * The compiler's errors in one file of the core and the files importing it, with `edit` applied to that file
 * (unchanged files are reused).
 */
function errorsWith(file: string, edit: (source: string) => string): string[] {
  const host = ts.createCompilerHost(config.options);
  const target = join(ROOT, file);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === target ? edit(readFileSync(target, 'utf8')) : read(name));
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    host,
    oldProgram: baseline,
  });
  // A record missing a language fails where it is declared (`satisfies`) or where it is used: check only there.
  const name = basename(file, '.ts');
  const checked = program.getSourceFiles().filter((f) => f.fileName === target || f.text.includes(`/${name}'`));
  return checked
    .flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** The source without the first `<language>: '…'` property (and the comma that joined it to its neighbour). */
function withoutFirst(language: string, source: string): string {
  return source.replace(new RegExp(`,?\\s*\\b${language}: (['"\`])(?:\\\\.|(?!\\1)[^\\\\])*\\1,?`), '');
}

describe('a missing translation', () => {
  it('leaves the core compiling as it is', () => {
    expect(ts.getPreEmitDiagnostics(baseline).map((d) => d.messageText)).toEqual([]);
  });

  it.each(FILES)('in %s is a type error', (file) => {
    for (const language of ['fr', 'en']) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      expect(withoutFirst(language, source)).not.toBe(source);
      const errors = errorsWith(file, (text) => withoutFirst(language, text));
      expect(errors.join('\n')).toMatch(new RegExp(`'${language}'`));
    }
  });
});
