/**
 * The workbench page: draws the workbook the server holds and follows the tab the add-on puts in front, offers
 * the add-on's menu as onOpen registered it, shows toasts, dialogs, prompts and sidebars as the add-on asks, and
 * lets people type in cells and fill them. Its parts: api.ts (calls), grid.ts and editing.ts, charts.ts, menus.ts
 * and dialogs.ts, panels.ts (sidebars) and toolbar.ts; page.ts holds what they share.
 */
import { listenToTheGrid, renderPalette } from './editing';
import { renderGrid } from './grid';
import { listenToMenus, renderMenu } from './menus';
import { listenToSidebars } from './panels';
import { attempt, onDraw, refresh } from './page';
import { listenToToolbar, renderHint, renderTabs, renderWords } from './toolbar';

onDraw(renderWords);
onDraw(renderHint);
onDraw(renderMenu);
onDraw(renderTabs);
onDraw(renderGrid);
onDraw(renderPalette);
listenToTheGrid();
listenToMenus();
listenToSidebars();
listenToToolbar();
attempt(refresh);
