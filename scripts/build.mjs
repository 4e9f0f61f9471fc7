// Builds dist/ for `clasp push`:
// - Code.js: src/main.ts bundled as one classic script (an IIFE), followed by a top-level
//   `function name() {}` forwarder for every export of the entry, generated here so no list of
//   names is kept by hand; Apps Script only sees top-level function declarations.
// - appsscript.json, copied.
// - one self-contained HTML file per page the add-on serves (CSS and JS inlined, nothing from a CDN).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = 'OmnichannelAddOn';
const TARGET = 'es2019';

/** HTML pages served by HtmlService: name (as createHtmlOutputFromFile sees it) and sources. */
const PAGES = [
  {
    name: 'Sidebar',
    html: 'src/sidebar/sidebar.html',
    script: 'src/sidebar/main.ts',
    style: 'src/sidebar/sidebar.css',
  },
  {
    name: 'Ideas',
    html: 'src/sidebar/ideas/ideas.html',
    script: 'src/sidebar/ideas/main.ts',
    style: 'src/sidebar/ideas/ideas.css',
  },
];

async function entryExports() {
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    target: TARGET,
    write: false,
    metafile: true,
    outfile: 'entry.mjs',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return output.exports;
}

async function buildCode() {
  const names = await entryExports();
  if (names.length === 0) throw new Error('src/main.ts exports nothing: Apps Script would find no function to run.');
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: TARGET,
    platform: 'neutral',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  const forwarders = names
    .map((name) => `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}`)
    .join('\n\n');
  const code = `// Built by scripts/build.mjs from src/: do not edit, edit src/ and run \`npm run build\`.\n${bundle}\n${forwarders}\n`;
  if (/^\s*(import|export)\s/m.test(code))
    throw new Error('dist/Code.js still holds an import or export: Apps Script would refuse it.');
  writeFileSync(join(dist, 'Code.js'), code);
  return names;
}

async function buildPage(page) {
  const script = await build({
    entryPoints: [join(root, page.script)],
    bundle: true,
    format: 'iife',
    target: TARGET,
    platform: 'browser',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    minify: true,
    logLevel: 'warning',
  });
  const css = await build({
    entryPoints: [join(root, page.style)],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'warning',
  });
  // A "</script" or "</style" inside inlined code would end the element early.
  const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const style = css.outputFiles[0].text.replace(/<\/(style)/gi, '<\\/$1');
  const template = readFileSync(join(root, page.html), 'utf8');
  for (const marker of ['<!-- inline:style -->', '<!-- inline:script -->']) {
    if (!template.includes(marker)) throw new Error(`${page.html} lacks the marker ${marker}`);
  }
  const html = template
    .replace('<!-- inline:style -->', () => `<style>${style}</style>`)
    .replace('<!-- inline:script -->', () => `<script>${js}</script>`);
  if (/<(script|link)[^>]+(src|href)=["']?(https?:)?\/\//i.test(html)) {
    throw new Error(`${page.name}.html loads something from the network: inline it instead.`);
  }
  writeFileSync(join(dist, `${page.name}.html`), html);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const names = await buildCode();
writeFileSync(join(dist, 'appsscript.json'), readFileSync(join(root, 'appsscript.json')));
const pages = PAGES.filter((page) => existsSync(join(root, page.html)));
for (const page of pages) await buildPage(page);
console.log(
  `dist/ built: Code.js (${names.join(', ')}), appsscript.json${pages.map((p) => `, ${p.name}.html`).join('')}`,
);
