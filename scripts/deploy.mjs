// `npm run deploy` (or `deploy:dev` with `--dev`): checks first what would only fail deep inside clasp (the
// placeholder script id, no clasp credentials), then tests once (npm test builds, type-checks, lints and runs every
// test), then pushes dist/ with clasp. `--check` stops after the checks.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const project = dev ? '.clasp.dev.json' : '.clasp.json';

/** What stops the deploy before it starts, said with the one thing to do; null when it can go ahead. */
function problem() {
  const file = join(root, project);
  if (!existsSync(file)) {
    return dev
      ? `${project} is missing. Copy .clasp.json to ${project} and paste the script ID of your test copy of the template into it (Apps Script editor › Project settings › Script ID).`
      : `${project} is missing: restore it from git (git checkout .clasp.json).`;
  }
  let scriptId = '';
  try {
    scriptId = String(JSON.parse(readFileSync(file, 'utf8')).scriptId ?? '');
  } catch {
    return `${project} is not valid JSON: fix it, then run this again.`;
  }
  if (!/^[A-Za-z0-9_-]{20,}$/.test(scriptId) || /PASTE|YOUR|SCRIPT_ID/i.test(scriptId)) {
    return `${project} still holds the placeholder script id. Paste your project's ID into "scriptId" (Apps Script editor › Project settings › Script ID), then run this again.`;
  }
  const auth = [process.env.clasp_config_auth, join(root, '.clasprc.json'), join(homedir(), '.clasprc.json')];
  if (!auth.some((path) => path && existsSync(path))) {
    return 'clasp has no credentials on this machine. Run `npx clasp login` once, then run this again.';
  }
  return null;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const stop = problem();
if (stop) {
  console.error(`Not deployed: ${stop}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  console.log(`Ready to deploy with ${project}.`);
  process.exit(0);
}
run('npm', ['test']);
run('npx', ['clasp', '-P', project, 'push', '--force']);
