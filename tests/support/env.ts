/**
 * Test environments: a fake spreadsheet with the Apps Script services around it, installed either on
 * globalThis (to call the TypeScript sources) or in a fresh node:vm context with dist/Code.js loaded
 * (to call what ships, as Apps Script does).
 */
import {
  Bundle,
  FakeServices,
  FakeServicesOptions,
  FakeSpreadsheet,
  FakeSpreadsheetOptions,
  createServices,
  distDir,
  distHtmlFiles,
  installServices,
  loadBundle as loadBundleInto,
  uninstallServices,
} from '../../fake';

export type { Bundle };
export { distHtmlFiles };

/** The built add-on; tests and the benchmark run from the repository root. */
export const DIST = distDir();

export interface Env extends FakeServices {
  book: FakeSpreadsheet;
}

export function makeEnv(options: FakeSpreadsheetOptions & FakeServicesOptions = {}): Env {
  const book = new FakeSpreadsheet(options);
  const services = createServices(book, { ...options, htmlFiles: options.htmlFiles ?? distHtmlFiles() });
  return { ...services, book };
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

/** dist/Code.js in a fresh vm context whose globals are the fakes. */
export function loadBundle(env: Env): Bundle {
  return loadBundleInto(env);
}

/** Values crossing back from the vm context, made plain so toEqual compares shapes, not realms. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
