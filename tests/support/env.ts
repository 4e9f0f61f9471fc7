/**
 * Test environments: a fake spreadsheet with the Apps Script services around it, installed either on
 * globalThis (to call the TypeScript sources) or in a fresh node:vm context with dist/Code.js loaded
 * (to call what ships, as Apps Script does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import {
  FakeServices, FakeServicesOptions, FakeSpreadsheet, FakeSpreadsheetOptions, createServices, installServices, uninstallServices,
} from '../../fake';

/** The built add-on; tests and the benchmark run from the repository root. */
export const DIST = join(process.cwd(), 'dist');

export interface Env extends FakeServices {
  book: FakeSpreadsheet;
}

export function makeEnv(options: FakeSpreadsheetOptions & FakeServicesOptions = {}): Env {
  const book = new FakeSpreadsheet(options);
  const services = createServices(book, { ...options, htmlFiles: options.htmlFiles ?? distHtmlFiles() });
  return { ...services, book };
}

/** The HTML files the build wrote, as createHtmlOutputFromFile finds them. */
export function distHtmlFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ['Sidebar']) {
    try {
      files[name] = readFileSync(join(DIST, `${name}.html`), 'utf8');
    } catch {
      // Not built (yet): createHtmlOutputFromFile will say so, as Apps Script would.
    }
  }
  return files;
}

/** Runs `fn` with the fake services on globalThis, then removes them. */
export function withGlobals<T>(env: Env, fn: () => T): T {
  const target = globalThis as unknown as Record<string, unknown>;
  installServices(target, env);
  try {
    return fn();
  } finally {
    uninstallServices(target, env);
  }
}

export type Bundle = Record<string, (...args: unknown[]) => unknown>;

/**
 * dist/Code.js in a fresh vm context whose globals are the fakes: one classic script, as Apps Script loads it.
 * The context shares the host's Date so dates read from the fake are dates to the bundle, as in one runtime.
 */
export function loadBundle(env: Env): Bundle {
  const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
  const context: Record<string, unknown> = { console, Date };
  installServices(context, env);
  vm.createContext(context);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context as Bundle;
}

/** Values crossing back from the vm context, made plain so toEqual compares shapes, not realms. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
