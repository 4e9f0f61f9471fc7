// The workbench's own words: one bilingual record the compiler checks (a word without its French or English does
// not compile), and every word page.html marks for translation is in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { SENTENCES, WORDS } from '../../workbench/client/words';

const ROOT = join(__dirname, '..', '..');
const WORDS_FILE = join(ROOT, 'workbench/client/words.ts');

const config = ts.getParsedCommandLineOfConfigFile(
  join(ROOT, 'workbench/client/tsconfig.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
)!;

function errorsWith(edit: (source: string) => string): string[] {
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === WORDS_FILE ? edit(readFileSync(WORDS_FILE, 'utf8')) : read(name));
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the workbench’s words', () => {
  it('compile as they are', () => {
    expect(errorsWith((source) => source)).toEqual([]);
  });

  it.each([
    [
      'a word',
      `title: { en: 'Omnichannel workbench', fr: 'Banc d’essai Omnicanal' }`,
      `title: { en: 'Omnichannel workbench' }`,
    ],
    ['a sentence', 'fill: { en: (colour) => `Fill: ${colour}`, fr:', 'fill: { en: (colour) => `Fill: ${colour}`, de:'],
  ])('without its French, %s is a type error', (_what, whole, cut) => {
    const source = readFileSync(WORDS_FILE, 'utf8');
    expect(source).toContain(whole);
    expect(errorsWith((text) => text.replace(whole, cut)).join('\n')).toMatch(/'fr'/);
  });

  it('hold every word page.html marks, in both languages', () => {
    const html = readFileSync(join(ROOT, 'workbench/client/page.html'), 'utf8');
    const marked = [...html.matchAll(/data-word(?:-label|-title)?="([^"]+)"/g)].map((m) => m[1]);
    expect(marked.length).toBeGreaterThan(10);
    for (const key of marked) expect(Object.keys(WORDS)).toContain(key);
  });

  it('say each sentence in each language, the menu named as the add-on names it', () => {
    for (const sentence of Object.values(SENTENCES)) {
      expect(sentence.en('x')).not.toBe(sentence.fr('x'));
      expect(`${sentence.en('x')} ${sentence.fr('x')}`).not.toMatch(/undefined/);
    }
    expect(SENTENCES.hintEmpty.fr()).toBe(
      'Un classeur vide, tel que Google le donne : commencez par Omnicanal › Créer les onglets du modèle.',
    );
  });
});
