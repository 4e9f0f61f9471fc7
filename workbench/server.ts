/**
 * The workbench's HTTP server: the page, the workbook as JSON, menu clicks (and the prompts they ask), the
 * google.script.run bridge, cell edits, save/load and the .xlsx download (routes.ts). Listens on 127.0.0.1 only.
 * A bad request gets a 4xx and a message, a body over MAX_BODY a 413, and a server function that throws is a
 * failed call, never a crashed server.
 */
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { buildClient } from './client-build';
import { HttpError, send, sendJson } from './http';
import { allRoutes, sidebarPage } from './routes';
import { SessionOptions, WorkbenchSession } from './session';

export { MAX_BODY } from './http';
export { injectBridge } from './routes';

export interface Workbench {
  url: string;
  port: number;
  session: WorkbenchSession;
  close(): Promise<void>;
}

/** Starts on the template as a team gets it, unless `start: 'empty'`; `dist` is where the built add-on is. */
export async function startWorkbench(options: { port?: number } & SessionOptions = {}): Promise<Workbench> {
  const assets = await buildClient();
  const session = new WorkbenchSession(options);
  const routes = allRoutes(session, assets);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const sidebar = /^\/sidebar\/(\d+)$/.exec(url.pathname);
    if (req.method === 'GET' && sidebar)
      return send(res, 200, sidebarPage(session, assets, Number(sidebar[1])), 'text/html; charset=utf-8');
    const route = routes[`${req.method} ${url.pathname}`];
    if (route) return route(req, res);
    const known = Object.keys(routes).some((key) => key.endsWith(` ${url.pathname}`));
    if (known) throw new HttpError(405, `${req.method} is not allowed here.`);
    throw new HttpError(404, `Nothing at ${url.pathname}.`);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.end();
      const status = error instanceof HttpError ? error.status : 500;
      sendJson(res, status, { error: error instanceof Error ? error.message : String(error) });
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
