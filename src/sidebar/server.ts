/**
 * google.script.run as promises, typed by the contract in core/contract.ts: the sidebar can only call a function
 * the server declares, with the arguments it takes, and gets what crosses back as JSON.
 */
import { Jsonify, SidebarServer } from '../core/contract';

type Runner = {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner; host: { close(): void } } };

export function callServer<K extends keyof SidebarServer>(
  name: K,
  ...args: Parameters<SidebarServer[K]>
): Promise<Jsonify<ReturnType<SidebarServer[K]>>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Jsonify<ReturnType<SidebarServer[K]>>))
      .withFailureHandler((error) => reject(error));
    runner[name](...args);
  });
}

export function closeSidebar(): void {
  google.script.host.close();
}
