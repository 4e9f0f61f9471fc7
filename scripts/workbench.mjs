// `npm start`: bundles the workbench server for Node (it imports the fake and the session in TypeScript) and runs it.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.workbench', 'cli.cjs');
await build({
  entryPoints: [join(root, 'workbench/cli.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  external: ['esbuild', 'exceljs'],
  logLevel: 'warning',
});
const child = spawn(process.execPath, [outfile], { stdio: 'inherit', cwd: root, env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
