/**
 * The entry: nothing but the global functions Apps Script calls (menu items, triggers, google.script.run).
 * The build turns every export here into a top-level `function name()` forwarder, so this list is the
 * add-on's public contract and is kept nowhere else.
 */
import { addIdeaAsUseCase as ideaAsUseCase } from './features/add-idea-as-use-case';
import { addIdeaToJourneyMap as placeIdea } from './features/add-idea-to-journey-map';
import { addPersonaJourneyMap as addPersona } from './features/add-persona-journey-map';
import { addScenario as add } from './features/add-scenario';
import { draftUseCases as draft } from './features/draft-use-cases';
import { drawExperienceCurves as drawCurves } from './features/draw-experience-curves';
import { getIdeas as ideas } from './features/get-ideas';
import { normaliseColours as normalise } from './features/normalise-colours';
import { prioritiseUseCases as prioritise } from './features/prioritise-use-cases';
import { refreshSummary as refresh } from './features/refresh-summary';
import { setUpTemplate as setUp } from './features/set-up-template';
import { getSidebarOptions as sidebarOptions } from './features/sidebar-options';
import { validateColourCodes as validate } from './features/validate-colour-codes';
import { showIdeasSidebar as showIdeas } from './ui/ideas-sidebar';
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

export function showIdeasSidebar() {
  return runMenuAction('menuIdeas', showIdeas);
}

/** Called by the ideas sidebar through google.script.run. */
export function getIdeas() {
  return runServerCall('menuIdeas', ideas);
}

/** Called by the ideas sidebar; a refusal (an occupied cell, an unknown stage) is thrown to its failure handler. */
export function addIdeaToJourneyMap(input: unknown) {
  return runServerCall('menuIdeas', () => placeIdea(input));
}

/** Called by the ideas sidebar; a refusal is thrown to its failure handler. */
export function addIdeaAsUseCase(input: unknown) {
  return runServerCall('menuIdeas', () => ideaAsUseCase(input));
}

export function validateColourCodes() {
  return runMenuAction('menuValidate', validate);
}

export function normaliseColours() {
  return runMenuAction('menuNormalise', normalise);
}

export function draftUseCases() {
  return runMenuAction('menuDraftUseCases', draft);
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

export function refreshSummary() {
  return runMenuAction('menuRefreshSummary', refresh);
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
