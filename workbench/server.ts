/**
 * The workbench's HTTP server: the page, the workbook as JSON, menu clicks, the google.script.run bridge, cell
 * edits, save/load and the .xlsx download. Listens on 127.0.0.1 only. A bad request gets a 4xx and a message, a
 * body over MAX_BODY a 413, and a server function that throws is a failed call, never a crashed server.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { buildClient, ClientAssets } from './client-build';
import { WorkbenchSession } from './session';
import { toXlsx } from './xlsx';

/** Enough for a saved workbook of several thousand filled rows; far beyond any form post. */
export const MAX_BODY = 5 * 1024 * 1024;

export interface Workbench {
  url: string;
  port: number;
  session: WorkbenchSession;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY)
    throw new HttpError(413, `The request is larger than the workbench accepts (${MAX_BODY / 1024 / 1024} MB).`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY)
      throw new HttpError(413, `The request is larger than the workbench accepts (${MAX_BODY / 1024 / 1024} MB).`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new HttpError(400, 'The request body must be a JSON object.');
  return value as Record<string, unknown>;
}

function field<T>(body: Record<string, unknown>, name: string, check: (v: unknown) => v is T, what: string): T {
  const value = body[name];
  if (!check(value)) throw new HttpError(400, `"${name}" must be ${what}.`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isPositiveInteger = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;
const isLocale = (v: unknown): v is string => typeof v === 'string' && /^[a-z]{2}([_-][A-Za-z]{2})?$/.test(v);

export async function startWorkbench(options: { port?: number; locale?: string } = {}): Promise<Workbench> {
  const assets: ClientAssets = await buildClient();
  const session = new WorkbenchSession(options.locale ?? 'en_US');

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void> = {
    'GET /': (_req, res) => send(res, 200, assets.page, 'text/html; charset=utf-8'),
    'GET /api/state': (_req, res) => json(res, 200, session.state()),
    'POST /api/menu': async (req, res) => {
      const body = await readJson(req);
      json(res, 200, session.runMenuItem(field(body, 'functionName', isString, 'a function name')));
    },
    'POST /api/run': async (req, res) => {
      const body = await readJson(req);
      const args = body.args ?? [];
      if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array.');
      json(res, 200, session.runServerFunction(field(body, 'name', isString, 'a function name'), args));
    },
    'POST /api/cell': async (req, res) => {
      const body = await readJson(req);
      const change: { value?: string; background?: string | null } = {};
      if (body.value !== undefined) change.value = field(body, 'value', isString, 'text');
      if (body.background !== undefined)
        change.background = body.background === null ? null : field(body, 'background', isString, 'a colour');
      try {
        session.editCell(
          field(body, 'sheet', isString, 'a tab name'),
          field(body, 'row', isPositiveInteger, 'a row number from 1'),
          field(body, 'column', isPositiveInteger, 'a column number from 1'),
          change,
        );
      } catch (error) {
        throw new HttpError(400, error instanceof Error ? error.message : String(error));
      }
      json(res, 200, { ok: true });
    },
    'POST /api/activate': async (req, res) => {
      session.activate(field(await readJson(req), 'sheet', isString, 'a tab name'));
      json(res, 200, { ok: true });
    },
    'POST /api/new': async (req, res) => {
      session.reset(field(await readJson(req), 'locale', isLocale, 'a locale such as en_US or fr_FR'));
      json(res, 200, { ok: true });
    },
    'POST /api/locale': async (req, res) => {
      session.setLocale(field(await readJson(req), 'locale', isLocale, 'a locale such as en_US or fr_FR'));
      json(res, 200, { ok: true });
    },
    'GET /api/save': (_req, res) =>
      send(res, 200, JSON.stringify(session.save()), 'application/json; charset=utf-8', {
        'Content-Disposition': 'attachment; filename="workbook.json"',
      }),
    'POST /api/load': async (req, res) => {
      try {
        session.load(JSON.parse(await readBody(req)));
      } catch (error) {
        if (error instanceof HttpError) throw error;
        throw new HttpError(400, error instanceof Error ? error.message : String(error));
      }
      json(res, 200, { ok: true });
    },
    'GET /api/xlsx': async (_req, res) =>
      send(res, 200, await toXlsx(session.book), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', {
        'Content-Disposition': 'attachment; filename="omnichannel.xlsx"',
      }),
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const handle = async (): Promise<void> => {
      const sidebar = /^\/sidebar\/(\d+)$/.exec(url.pathname);
      if (req.method === 'GET' && sidebar) {
        const html = session.sidebarHtml(Number(sidebar[1]));
        if (html === null) throw new HttpError(404, 'No such sidebar.');
        send(res, 200, injectBridge(html, assets.bridge), 'text/html; charset=utf-8');
        return;
      }
      const route = routes[`${req.method} ${url.pathname}`];
      if (route) return route(req, res, url);
      const known = Object.keys(routes).some((key) => key.endsWith(` ${url.pathname}`));
      throw new HttpError(
        known ? 405 : 404,
        known ? `${req.method} is not allowed here.` : `Nothing at ${url.pathname}.`,
      );
    };
    handle().catch((error: unknown) => {
      if (res.headersSent) return res.end();
      if (error instanceof HttpError) json(res, error.status, { error: error.message });
      else json(res, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    session,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The sidebar's page with google.script.run defined before its own script runs. */
export function injectBridge(html: string, bridge: string): string {
  const script = `<script>${bridge}</script>`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${script}`) : `${script}${html}`;
}
