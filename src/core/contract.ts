/**
 * What crosses google.script.run, declared once: the server functions each sidebar calls, with their argument
 * and result types. src/main.ts is checked against it by the compiler, and the sidebars call the server through
 * it (src/sidebar/server.ts), so a renamed function or a changed payload fails `npm run typecheck`.
 */
import { AddedUseCase, IdeaAsUseCaseInput, IdeasPayload, PlaceIdeaInput, PlacedIdea } from './ideas/payload';
import { AddedScenario, ScenarioInput, SidebarOptions } from './scenario';

/**
 * A type as it arrives after crossing google.script.run: plain JSON data. A Date, a function or undefined cannot
 * cross (Apps Script refuses them), so a payload type holding one becomes `never` and fails where it is used.
 */
export type Jsonify<T> = T extends string | number | boolean | null
  ? T
  : T extends Date | ((...args: never[]) => unknown) | undefined | symbol | bigint
    ? never
    : T extends readonly (infer U)[]
      ? Jsonify<U>[]
      : { [K in keyof T]: Jsonify<T[K]> };

/** True when a payload type survives the crossing unchanged. */
export type CrossesAsJson<T> = [T] extends [Jsonify<T>] ? ([Jsonify<T>] extends [T] ? true : false) : false;

/** The functions the scenario sidebar calls. */
export interface ScenarioSidebarServer {
  getSidebarOptions(): SidebarOptions;
  addScenario(input: ScenarioInput): AddedScenario;
}

/** The functions the ideas sidebar calls. */
export interface IdeasSidebarServer {
  getIdeas(): IdeasPayload;
  addIdeaToJourneyMap(input: PlaceIdeaInput): PlacedIdea;
  addIdeaAsUseCase(input: IdeaAsUseCaseInput): AddedUseCase;
}

/** Every server function a sidebar may call. */
export type SidebarServer = ScenarioSidebarServer & IdeasSidebarServer;

/** A type-level assertion: naming `Holds<X>` fails to compile unless X is `true`. */
export type Holds<T extends true> = T;

/** Every argument and result of every sidebar call, as one union. */
type Payloads = {
  [K in keyof SidebarServer]: ReturnType<SidebarServer[K]> | Parameters<SidebarServer[K]>[number];
}[keyof SidebarServer];

/** Compile-time proof that every payload crosses google.script.run as the JSON it claims to be. */
export type PayloadsCrossAsJson = Holds<CrossesAsJson<Payloads>>;
