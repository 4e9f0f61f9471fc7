// `npm run deploy` stops before testing, with the one thing to do, when clasp could only fail later.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The deploy script run in a copy of the project's scripts, with its own home (no clasp credentials unless given). */
function deploy(files: Record<string, string>, args: string[] = [], credentials = false) {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-'));
  const home = mkdtempSync(join(tmpdir(), 'home-'));
  cpSync(join(ROOT, 'scripts', 'deploy.mjs'), join(dir, 'scripts', 'deploy.mjs'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  if (credentials) writeFileSync(join(home, '.clasprc.json'), '{}');
  const env = { ...process.env, HOME: home, clasp_config_auth: '' };
  const result = spawnSync(process.execPath, [join(dir, 'scripts', 'deploy.mjs'), ...args], { encoding: 'utf8', env });
  rmSync(dir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

const REAL_ID = '{"scriptId":"1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEFGH","rootDir":"dist"}';

describe('npm run deploy', () => {
  it('stops when .clasp.json still holds the placeholder, saying where to paste the id', () => {
    const run = deploy({ '.clasp.json': '{"scriptId":"PASTE_YOUR_SCRIPT_ID_HERE","rootDir":"dist"}' });
    expect(run.status).toBe(1);
    expect(run.out).toMatch(
      /placeholder script id\. Paste your project's ID into "scriptId" \(Apps Script editor › Project settings › Script ID\)/,
    );
  });

  it('stops when clasp has no credentials, saying to run npx clasp login', () => {
    const run = deploy({ '.clasp.json': REAL_ID });
    expect(run.status).toBe(1);
    expect(run.out).toContain('Run `npx clasp login` once');
  });

  it('goes ahead with a real id and credentials (checked only here)', () => {
    expect(deploy({ '.clasp.json': REAL_ID }, ['--check'], true)).toMatchObject({ status: 0 });
  });

  it('deploys to a test copy with deploy:dev, from .clasp.dev.json, and says how to make one', () => {
    const missing = deploy({ '.clasp.json': REAL_ID }, ['--dev', '--check'], true);
    expect(missing.status).toBe(1);
    expect(missing.out).toContain('Copy .clasp.json to .clasp.dev.json and paste the script ID of your test copy');
    const ready = deploy({ '.clasp.json': REAL_ID, '.clasp.dev.json': REAL_ID }, ['--dev', '--check'], true);
    expect(ready).toMatchObject({ status: 0, out: expect.stringContaining('.clasp.dev.json') });
  });
});
