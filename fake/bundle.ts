/**
 * Runs a built Apps Script bundle (dist/Code.js) the way Apps Script does: one classic script in a fresh global
 * scope whose globals are the fake services. Shared by the tests, the benchmark and the workbench.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { FakeServices, installServices } from './services';

export type Bundle = Record<string, (...args: unknown[]) => unknown>;

/** The built add-on; everything runs from the repository root. */
export function distDir(): string {
  return process.env.ADDON_DIST ?? join(process.cwd(), 'dist');
}

const declared = new WeakMap<Bundle, string[]>();

/** The context shares the host's Date so dates read from the fake are dates to the bundle, as in one runtime. */
export function loadBundle(services: FakeServices, code = readFileSync(join(distDir(), 'Code.js'), 'utf8')): Bundle {
  const context: Record<string, unknown> = { console, Date };
  installServices(context, services);
  const provided = new Set(Object.keys(context));
  vm.createContext(context);
  vm.runInContext(code, context, { filename: 'Code.js' });
  const bundle = context as Bundle;
  declared.set(
    bundle,
    Object.keys(context).filter((name) => !provided.has(name) && typeof context[name] === 'function'),
  );
  return bundle;
}

/**
 * The top-level functions the script itself declares: all that menus, triggers and google.script.run can reach
 * (not the globals the fakes provide, nor anything inherited such as `constructor`).
 */
export function declaredFunctions(bundle: Bundle): string[] {
  return [...(declared.get(bundle) ?? [])];
}

/** An error's message, whichever realm threw it (the bundle's errors are not the host's Error instances). */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

/** The HTML files the build wrote, as createHtmlOutputFromFile finds them (by name without .html). */
export function distHtmlFiles(names: readonly string[] = ['Sidebar', 'Ideas']): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of names) {
    try {
      files[name] = readFileSync(join(distDir(), `${name}.html`), 'utf8');
    } catch {
      // Not built: createHtmlOutputFromFile will say so, as Apps Script would.
    }
  }
  return files;
}
