/** Builds the workbench page and the sidebar bridge with esbuild, in memory, when the server starts. */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ClientAssets {
  /** The workbench page, CSS and JS inlined. */
  page: string;
  /** The google.script.run bridge injected into each sidebar the add-on opens. */
  bridge: string;
}

const root = join(process.cwd(), 'workbench', 'client');
/** The page's styles, in the order they apply. */
const STYLES = ['page.css', 'grid.css'];

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  // Inlined in a <script>: a "</script" inside would end it early.
  return result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
}

export async function buildClient(): Promise<ClientAssets> {
  const [script, bridge] = await Promise.all([bundle('main.ts'), bundle('bridge.ts')]);
  const css = STYLES.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
  const page = readFileSync(join(root, 'page.html'), 'utf8')
    .replace('<!-- inline:style -->', () => `<style>${css}</style>`)
    .replace('<!-- inline:script -->', () => `<script>${script}</script>`);
  return { page, bridge };
}
