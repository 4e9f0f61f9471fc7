/**
 * What each route of the workbench server does with the session. The JSON routes are typed by the protocol
 * (protocol.ts Routes), so what the server answers is what the page reads; the file routes (the page, a sidebar,
 * save, load, .xlsx) carry their own content types.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import type { ClientAssets } from './client-build';
import {
  Body,
  HttpError,
  LOCALE,
  field,
  isAnswers,
  isLocale,
  isPositiveInteger,
  isString,
  readBody,
  readJson,
  refusedAs400,
  send,
  sendJson,
} from './http';
import { CellChange, FILE_ROUTES, Route, Routes } from './protocol';
import { WorkbenchSession } from './session';
import { toXlsx } from './xlsx';

type JsonRoutes = { [K in Route]: (body: Body) => Routes[K]['response'] };

const OK = { ok: true } as const;

export function jsonRoutes(session: WorkbenchSession): JsonRoutes {
  return {
    'GET /api/state': () => session.state(),
    'POST /api/menu': (body) => {
      const answers = body.answers === undefined ? [] : field(body, 'answers', isAnswers, 'a list of answers');
      return session.runMenuItem(field(body, 'functionName', isString, 'a function name'), answers);
    },
    'POST /api/run': (body) => {
      const args = body.args ?? [];
      if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array.');
      return session.runServerFunction(field(body, 'name', isString, 'a function name'), args);
    },
    'POST /api/cell': (body) => {
      const change = cellChange(body);
      refusedAs400(() => session.editCell(change.sheet, change.row, change.column, change));
      return OK;
    },
    'POST /api/activate': (body) => {
      session.activate(field(body, 'sheet', isString, 'a tab name'));
      return OK;
    },
    'POST /api/new': (body) => {
      session.reset(field(body, 'locale', isLocale, LOCALE), body.template === true ? 'template' : 'empty');
      return OK;
    },
    'POST /api/locale': (body) => {
      session.setLocale(field(body, 'locale', isLocale, LOCALE));
      return OK;
    },
  };
}

function cellChange(body: Body): CellChange {
  const change: CellChange = {
    sheet: field(body, 'sheet', isString, 'a tab name'),
    row: field(body, 'row', isPositiveInteger, 'a row number from 1'),
    column: field(body, 'column', isPositiveInteger, 'a column number from 1'),
  };
  if (body.value !== undefined) change.value = field(body, 'value', isString, 'text');
  if (body.background !== undefined)
    change.background = body.background === null ? null : field(body, 'background', isString, 'a colour');
  return change;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** Every route by `METHOD /path`: the JSON ones read their body (if any) and answer JSON. */
export function allRoutes(session: WorkbenchSession, assets: ClientAssets): Record<string, Handler> {
  const routes: Record<string, Handler> = {
    'GET /': (_req, res) => send(res, 200, assets.page, 'text/html; charset=utf-8'),
    [`GET ${FILE_ROUTES.save}`]: (_req, res) =>
      send(res, 200, JSON.stringify(session.save()), 'application/json; charset=utf-8', {
        'Content-Disposition': 'attachment; filename="workbook.json"',
      }),
    [`POST ${FILE_ROUTES.load}`]: async (req, res) => {
      const text = await readBody(req);
      refusedAs400(() => session.load(JSON.parse(text)));
      sendJson(res, 200, OK);
    },
    [`GET ${FILE_ROUTES.xlsx}`]: async (_req, res) =>
      send(res, 200, await toXlsx(session.book), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', {
        'Content-Disposition': 'attachment; filename="omnichannel.xlsx"',
      }),
  };
  for (const [route, handle] of Object.entries(jsonRoutes(session)) as [Route, (body: Body) => unknown][]) {
    routes[route] = async (req, res) => {
      const body = route.startsWith('POST ') ? await readJson(req) : {};
      sendJson(res, 200, handle(body));
    };
  }
  return routes;
}

/** A sidebar the add-on opened, by id, with google.script.run defined before its own script runs. */
export function sidebarPage(session: WorkbenchSession, assets: ClientAssets, id: number): string {
  const html = session.sidebarHtml(id);
  if (html === null) throw new HttpError(404, 'No such sidebar.');
  return injectBridge(html, assets.bridge);
}

export function injectBridge(html: string, bridge: string): string {
  const script = `<script>${bridge}</script>`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${script}`) : `${script}${html}`;
}
