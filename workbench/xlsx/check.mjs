// `npm run xlsx:check` (opt-in, never in npm test or CI): writes the template with 81 more scenarios as
// test-output/omnichannel-<locale>.xlsx, has LibreOffice print it to PDF and renders the pages as PNG to look at.
// Needs `apt-get install -y libreoffice-calc-nogui poppler-utils`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'test-output');
const script = join(root, '.workbench', 'xlsx-check.cjs');
const entry = `
import { writeFileSync } from 'node:fs';
import { WorkbenchSession } from './workbench/session';
import { toXlsx } from './workbench/xlsx';

const [locale, file, name, target] = process.argv.slice(2);
const session = new WorkbenchSession({ locale, start: 'empty' });
session.runMenuItem('setUpTemplate');
// The scenario the test adds, then enough more that the longer tabs print on several pages.
const phases = ['welcome', 'activation', 'relationship', 'upsell'];
for (let i = 0; i <= 80; i++) {
  const added = session.runServerFunction('addScenario', [{
    name: i === 0 ? name : name + ' ' + i, programme: 'Activation', target: i === 0 ? target : target + ' ' + (i % 12),
    phase: phases[i % 4], channel: 'Email', triggerType: 'behaviour', trigger: 'Signs up to the newsletter',
    steps: [{ day: 0, channel: 'Email', message: 'Welcome and brand story' }, { day: 3, channel: 'SMS', message: 'Code' }],
    dataNeeds: [{ variable: 'First name', source: 'CRM' }],
  }]);
  if (!added.ok) throw new Error(added.error);
}
toXlsx(session.book).then((buffer) => writeFileSync(file, buffer));
`;
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: script,
  external: ['exceljs'],
  logLevel: 'warning',
});

const run = (command, args, cwd = out) => {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} failed (${result.error?.message ?? result.status})`);
};
mkdirSync(out, { recursive: true });
const started = Date.now();
for (const [locale, name, target] of [
  ['en_US', 'Welcome series', 'New customers'],
  ['fr_FR', 'Série de bienvenue', 'Nouveaux clients'],
]) {
  const base = `omnichannel-${locale}`;
  for (const old of readdirSync(out).filter((f) => f.startsWith(`${base}-page`))) rmSync(join(out, old));
  run(process.execPath, [script, locale, join(out, `${base}.xlsx`), name, target], root);
  run('soffice', ['--headless', '--convert-to', 'pdf', `${base}.xlsx`]);
  run('pdftoppm', ['-png', '-r', '60', `${base}.pdf`, `${base}-page`]);
  const pages = readdirSync(out).filter((f) => f.startsWith(`${base}-page`));
  console.log(`${locale}: ${pages.map((p) => join('test-output', p)).join(' ')}`);
}
console.log(`LibreOffice check done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
