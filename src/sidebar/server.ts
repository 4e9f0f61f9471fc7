/**
 * google.script.run as promises, typed by the server functions the sidebar may call. Only JSON-representable
 * values cross (no dates, no functions): the payload types in core/scenario.ts are plain data.
 */
import { AddedScenario, ScenarioInput, SidebarOptions } from '../core/scenario';

export interface ServerFunctions {
  getSidebarOptions(): SidebarOptions;
  addScenario(input: ScenarioInput): AddedScenario;
}

type Runner = {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner; host: { close(): void } } };

export function callServer<K extends keyof ServerFunctions>(
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<ReturnType<ServerFunctions[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerFunctions[K]>))
      .withFailureHandler((error) => reject(error));
    runner[name](...args);
  });
}

export function closeSidebar(): void {
  google.script.host.close();
}
