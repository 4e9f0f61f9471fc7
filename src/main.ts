/**
 * The entry: nothing but the global functions Apps Script calls (menu items, triggers, google.script.run).
 * The build turns every export here into a top-level `function name()` forwarder, so this list is the
 * add-on's public contract and is kept nowhere else.
 */
import { addPersonaJourneyMap as addPersona } from './features/add-persona-journey-map';
import { addScenario as add } from './features/add-scenario';
import { drawExperienceCurves as drawCurves } from './features/draw-experience-curves';
import { normaliseColours as normalise } from './features/normalise-colours';
import { prioritiseUseCases as prioritise } from './features/prioritise-use-cases';
import { setUpTemplate as setUp } from './features/set-up-template';
import { getSidebarOptions as sidebarOptions } from './features/sidebar-options';
import { validateColourCodes as validate } from './features/validate-colour-codes';
import { buildMenu } from './ui/menu';
import { runMenuAction, runServerCall } from './ui/run';
import { askForPersona } from './ui/persona-prompt';
import { showScenarioSidebar as showSidebar } from './ui/sidebar';
import type { Holds, SidebarServer } from './core/contract';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen) {
  return buildMenu(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall) {
  return buildMenu(e);
}

export function setUpTemplate() {
  return runMenuAction('menuSetUp', setUp);
}

export function showPersonaPrompt() {
  return runMenuAction('menuAddPersona', () => askForPersona(addPersona));
}

export function addPersonaJourneyMap(name: unknown) {
  return runMenuAction('menuAddPersona', () => addPersona(name));
}

export function validateColourCodes() {
  return runMenuAction('menuValidate', validate);
}

export function normaliseColours() {
  return runMenuAction('menuNormalise', normalise);
}

export function drawExperienceCurves() {
  return runMenuAction('menuDrawCurves', drawCurves);
}

export function prioritiseUseCases() {
  return runMenuAction('menuPrioritise', prioritise);
}

export function showScenarioSidebar() {
  return runMenuAction('menuAddScenario', showSidebar);
}

/** Called by the sidebar through google.script.run. */
export function getSidebarOptions() {
  return runServerCall('menuAddScenario', sidebarOptions);
}

/** Called by the sidebar through google.script.run; a refusal is thrown so the sidebar's failure handler gets it. */
export function addScenario(input: unknown) {
  return runServerCall('menuAddScenario', () => add(input));
}

/**
 * The compiler holds the sidebars' contract (core/contract.ts): every function they call is exported here, taking
 * what they send and returning what they expect. Renaming one, or changing what it takes or returns, fails the
 * type-check.
 */
export type ServesTheSidebars = Holds<typeof import('./main') extends SidebarServer ? true : false>;
